// @ts-check
/// <reference types="node" />
// `init [file]`: writes the fictional starter dataset (made by the fixtures builder), never over an existing file.
import { writeFileSync } from 'node:fs';
import { loadFixtures } from './data-layer.mjs';
import { err, out, usageError } from './output.mjs';

const DEFAULT_INIT_FILE = 'my-council.json';

/** @param {string[]} args @returns {Promise<number>} the exit status */
export async function init(args) {
  if (args.length > 1) return usageError('init takes at most one file');
  const file = args[0] ?? DEFAULT_INIT_FILE;
  if (file.startsWith('-')) return usageError(`unknown option ${file}`);
  const fixtures = await loadFixtures();
  if (!fixtures) return 2;
  try {
    // 'wx' fails when the file exists, so an existing dataset is never overwritten.
    writeFileSync(file, `${JSON.stringify(fixtures.starterDataset(), null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
    if (code === 'EEXIST') {
      err(
        `ofsted-widgets: ${file} already exists; not overwriting it (choose another name: ofsted-widgets init <file>)`,
      );
    } else {
      err(`ofsted-widgets: cannot write ${file}: ${message}`);
    }
    return 1;
  }
  out(`Wrote ${file}: a fictional starter dataset with one source and two events.`);
  out(`Replace every "replace me" text with your council's, remove "fictional": true, then check it with:`);
  out(`  npx ofsted-widgets validate ${file}`);
  return 0;
}

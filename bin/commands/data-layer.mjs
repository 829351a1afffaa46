// @ts-check
/// <reference types="node" />
// The built data layer and fixtures builder the elements' tests use (dist/), imported only when a command needs
// them, so `--help` works without a build; and reading one dataset file with them.
import { readFileSync, statSync } from 'node:fs';
import { err } from './output.mjs';

/** @typedef {typeof import('../../src/data/index.js')} DataLayer */
/** @typedef {import('../../src/data/types.js').OfstedDataset} OfstedDataset */

/**
 * A module of dist/, or null (said in two lines) when it cannot be loaded or lacks `name`.
 * @param {string} file e.g. `data.js`
 * @param {string} what what it is, for the message
 * @param {string} name a function it must export
 * @returns {Promise<any>}
 */
async function loadBuilt(file, what, name) {
  try {
    const module = await import(new URL(`../../dist/${file}`, import.meta.url).href);
    if (typeof module[name] !== 'function') throw new Error(`dist/${file} does not export ${name}`);
    return module;
  } catch (error) {
    err(
      `ofsted-widgets: cannot load ${what} (dist/${file}): ${String(/** @type {Error} */ (error).message).split('\n')[0]}`,
    );
    err('In a clone of the repository, run `npm run build` first.');
    return null;
  }
}

/** The data layer the elements use (its validator, LIMITS and loaders). @returns {Promise<DataLayer | null>} */
export const loadDataLayer = () => loadBuilt('data.js', 'the validator', 'validateDataset');

/** The fictional-dataset builder (src/fixtures/build.ts), for `init`'s starter. @returns {Promise<typeof import('../../src/fixtures/build.js') | null>} */
export const loadFixtures = () => loadBuilt('fixtures.js', 'the starter', 'starterDataset');

/**
 * Reads and validates one file with the data layer the elements use (its validator and LIMITS); prints each problem
 * with `print` and returns the dataset, or undefined. A file over the size limit is not read.
 * @param {string} file
 * @param {DataLayer} data
 * @param {(line: string) => unknown} print
 * @returns {OfstedDataset | undefined}
 */
export function readDatasetFile(file, data, print) {
  let text;
  try {
    const { size } = statSync(file);
    if (size > data.LIMITS.fileBytes) {
      print(
        `${file}: the file is ${data.formatBytes(size)}, and the most an Ofsted data file may be is ${data.formatBytes(data.LIMITS.fileBytes)}`,
      );
      return undefined;
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const { code, message } = /** @type {NodeJS.ErrnoException} */ (error);
    print(`${file}: cannot read the file (${code === 'ENOENT' ? 'no such file' : message})`);
    return undefined;
  }
  let json;
  const source = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(source);
  } catch (error) {
    print(`${file}: not valid JSON: ${describeSyntaxError(source, /** @type {Error} */ (error).message)}`);
    return undefined;
  }
  const result = data.validateDataset(json);
  if (!result.ok) {
    for (const issue of result.issues) print(`${file}: ${issue.message}`);
    return undefined;
  }
  return result.dataset;
}

/**
 * "line 12, column 5: Expected ',' or '}' after property value": where a parser error is, as an editor shows it,
 * rather than V8's character offset ("at position 226").
 * @param {string} text
 * @param {string} message
 */
function describeSyntaxError(text, message) {
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  const what = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
  return `line ${before.length}, column ${(before.at(-1) ?? '').length + 1}: ${what}`;
}

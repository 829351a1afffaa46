// @ts-check
/// <reference types="node" />
// `validate <file.json>...`: each file checked with the validator the elements use; exit 1 when any has a problem.
import { loadDataLayer, readDatasetFile } from './data-layer.mjs';
import { out, usageError } from './output.mjs';

/** @typedef {import('./data-layer.mjs').DataLayer} DataLayer */

/**
 * Where the texts still say "replace me": JSON paths, in document order.
 * @param {unknown} value
 * @param {string} [path]
 * @returns {string[]}
 */
function placeholders(value, path = '') {
  if (typeof value === 'string') return /replace me/i.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholders(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholders(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * Warnings for a valid file that is still `init`'s starter: invented data must not go on a council's page.
 * @param {import('./data-layer.mjs').OfstedDataset} dataset
 */
function starterWarnings(dataset) {
  const warnings = [];
  if (dataset.fictional === true) {
    warnings.push('warning: "fictional": true marks this data as invented; remove it once the data is your council\'s');
  }
  const left = placeholders(dataset);
  if (left.length) {
    warnings.push(
      `warning: ${left.length} ${left.length === 1 ? 'text still says' : 'texts still say'} "replace me" (${left.slice(0, 3).join(', ')}${left.length > 3 ? ', …' : ''})`,
    );
  }
  return warnings;
}

/**
 * Validates one file; prints its lines and returns true when it is valid.
 * @param {string} file
 * @param {DataLayer} data
 */
function validateFile(file, data) {
  const dataset = readDatasetFile(file, data, out);
  if (!dataset) return false;
  const count = dataset.events.length;
  out(`${file}: valid (${count} ${count === 1 ? 'event' : 'events'})`);
  for (const warning of starterWarnings(dataset)) out(`${file}: ${warning}`);
  return true;
}

/** @param {string[]} files @returns {Promise<number>} the exit status */
export async function validate(files) {
  if (files.length === 0) return usageError('validate needs at least one file');
  const unknown = files.find((file) => file.startsWith('-'));
  if (unknown) return usageError(`unknown option ${unknown}`);
  const data = await loadDataLayer();
  if (!data) return 2;
  let allValid = true;
  for (const file of files) allValid = validateFile(file, data) && allValid;
  return allValid ? 0 : 1;
}

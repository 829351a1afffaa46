import { DatasetError } from './dataset-error.js';
import type { OfstedDataset } from './types.js';
import { validDatasets } from './valid-datasets.js';
import { validateDataset } from './validate.js';

/**
 * Validates a dataset given as an object; throws a DatasetError naming `where` and every issue.
 * Datasets are treated as immutable: an object that passed once is not checked again.
 */
export function checkDataset(value: unknown, where: string): OfstedDataset {
  if (typeof value === 'object' && value !== null && validDatasets.has(value)) return value as OfstedDataset;
  const result = validateDataset(value);
  if (result.ok) {
    validDatasets.add(result.dataset);
    return result.dataset;
  }
  const count = result.issues.length;
  throw new DatasetError(
    `${where} does not follow the Ofsted dataset schema (${count} problem${count === 1 ? '' : 's'}).`,
    'invalid',
    { issues: result.issues },
  );
}

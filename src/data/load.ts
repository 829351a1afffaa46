import { importAuthorityFile } from './authority-files.js';
import { DatasetError } from './dataset-error.js';
import { rememberHome } from './dataset-homes.js';
import type { OfstedDataset } from './types.js';
import { fetchJson, FETCH_TIMEOUT_MS, nextTask } from './fetch-json.js';
import { resolveAuthorityId } from './find-authority.js';
import { validateDataset } from './validate.js';

export { FETCH_TIMEOUT_MS };


/** Objects already validated: elements composed from one dataset (e.g. <ofsted-journey>) check it once. */
const validDatasets = new WeakSet<object>();

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

/**
 * Fetches, parses and validates a dataset file. Aborting `signal` rejects with its reason. Resolves in a task
 * after the one that parsed and validated, so an element's first render of a large file is a task of its own.
 */
export async function loadDatasetFromUrl(url: string, signal: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<OfstedDataset> {
  const json = await fetchJson(url, signal, timeoutMs);
  let dataset: OfstedDataset;
  try {
    dataset = checkDataset(json, `The file at ${url}`);
  } catch (error) {
    if (error instanceof DatasetError) error.details.url = url;
    throw error;
  }
  rememberHome(dataset, url);
  await nextTask();
  return dataset;
}

const authorityDatasets = new Map<string, Promise<OfstedDataset>>();

/**
 * The dataset of the authority a value names (id, name, ONS code, LA number or Ofsted URN; see
 * resolveAuthorityId), loaded and validated once per page however many elements show it.
 */
export async function loadBundledDataset(authority: string): Promise<OfstedDataset> {
  const id = await resolveAuthorityId(authority);
  let loaded = authorityDatasets.get(id);
  if (!loaded) {
    loaded = importAuthorityFile(id).then((value) => {
      const dataset = checkDataset(value, `The dataset for "${id}"`);
      rememberHome(dataset, true);
      return dataset;
    });
    loaded.catch(() => authorityDatasets.delete(id)); // a failed fetch is tried again by the next element
    authorityDatasets.set(id, loaded);
  }
  return loaded;
}

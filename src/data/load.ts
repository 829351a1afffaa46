import { importAuthorityFile } from './authority-files.js';
import { DatasetError } from './dataset-error.js';
import { rememberHome } from './dataset-homes.js';
import type { OfstedDataset } from './types.js';
import { fetchJson, FETCH_TIMEOUT_MS, nextTask } from './fetch-json.js';
import { resolveAuthorityId } from './find-authority.js';
import { loadChecker, loadedChecker } from './load-checker.js';
import { validDatasets } from './valid-datasets.js';

export { FETCH_TIMEOUT_MS, loadChecker };


/** The checked dataset now, when that needs no wait (checked before, or the validator here); else undefined. */
export function checkDatasetNow(value: unknown, where: string): OfstedDataset | undefined {
  if (typeof value === 'object' && value !== null && validDatasets.has(value)) return value as OfstedDataset;
  return loadedChecker()?.checkDataset(value, where);
}

/** The checked dataset once the validator has loaded; rejects with a DatasetError naming `where` and every issue. */
export async function checkDatasetSoon(value: unknown, where: string): Promise<OfstedDataset> {
  return checkDatasetNow(value, where) ?? (await loadChecker()).checkDataset(value, where);
}

/**
 * Fetches, parses and validates a dataset file. Aborting `signal` rejects with its reason. Resolves in a task
 * after the one that parsed and validated, so an element's first render of a large file is a task of its own.
 */
export async function loadDatasetFromUrl(url: string, signal: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<OfstedDataset> {
  const checking = loadChecker();
  const json = await fetchJson(url, signal, timeoutMs);
  const { checkDataset } = await checking;
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
 * resolveAuthorityId), loaded once per page however many elements show it. One of the package's own files: checked
 * when the package is built (test/node/data.test.mjs validates every file), not again in each page.
 */
export async function loadBundledDataset(authority: string): Promise<OfstedDataset> {
  const id = await resolveAuthorityId(authority);
  let loaded = authorityDatasets.get(id);
  if (!loaded) {
    loaded = importAuthorityFile(id).then((value) => {
      const dataset = value as OfstedDataset;
      validDatasets.add(dataset);
      rememberHome(dataset, true);
      return dataset;
    });
    loaded.catch(() => authorityDatasets.delete(id)); // a failed fetch is tried again by the next element
    authorityDatasets.set(id, loaded);
  }
  return loaded;
}

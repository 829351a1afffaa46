import { BUNDLED_AUTHORITY_IDS, importBundledDataset } from './authorities.js';
import { DatasetError } from './dataset-error.js';
import type { OfstedDataset } from './types.js';
import { validateDataset } from './validate.js';

/** How long a `src` fetch may take before the element gives up and says so. */
export const FETCH_TIMEOUT_MS = 20_000;

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

/** Fetches, parses and validates a dataset file. Aborting `signal` rejects with its reason. */
export async function loadDatasetFromUrl(url: string, signal: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<OfstedDataset> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort(signal.reason);
  signal.addEventListener('abort', onAbort, { once: true });
  let text: string;
  try {
    const response = await fetch(url, { signal: timeout.signal });
    if (!response.ok) {
      throw new DatasetError(
        `Could not load Ofsted data from ${url}: the server answered ${response.status} ${response.statusText}.`.replace(' .', '.'),
        'fetch',
        { url, status: response.status },
      );
    }
    text = await response.text();
  } catch (error) {
    if (signal.aborted || error instanceof DatasetError) throw error;
    if (timeout.signal.aborted) {
      throw new DatasetError(`Could not load Ofsted data from ${url}: no answer within ${timeoutMs / 1000} seconds.`, 'timeout', { url });
    }
    throw new DatasetError(`Could not load Ofsted data from ${url}: the request failed (${(error as Error).message}).`, 'fetch', { url });
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`The file at ${url} is not valid JSON: ${(error as Error).message}`, 'parse', { url });
  }
  try {
    return checkDataset(json, `The file at ${url}`);
  } catch (error) {
    if (error instanceof DatasetError) error.details.url = url;
    throw error;
  }
}

const bundledDatasets = new Map<string, Promise<OfstedDataset>>();

/** A bundled authority's dataset, validated once per page however many elements show it. */
export function loadBundledDataset(id: string): Promise<OfstedDataset> {
  let loaded = bundledDatasets.get(id);
  if (!loaded) {
    const raw = importBundledDataset(id);
    if (!raw) {
      const known = BUNDLED_AUTHORITY_IDS.join(', ');
      return Promise.reject(
        new DatasetError(`There is no bundled Ofsted dataset for the authority "${id}". Bundled authorities: ${known}.`, 'unknown-authority', { authority: id }),
      );
    }
    loaded = raw.then((value) => checkDataset(value, `The bundled dataset "${id}"`));
    bundledDatasets.set(id, loaded);
  }
  return loaded;
}

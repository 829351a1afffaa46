import { DatasetError } from './dataset-error.js';

/** How long a fetch of Ofsted data may take before the element gives up and says so. */
export const FETCH_TIMEOUT_MS = 20_000;

/**
 * Fetches and parses a JSON file, turning every failure into a DatasetError that names the address.
 * Aborting `signal` rejects with its reason (the caller moved on; not an error to show).
 */
export async function fetchJson(url: string, signal?: AbortSignal, timeoutMs = FETCH_TIMEOUT_MS): Promise<unknown> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const onAbort = () => timeout.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
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
    if (signal?.aborted || error instanceof DatasetError) throw error;
    if (timeout.signal.aborted) {
      throw new DatasetError(`Could not load Ofsted data from ${url}: no answer within ${timeoutMs / 1000} seconds.`, 'timeout', { url });
    }
    throw new DatasetError(`Could not load Ofsted data from ${url}: the request failed (${(error as Error).message}).`, 'fetch', { url });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`The file at ${url} is not valid JSON: ${(error as Error).message}`, 'parse', { url });
  }
}

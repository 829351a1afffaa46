import { DatasetError } from './dataset-error.js';
import { formatBytes, LIMITS } from './limits.js';

/** Characters of JSON above which parsing waits for a task of its own (the largest authority file is 32 kB). */
export const PARSE_IN_OWN_TASK_ABOVE = 200_000;

/** How long a fetch of Ofsted data may take before the element gives up and says so. */
export const FETCH_TIMEOUT_MS = 20_000;

/**
 * Fetches and parses a JSON file, turning every failure into a DatasetError that names the address.
 * Aborting `signal` rejects with its reason (the caller moved on; not an error to show). A file over
 * LIMITS.fileBytes is refused unread when its Content-Length says so, else as soon as that many bytes have come.
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
    text = await readText(response, url);
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
  // Parsing is one uninterruptible task: a large file's starts in a task of its own, not after the last read's. A
  // small file (every authority's) parses in well under a millisecond, and a yield would only delay its chart.
  if (text.length > PARSE_IN_OWN_TASK_ABOVE) await nextTask();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError(`The file at ${url} is not valid JSON: ${(error as Error).message}`, 'parse', { url });
  }
}

/** The body as text, read no further than LIMITS.fileBytes. */
async function readText(response: Response, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > LIMITS.fileBytes) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, `it is ${formatBytes(declared)}`);
  }
  if (!response.body) return checkLength(await response.text(), url);
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > LIMITS.fileBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(url, 'it goes on past that');
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** A body read whole (no stream to count): its length in characters is at most its length in bytes. */
function checkLength(text: string, url: string): string {
  if (text.length > LIMITS.fileBytes) throw tooLarge(url, `it is over ${formatBytes(text.length)}`);
  return text;
}

function tooLarge(url: string, size: string): DatasetError {
  return new DatasetError(
    `The file at ${url} is too large to show: ${size}, and the most an Ofsted data file may be is ${formatBytes(LIMITS.fileBytes)}.`,
    'invalid',
    { url },
  );
}

/** Resolves in a new task, so the work after it does not lengthen the current one. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

import { expect } from '@open-wc/testing';
import { DatasetError } from './dataset-error.js';
import { loadDatasetFromUrl } from './load.js';

/** A fetch that never answers, but gives up when its request is aborted, as the real one does. */
function silentFetch(): typeof fetch {
  return (_input, init) =>
    new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
    });
}

describe('loadDatasetFromUrl(url, signal, timeoutMs)', () => {
  let realFetch: typeof fetch;
  beforeEach(() => (realFetch = globalThis.fetch));
  afterEach(() => (globalThis.fetch = realFetch));

  it('gives up on a server that never answers, naming the URL and the wait', async () => {
    globalThis.fetch = silentFetch();
    const error = await loadDatasetFromUrl('/slow/council.json', new AbortController().signal, 50).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).kind).to.equal('timeout');
    expect((error as DatasetError).message).to.equal('Could not load Ofsted data from /slow/council.json: no answer within 0.05 seconds.');
  });

  it('rejects with the abort, not a timeout, when the element moves on to other input', async () => {
    globalThis.fetch = silentFetch();
    const abort = new AbortController();
    const loading = loadDatasetFromUrl('/slow/council.json', abort.signal, 5000).catch((e: unknown) => e);
    abort.abort();
    const error = await loading;
    expect(error).to.not.be.instanceOf(DatasetError);
    expect((error as Error).name).to.equal('AbortError');
  });
});

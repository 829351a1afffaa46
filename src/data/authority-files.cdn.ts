import { besideCdnFile } from './beside-cdn-file.js';
import { fetchJson } from './fetch-json.js';

/** Fetches in flight or done, by file: the early fetch of preload-page.ts and the elements' loads share one. */
const fetches = new Map<string, Promise<unknown>>();

/**
 * The CDN build's authority files: siblings of the script itself (`.../dist/authorities/<id>.json` beside
 * `.../dist/ofsted-widgets.js`), found from the script's own address, so the two-line paste works for every council
 * and a page downloads only the authorities it shows, each once. Under a Content-Security-Policy, `connect-src`
 * must allow the script's origin.
 */
export function importAuthorityFile(name: string): Promise<unknown> {
  let fetched = fetches.get(name);
  if (!fetched) {
    fetched = fetchJson(besideCdnFile(`authorities/${name}.json`));
    fetched.catch(() => fetches.delete(name)); // a failed fetch is tried again by the next element
    fetches.set(name, fetched);
  }
  return fetched;
}

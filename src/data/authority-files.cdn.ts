import { fetchJson } from './fetch-json.js';

/**
 * The CDN build's authority files: siblings of the script itself (`.../dist/authorities/<id>.json` beside
 * `.../dist/ofsted-widgets.js`), found from the script's own address, so the two-line paste works for every council
 * and a page downloads only the authorities it shows. Under a Content-Security-Policy, `connect-src` must allow the
 * script's origin.
 */
export function importAuthorityFile(name: string): Promise<unknown> {
  return fetchJson(new URL(`./authorities/${name}.json`, import.meta.url).href);
}

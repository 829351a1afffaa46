import { besideCdnFile } from '../data/beside-cdn-file.js';
import { fetchJson } from '../data/fetch-json.js';

let fetched: Promise<unknown> | undefined;

/**
 * The CDN build's national file: `national/england.json` beside the script, fetched once a page, by the first of
 * the loader (as soon as an `<ofsted-england>` is seen, beside the element's code) and the element.
 */
export function importNationalFile(): Promise<unknown> {
  if (!fetched) {
    fetched = fetchJson(besideCdnFile('national/england.json'));
    fetched.catch(() => (fetched = undefined)); // a failed fetch is tried again by the next element
  }
  return fetched;
}

import { besideCdnFile } from './beside-cdn-file.js';
import { fetchJson } from './fetch-json.js';

/**
 * The CDN build's section findings files: `findings/<authority id>/<event id>.json` beside the script, as its
 * authority files are (see authority-files.cdn.ts); fetched only when a breakdown shows that inspection.
 */
export function importFindingsFile(authority: string, event: string): Promise<unknown> {
  return fetchJson(besideCdnFile(`findings/${authority}/${event}.json`));
}

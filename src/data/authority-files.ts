/**
 * The package's authority files (`data/authorities/<id>.json`, and `index`) as lazily imported chunks of the npm
 * build: an app's bundler emits one chunk per authority, fetched only when a page shows it. The one-file CDN build
 * swaps this module for authority-files.cdn.ts (see rollup.config.mjs). Callers pass only known ids.
 */
export function importAuthorityFile(name: string): Promise<unknown> {
  return import(`../../data/authorities/${name}.json`).then((module: { default: unknown }) => module.default);
}

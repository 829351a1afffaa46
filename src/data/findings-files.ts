/**
 * The package's section findings files (`data/findings/<authority id>/<event id>.json`) as lazily imported chunks of
 * the npm build: an app's bundler emits one chunk per file, fetched only when a breakdown shows that inspection. The
 * one-file CDN build swaps this module for findings-files.cdn.ts (see rollup.config.mjs). Callers pass only ids.
 */
export function importFindingsFile(authority: string, event: string): Promise<unknown> {
  return import(`../../data/findings/${authority}/${event}.json`).then((module: { default: unknown }) => module.default);
}

/** A council's `data/findings/<authority id>/index.js` (written by the importer): its inspections' files by event id. */
type FindingsIndex = { default: Record<string, (() => Promise<{ default: unknown }>) | undefined> };

/**
 * The package's section findings files (`data/findings/<authority id>/<event id>.json`) as lazily imported chunks of
 * the npm build: an app's bundler emits one chunk per file, fetched only when a breakdown shows that inspection. The
 * entry imports one small index per council, which imports the file: one import per council in the entry, not one per
 * file (321 files' imports cost the breakdown and journey entries 6.4 kB min+gzip). The one-file CDN build swaps this
 * module for findings-files.cdn.ts (see rollup.config.mjs). Callers pass only ids.
 */
export function importFindingsFile(authority: string, event: string): Promise<unknown> {
  return import(`../../data/findings/${authority}/index.js`).then(({ default: files }: FindingsIndex) => {
    const load = Object.hasOwn(files, event) ? files[event] : undefined;
    if (!load) throw new Error(`the package has no file of sentences picked from the report of "${event}"`);
    return load().then((module) => module.default);
  });
}

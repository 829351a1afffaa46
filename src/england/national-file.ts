/**
 * The national file (`data/national/england.json`) as a lazily imported chunk of the npm build, fetched only by a
 * page that shows `<ofsted-england>`. The CDN build swaps this module for national-file.cdn.ts (rollup.config.mjs).
 */
export function importNationalFile(): Promise<unknown> {
  return import('../../data/national/england.json').then((module: { default: unknown }) => module.default);
}

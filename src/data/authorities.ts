/**
 * Datasets shipped with the package, by authority id. Each is a separate chunk in the npm build, fetched on
 * first use, so a page that brings its own data never downloads them; the CDN file inlines them.
 */
const BUNDLED_DATASETS: Record<string, () => Promise<unknown>> = {
  barnet: () => import('../../data/authorities/barnet.json').then((module) => module.default),
};

export const BUNDLED_AUTHORITY_IDS: readonly string[] = Object.keys(BUNDLED_DATASETS);

/** The raw bundled dataset, or undefined when no authority has that id. */
export function importBundledDataset(id: string): Promise<unknown> | undefined {
  return Object.hasOwn(BUNDLED_DATASETS, id) ? BUNDLED_DATASETS[id]!() : undefined;
}

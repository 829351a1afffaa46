import { loadBundledDataset } from './load.js';

/** The authority an element shows when it names none (as DatasetController's default). */
const DEFAULT_AUTHORITY = 'barnet';
const TAGS = 'ofsted-timeline:not([src]), ofsted-scorecard:not([src]), ofsted-breakdown:not([src]), ofsted-journey:not([src])';

/**
 * The CDN file's first act: start fetching the data of every element already in the page, before the rest of the
 * file (Lit, the elements) is evaluated and the elements are defined. On a slow link a round trip costs more than
 * evaluating the file, so the data is on its way sooner; each element then takes the same load from
 * loadBundledDataset (one per authority per page) and reports any failure itself.
 */
export function preloadPageData(root: ParentNode): void {
  for (const element of root.querySelectorAll(TAGS)) {
    loadBundledDataset(element.getAttribute('authority') || DEFAULT_AUTHORITY).catch(() => undefined);
  }
}

if (typeof document !== 'undefined') preloadPageData(document);

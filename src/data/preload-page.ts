import { importAuthorityFile } from './authority-files.js';
import { knownAuthorityId } from './find-authority.js';
import { loadChecker } from './load.js';

/**
 * The CDN file's first act: start fetching the data file of every element already in the page, before the rest of
 * the file (Lit, the elements) is evaluated and the elements are defined. On a slow link a round trip costs more
 * than evaluating the file, so the data is on its way sooner; the elements then get the same fetch from
 * importAuthorityFile (one per file per page), and report it as ever. Only ids and plain names are
 * fetched early: other names and codes need the index first, which the elements load.
 */
export function preloadPageData(root: ParentNode): void {
  for (const element of root.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown, ofsted-journey')) {
    // A third party's file is checked: the validator's code is fetched beside it, not after it.
    if (element.hasAttribute('src')) loadChecker().catch(() => undefined);
    const authority = element.getAttribute('authority');
    const id = element.hasAttribute('src') || !authority ? undefined : knownAuthorityId(authority);
    if (id) importAuthorityFile(id).catch(() => undefined);
  }
}

if (typeof document !== 'undefined') preloadPageData(document);

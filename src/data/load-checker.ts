import * as check from './check.js';

/**
 * The validator (check.ts) for datasets from outside the package (a `src` file, a `data` object). Here, in the npm
 * build and under a server render, it is imported with the rest; the CDN build swaps in load-checker.cdn.ts, which
 * fetches it only when such a dataset first arrives.
 */
export const loadChecker = (): Promise<typeof check> => Promise.resolve(check);

/** The validator when it needs no wait; always, here. */
export const loadedChecker = (): typeof check | undefined => check;

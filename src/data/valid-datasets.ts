/**
 * Dataset objects known to be valid: checked once (check.ts), or one of the package's own files, which the build and
 * `npm test` check. Datasets are treated as immutable, so an object in here is never checked again: elements composed
 * from one dataset (e.g. <ofsted-journey>) check it once, and a page showing only the package's councils never needs
 * the validator's code.
 */
export const validDatasets = new WeakSet<object>();

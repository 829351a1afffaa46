// @ts-check
// Plain JavaScript so that the importer (scripts/import/england.mjs) and the element share this one list: Node runs
// it as it is, the build bundles it, and TypeScript reads its type from the JSDoc.

/** The judgements the map can colour by, in the order of each inspection's grade letters in the national file. */
export const JUDGEMENTS = /** @type {const} */ ([
  'overall-effectiveness',
  'leadership',
  'help-and-protection',
  'children-in-care',
  'care-leavers',
]);

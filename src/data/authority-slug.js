// @ts-check
// Plain JavaScript so that the importer (scripts/import/ids.mjs) and the package share this one copy of the rule:
// Node runs it as it is, the build bundles it, and its JSDoc gives TypeScript its types.

/**
 * The slug the importer gives a statistics name, which is the authority's id: "Bristol, City of" → "bristol",
 * "Telford & Wrekin" → "telford-and-wrekin".
 * @param {string} value
 * @returns {string}
 */
export function authoritySlug(value) {
  return value
    .toLowerCase()
    .replace(/,\s*(city|county) of\s*$/, '')
    .replaceAll('&', ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * `ofsted-widgets/data`: the dataset model, validator and loaders, with no elements and no side effects.
 * @module
 */
export * from './core.js';
export { validateDataset } from './validate.js';
export { checkDataset } from './check.js';
export { matchAuthority, suggestAuthorities } from './authority-lookup.js';

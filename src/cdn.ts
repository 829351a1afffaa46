/**
 * The CDN file (`dist/ofsted-widgets.js`): starts fetching the page's data first, then everything `ofsted-widgets`
 * holds (see index.ts). The data module comes first so its fetches start before Lit and the elements evaluate.
 * @module
 */
import './data/preload-page.js';

export * from './index.js';

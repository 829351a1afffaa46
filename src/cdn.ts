/**
 * The CDN file (`dist/ofsted-widgets.js`): starts fetching the page's data first, then everything `ofsted-widgets`
 * holds (see index.ts) but `<ofsted-england>`, whose code and national file it fetches only when that tag is on the
 * page (load-on-demand.ts). The data module comes first so its fetches start before Lit and the elements evaluate.
 * @module
 */
import './data/preload-page.js';
import './england/load-on-demand.js';

export * from './timeline/define.js';
export * from './scorecard/define.js';
export * from './breakdown/define.js';
export * from './journey/define.js';
export * from './data/index.js';
export type { DatasetOrigin, OfstedDataEventDetail, OfstedErrorEventDetail } from './shared/dataset-controller.js';

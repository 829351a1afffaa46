/**
 * `ofsted-widgets`: every element, registered, plus the data layer.
 * @module
 */
export * from './timeline/define.js';
export * from './scorecard/define.js';
export * from './breakdown/define.js';
export * from './journey/define.js';
export * from './england/define.js';
export * from './data/index.js';
export type { DatasetOrigin, OfstedDataEventDetail, OfstedErrorEventDetail } from './shared/dataset-controller.js';

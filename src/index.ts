/**
 * `ofsted-widgets`: every element, registered, plus the data layer.
 * @module
 */
export * from './timeline/define.js';
export * from './data/index.js';
export type { DatasetOrigin, OfstedDataEventDetail, OfstedErrorEventDetail } from './shared/dataset-controller.js';

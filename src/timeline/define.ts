/**
 * `ofsted-widgets/timeline`: registers `<ofsted-timeline>`.
 * @module
 */
import { defineElement } from '../shared/define.js';
import { OfstedTimeline } from './ofsted-timeline.js';

defineElement('ofsted-timeline', OfstedTimeline);

export { OfstedTimeline };
export type { OfstedSelectEventDetail } from './ofsted-timeline.js';

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-timeline': OfstedTimeline;
  }
}

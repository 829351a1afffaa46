/**
 * `ofsted-widgets/timeline`: registers `<ofsted-timeline>`.
 * @module
 */
import { defineOnce } from '../shared/define-guard.js';
import { OfstedTimeline } from './ofsted-timeline.js';

defineOnce('ofsted-timeline', () => customElements.define('ofsted-timeline', OfstedTimeline));

export { OfstedTimeline };
export type { OfstedSelectEventDetail } from './ofsted-timeline.js';

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-timeline': OfstedTimeline;
  }
}

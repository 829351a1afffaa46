/**
 * `ofsted-widgets/timeline`: registers `<ofsted-timeline>`.
 * @module
 */
import { definedHere, tagTaken } from '../shared/define-guard.js';
import { OfstedTimeline } from './ofsted-timeline.js';

// Guarded: a page may load the CDN file twice, or beside the npm build (silent), or define the tag itself (one
// warning). Written out (not wrapped in a helper) so the Custom Elements Manifest analyzer sees the tag.
if (!customElements.get('ofsted-timeline')) {
  customElements.define('ofsted-timeline', OfstedTimeline);
  definedHere('ofsted-timeline');
} else {
  tagTaken('ofsted-timeline');
}

export { OfstedTimeline };
export type { OfstedSelectEventDetail } from './ofsted-timeline.js';

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-timeline': OfstedTimeline;
  }
}

/**
 * `ofsted-widgets/timeline`: registers `<ofsted-timeline>`.
 * @module
 */
import { OfstedTimeline } from './ofsted-timeline.js';

// Guarded: a page may load the CDN file twice, or beside the npm build. Written out (not wrapped in a helper)
// so the Custom Elements Manifest analyzer sees the tag.
if (!customElements.get('ofsted-timeline')) customElements.define('ofsted-timeline', OfstedTimeline);

export { OfstedTimeline };
export type { OfstedSelectEventDetail } from './ofsted-timeline.js';

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-timeline': OfstedTimeline;
  }
}

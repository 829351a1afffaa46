/**
 * `ofsted-widgets/breakdown`: registers `<ofsted-breakdown>`.
 * @module
 */
import { OfstedBreakdown } from './ofsted-breakdown.js';

// Guarded: a page may load the CDN file twice, or beside the npm build. Written out (not wrapped in a helper)
// so the Custom Elements Manifest analyzer sees the tag.
if (!customElements.get('ofsted-breakdown')) customElements.define('ofsted-breakdown', OfstedBreakdown);

export { OfstedBreakdown };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-breakdown': OfstedBreakdown;
  }
}

/**
 * `ofsted-widgets/breakdown`: registers `<ofsted-breakdown>`.
 * @module
 */
import { definedHere, tagTaken } from '../shared/define-guard.js';
import { OfstedBreakdown } from './ofsted-breakdown.js';

// Guarded: a page may load the CDN file twice, or beside the npm build (silent), or define the tag itself (one
// warning). Written out (not wrapped in a helper) so the Custom Elements Manifest analyzer sees the tag.
if (!customElements.get('ofsted-breakdown')) {
  customElements.define('ofsted-breakdown', OfstedBreakdown);
  definedHere('ofsted-breakdown');
} else {
  tagTaken('ofsted-breakdown');
}

export { OfstedBreakdown };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-breakdown': OfstedBreakdown;
  }
}

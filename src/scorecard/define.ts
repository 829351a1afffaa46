/**
 * `ofsted-widgets/scorecard`: registers `<ofsted-scorecard>`.
 * @module
 */
import { definedHere, tagTaken } from '../shared/define-guard.js';
import { OfstedScorecard } from './ofsted-scorecard.js';

// Guarded: a page may load the CDN file twice, or beside the npm build (silent), or define the tag itself (one
// warning). Written out (not wrapped in a helper) so the Custom Elements Manifest analyzer sees the tag.
if (!customElements.get('ofsted-scorecard')) {
  customElements.define('ofsted-scorecard', OfstedScorecard);
  definedHere('ofsted-scorecard');
} else {
  tagTaken('ofsted-scorecard');
}

export { OfstedScorecard };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-scorecard': OfstedScorecard;
  }
}

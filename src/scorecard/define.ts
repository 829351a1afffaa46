/**
 * `ofsted-widgets/scorecard`: registers `<ofsted-scorecard>`.
 * @module
 */
import { OfstedScorecard } from './ofsted-scorecard.js';

// Guarded: a page may load the CDN file twice, or beside the npm build. Written out (not wrapped in a helper)
// so the Custom Elements Manifest analyzer sees the tag.
if (!customElements.get('ofsted-scorecard')) customElements.define('ofsted-scorecard', OfstedScorecard);

export { OfstedScorecard };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-scorecard': OfstedScorecard;
  }
}

/**
 * `ofsted-widgets/journey`: registers `<ofsted-journey>` and the three elements it composes.
 * @module
 */
import '../timeline/define.js';
import '../scorecard/define.js';
import '../breakdown/define.js';
import { definedHere, tagTaken } from '../shared/define-guard.js';
import { OfstedJourney } from './ofsted-journey.js';

// Guarded: a page may load the CDN file twice, or beside the npm build (silent), or define the tag itself (one
// warning).
if (!customElements.get('ofsted-journey')) {
  customElements.define('ofsted-journey', OfstedJourney);
  definedHere('ofsted-journey');
} else {
  tagTaken('ofsted-journey');
}

export { OfstedJourney };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-journey': OfstedJourney;
  }
}

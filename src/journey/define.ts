/**
 * `ofsted-widgets/journey`: registers `<ofsted-journey>` and the three elements it composes.
 * @module
 */
import '../timeline/define.js';
import '../scorecard/define.js';
import '../breakdown/define.js';
import { OfstedJourney } from './ofsted-journey.js';

// Guarded: a page may load the CDN file twice, or beside the npm build.
if (!customElements.get('ofsted-journey')) customElements.define('ofsted-journey', OfstedJourney);

export { OfstedJourney };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-journey': OfstedJourney;
  }
}

/**
 * `ofsted-widgets/journey`: registers `<ofsted-journey>` and the three elements it composes.
 * @module
 */
import '../timeline/define.js';
import '../scorecard/define.js';
import '../breakdown/define.js';
import { defineOnce } from '../shared/define-guard.js';
import { OfstedJourney } from './ofsted-journey.js';

defineOnce('ofsted-journey', () => customElements.define('ofsted-journey', OfstedJourney));

export { OfstedJourney };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-journey': OfstedJourney;
  }
}

/**
 * `ofsted-widgets/scorecard`: registers `<ofsted-scorecard>`.
 * @module
 */
import { defineOnce } from '../shared/define-guard.js';
import { OfstedScorecard } from './ofsted-scorecard.js';

defineOnce('ofsted-scorecard', () => customElements.define('ofsted-scorecard', OfstedScorecard));

export { OfstedScorecard };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-scorecard': OfstedScorecard;
  }
}

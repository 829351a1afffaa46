/**
 * `ofsted-widgets/breakdown`: registers `<ofsted-breakdown>`.
 * @module
 */
import { defineOnce } from '../shared/define-guard.js';
import { OfstedBreakdown } from './ofsted-breakdown.js';

defineOnce('ofsted-breakdown', () => customElements.define('ofsted-breakdown', OfstedBreakdown));

export { OfstedBreakdown };

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-breakdown': OfstedBreakdown;
  }
}

/**
 * `ofsted-widgets/england`: registers `<ofsted-england>`.
 * @module
 */
import { defineOnce } from '../shared/define-guard.js';
import { OfstedEngland } from './ofsted-england.js';

defineOnce('ofsted-england', () => customElements.define('ofsted-england', OfstedEngland));

export { OfstedEngland };

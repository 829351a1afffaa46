/**
 * The CDN file (`dist/ofsted-widgets.js`): starts fetching the page's data first, then everything `ofsted-widgets`
 * holds (see index.ts). The data module comes first so its fetches start before Lit and the elements evaluate; before
 * it, the notice shown should a page's Trusted Types refuse Lit's policy (see lit-policy-notice.ts).
 * @module
 */
import { litPolicyCreated } from './lit-policy-notice.js';
import './data/preload-page.js';

export * from './index.js';

litPolicyCreated();

/**
 * The CDN file (`dist/ofsted-widgets.js`): starts fetching the page's data first, then everything `ofsted-widgets`
 * holds (see index.ts) but `<ofsted-england>`, whose code and national file it fetches only when that tag is on the
 * page (load-on-demand.ts), so index.ts's list is repeated here without it. The data module comes first so its
 * fetches start before Lit and the elements evaluate; before it, the notice shown should a page's Trusted Types
 * refuse Lit's policy (see lit-policy-notice.ts).
 * @module
 */
import { litPolicyCreated } from './lit-policy-notice.js';
import './data/preload-page.js';
import './england/load-on-demand.js';

export * from './timeline/define.js';
export * from './scorecard/define.js';
export * from './breakdown/define.js';
export * from './journey/define.js';
// The data layer but its validator and authority lookup (data/core.ts): a page fetches those chunks only for a
// third party's file or a council named other than by id; `ofsted-widgets/data` exports them.
export * from './data/core.js';
export type { DatasetOrigin, OfstedDataEventDetail, OfstedErrorEventDetail } from './shared/dataset-controller.js';

litPolicyCreated();

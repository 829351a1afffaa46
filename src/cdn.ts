/**
 * The CDN file (`dist/ofsted-widgets.js`), an autoloader: it starts fetching the data of the tags already in the page
 * (preload-page.ts), then imports each element's code, chunks beside the file, only when its tag is in the page or
 * arrives later (load-on-demand.ts). A tag's chunks are imported together: the element's own and `base`, the code
 * the elements share (Lit, `OfstedElement`; one chunk, rollup.config.mjs), which the element's chunk imports, so the
 * browser fetches them at once rather than finding the second in the first. Before all, the notice shown should a
 * page's Trusted Types refuse Lit's policy (see lit-policy-notice.ts).
 *
 * It exports the data layer but its validator and authority lookup (data/core.ts, as `ofsted-widgets/data` does
 * with both), and `loadElementsIn`; not the element classes, which would bring all their code with the file
 * (`customElements.whenDefined(tag)` gives an element's class once it is defined).
 * @module
 */
import { litPolicyCreated } from './lit-policy-notice.js';
import './data/preload-page.js';
import { importNationalFile } from './england/national-file.js';
import { loadTagsIn, loadWhenUsed, type TagLoaders } from './load-on-demand.js';

// Once Lit has run, it made its policy: the elements report their own problems from then on.
const base = () => import('./shared/ofsted-element.js').then(litPolicyCreated);
const loaders: TagLoaders = {
  'ofsted-timeline': () => Promise.all([base(), import('./timeline/define.js')]),
  'ofsted-scorecard': () => Promise.all([base(), import('./scorecard/define.js')]),
  'ofsted-breakdown': () => Promise.all([base(), import('./breakdown/define.js')]),
  'ofsted-journey': () =>
    Promise.all([
      base(),
      import('./timeline/define.js'),
      import('./scorecard/define.js'),
      import('./breakdown/define.js'),
      import('./journey/define.js'),
    ]),
  // The national file is fetched beside the code; should it fail, the element says so when it asks again.
  'ofsted-england': () => Promise.all([base(), import('./england/define.js'), importNationalFile().catch(() => 0)]),
};

/**
 * Imports the code of every `ofsted-*` tag in `root`, for tags the CDN file's watch over the page cannot see: inside
 * a shadow root, or not in the document. Resolves once they are defined.
 */
export function loadElementsIn(root: ParentNode): Promise<void> {
  return loadTagsIn(root, loaders).then(() => undefined);
}

export * from './data/core.js';
export type { DatasetOrigin, OfstedDataEventDetail, OfstedErrorEventDetail } from './shared/dataset-controller.js';

if (typeof document !== 'undefined') loadWhenUsed(document, loaders);

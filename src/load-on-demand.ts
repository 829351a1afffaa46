/**
 * The CDN file's one watch over the page, as Shoelace's autoloader: each element's code is imported only when its tag
 * is in the page, there as the file runs or added later (a CMS's late markup, an app's `createElement`), once per
 * tag. A tag's loader starts every fetch it needs at once (the element's chunk and the shared chunk it imports; the
 * map's national file), so the page waits one round trip for them, not one per link of a chain.
 * @module
 */

/** Per tag, the imports (and fetches) that define it, started together. */
export type TagLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/**
 * Imports the code of each tag of `loaders` found in `root` (a document, a shadow root or an element, itself
 * included), starting no tag twice. Resolves once those tags are defined; rejects as their import does.
 */
export function loadTagsIn(root: ParentNode, loaders: TagLoaders): Promise<unknown> {
  const element = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : undefined;
  const found = Object.entries(loaders).filter(([tag]) => element?.localName === tag || root.querySelector(tag));
  return Promise.all(found.map(([tag, load]) => loadTag(tag, load)));
}

/**
 * Loads the tags already in `root`, then watches it, with one MutationObserver, for tags added later, until every
 * tag has been loaded. A failed import is reported once, as an uncaught error would be (`reportError`).
 */
export function loadWhenUsed(root: Document, loaders: TagLoaders): void {
  loadTagsIn(root, loaders).catch(reportOnce);
  const watch = new MutationObserver((records) => {
    const pending = waiting(loaders);
    for (const record of records) {
      for (const node of record.addedNodes)
        if (node.nodeType === Node.ELEMENT_NODE) loadTagsIn(node as Element, pending).catch(reportOnce);
    }
    if (Object.keys(waiting(loaders)).length === 0) watch.disconnect();
  });
  watch.observe(root, { childList: true, subtree: true });
}

const loading = new Map<string, Promise<unknown>>();

function loadTag(tag: string, load: () => Promise<unknown>): Promise<unknown> {
  let loaded = loading.get(tag);
  if (!loaded) {
    loaded = load(); // a tag defined already is left alone by defineOnce (define-guard.ts)
    loading.set(tag, loaded);
  }
  return loaded;
}

/** The loaders of the tags not yet started. */
const waiting = (loaders: TagLoaders): TagLoaders =>
  Object.fromEntries(Object.entries(loaders).filter(([tag]) => !loading.has(tag)));

const reported = new WeakSet<object>();

/** Every tag whose chunks share a failure (Lit refused by the page's Trusted Types, a chunk not found) says it once. */
function reportOnce(error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (reported.has(error)) return;
    reported.add(error);
  }
  reportError(error);
}

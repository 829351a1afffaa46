/**
 * Which `ofsted-*` tags this package has defined on the page, shared by every copy of it (two CDN embeds, the CDN
 * file beside the npm build) through a global registry, so that a copy finding its tag taken can tell another copy
 * of itself (nothing to say) from another script's element of the same name (worth one warning).
 */
interface Registry {
  ours: Set<string>;
  warned: Set<string>;
}

const REGISTRY = Symbol.for('ofsted-widgets.defined-tags');

function registry(): Registry {
  const holder = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  return (holder[REGISTRY] ??= { ours: new Set(), warned: new Set() });
}

/** Records that this package defined `tag`. */
function definedHere(tag: string): void {
  registry().ours.add(tag);
}

/** `tag` was defined before this copy ran: silent if by this package, else one console warning per tag. */
function tagTaken(tag: string): void {
  const { ours, warned } = registry();
  if (ours.has(tag) || warned.has(tag)) return;
  warned.add(tag);
  console.warn(
    `ofsted-widgets: <${tag}> was already defined by another script on this page, so ofsted-widgets left it alone and ` +
      `that script's element is the one shown. Remove or rename the other definition to use ofsted-widgets' <${tag}>.`,
  );
}

/**
 * Runs `define` (a written-out `customElements.define(tag, Class)`, so the Custom Elements Manifest analyzer sees the
 * tag) unless the page has `tag` already: a page may load the CDN file twice, or beside the npm build (silent), or
 * define the tag itself (one warning).
 */
export function defineOnce(tag: string, define: () => void): void {
  if (customElements.get(tag)) {
    tagTaken(tag);
    return;
  }
  define();
  definedHere(tag);
}

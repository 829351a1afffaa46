type Checker = typeof import('./check.js');
let checker: Promise<Checker> | undefined;
let loaded: Checker | undefined;

/**
 * The CDN build's validator: a chunk beside the file, fetched when a dataset from outside the package first arrives
 * (a `src` file, a `data` object). The package's own files were checked when it was built, so a page showing only
 * them never fetches it; a `src` load starts it beside the file's fetch, not after it (load.ts, preload-page.ts).
 */
export function loadChecker(): Promise<Checker> {
  return (checker ??= import('./check.js').then((module) => (loaded = module)));
}

/** The validator when it needs no wait: once its chunk has arrived. */
export const loadedChecker = (): Checker | undefined => loaded;

import { importNationalFile } from './national-file.js';

/**
 * The CDN file's part of `<ofsted-england>`: nothing but this watch until the tag is on the page. Then the
 * element's code (a chunk beside the file) and the national file are fetched together, not one after the other.
 */
export function loadEnglandWhenUsed(root: Document): void {
  const load = () => {
    importNationalFile().catch(() => undefined); // the element reports a failure; this only starts the fetch
    void import('./define.js');
  };
  if (root.querySelector('ofsted-england')) return load();
  const watch = new MutationObserver(() => {
    if (!root.querySelector('ofsted-england')) return;
    watch.disconnect();
    load();
  });
  watch.observe(root, { childList: true, subtree: true });
}

if (typeof document !== 'undefined') loadEnglandWhenUsed(document);

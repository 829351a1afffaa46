/**
 * Lit draws its templates through a Trusted Types policy named `lit-html`, which it creates as its module runs. A page
 * that enforces Trusted Types (`require-trusted-types-for 'script'`) must allow that name in its
 * Content-Security-Policy (`trusted-types lit-html`, with `'allow-duplicates'` if its own scripts use Lit too);
 * otherwise the browser refuses the policy, Lit's module throws, and the CDN file's base chunk fails before any element
 * is defined (the CDN file reports the failed import as an uncaught error, once). This module runs first in the CDN
 * file and imports nothing, so it is in place before Lit: should the chunk fail so,
 * each `ofsted-*` tag already in the page says why in place (an alert in its shadow root) and fires `ofsted-error`,
 * and the console holds one error saying which name to allow. Text only: nothing here is a Trusted Types sink.
 * @module
 */
import type { OfstedErrorEventDetail } from './shared/events.js';

export const LIT_POLICY_NAME = 'lit-html';

export const LIT_POLICY_MESSAGE = `This page's Trusted Types policy stops the Ofsted data from being drawn: its Content-Security-Policy must allow the policy name "${LIT_POLICY_NAME}" (trusted-types ${LIT_POLICY_NAME}, with 'allow-duplicates' if the page's own scripts use Lit too).`;

const TAGS = 'ofsted-timeline, ofsted-scorecard, ofsted-breakdown, ofsted-journey';

function onError(event: ErrorEvent): void {
  if (!(event.error instanceof TypeError) || !event.message.includes(`"${LIT_POLICY_NAME}"`)) return;
  event.preventDefault(); // the console error below says it in full
  removeEventListener('error', onError);
  console.error(`ofsted-widgets: ${LIT_POLICY_MESSAGE}`);
  for (const element of document.querySelectorAll(TAGS)) {
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    root.replaceChildren(alertBox());
    const detail: OfstedErrorEventDetail = { message: LIT_POLICY_MESSAGE, kind: 'parse', issues: [] };
    element.dispatchEvent(new CustomEvent('ofsted-error', { detail, bubbles: true, composed: true }));
  }
}

function alertBox(): HTMLElement {
  const box = document.createElement('div');
  box.setAttribute('role', 'alert');
  box.setAttribute('part', 'error');
  for (const text of ['The Ofsted data could not be shown.', LIT_POLICY_MESSAGE])
    box.append(Object.assign(document.createElement('p'), { textContent: text }));
  box.append(document.createElement('slot')); // the page's fallback content inside the tag, as the elements' errors show it
  return box;
}

/** Called once the CDN file's base chunk has run: Lit made its policy, and the elements report their own problems. */
export function litPolicyCreated(): void {
  removeEventListener('error', onError);
}

if (typeof window !== 'undefined' && 'trustedTypes' in window) addEventListener('error', onError);

import { isServer } from 'lit';

/**
 * Empties a declarative shadow root written on the server (`ofsted-widgets render`) before the element first
 * renders in the browser. The elements do not hydrate: they render afresh, and without this Lit would add its
 * content beside the static copy. Call from `createRenderRoot`, before `super.createRenderRoot()`.
 */
export function clearServerRendered(host: HTMLElement): void {
  if (!isServer) host.shadowRoot?.replaceChildren();
}

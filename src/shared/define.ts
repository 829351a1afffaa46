/**
 * Registers a tag once. A page may load the CDN file twice, or the CDN file beside the npm build:
 * the second registration is skipped instead of throwing.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

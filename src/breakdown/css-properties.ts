import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline CSS properties through the CSSOM, never as a `style` attribute. Lit's styleMap writes the attribute
 * on first render, which a page's strict Content-Security-Policy (`style-src 'self'`) blocks; CSSOM writes are allowed.
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProperties() belongs in an element position');
  }

  render(_properties: Record<string, string>) {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) if (!(name in properties)) style.removeProperty(name);
    for (const [name, value] of Object.entries(properties)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(properties));
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);

/**
 * The same properties as a `style` attribute, on the server only (`ofsted-widgets render`), where the CSSOM
 * directive above cannot run; in the browser it is `nothing`, so no style attribute is ever written there.
 */
export function serverStyle(properties: Record<string, string>): string | typeof nothing {
  return isServer
    ? Object.entries(properties)
        .map(([name, value]) => `${name}: ${value}`)
        .join('; ')
    : nothing;
}

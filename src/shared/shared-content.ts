import { noChange, render } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';

/** Each owner's content by variant, rendered once a page. Owners (a dataset's derived layout) are immutable. */
const renderedOnce = new WeakMap<object, Map<string, DocumentFragment>>();

/**
 * Content that every element showing the same `owner` and `variant` shows alike: text and attributes, no
 * listeners and nothing that changes on its own. Lit renders it once a page and each element shows a clone, which
 * costs its DOM alone; rendered in each element, Lit keeps a template instance and parts for every binding
 * (about 90 bytes each: 150 scorecards held 5 MB of JS heap). Updated only when `owner` or `variant` changes. On
 * the server (`@lit-labs/ssr` calls `render`, not `update`) it is the template itself. For a child position only.
 */
class SharedContentDirective extends Directive {
  private shown?: DocumentFragment;

  render(_owner: object, _variant: string, template: () => unknown): unknown {
    return template();
  }

  override update(_part: ChildPart, [owner, variant, template]: [object, string, () => unknown]): unknown {
    let variants = renderedOnce.get(owner);
    if (!variants) renderedOnce.set(owner, (variants = new Map()));
    let fragment = variants.get(variant);
    if (!fragment) {
      render(template(), (fragment = document.createDocumentFragment()));
      variants.set(variant, fragment);
    }
    if (fragment === this.shown) return noChange;
    this.shown = fragment;
    return fragment.cloneNode(true);
  }
}

export const sharedContent = directive(SharedContentDirective);

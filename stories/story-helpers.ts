/** What every element's stories share: the inputs as args and controls, one render, and a narrow wrapper. */
import type { Decorator, StoryObj } from '@storybook/web-components-vite';
import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { holdPending, type Example, type ExampleArgs } from '../src/fixtures/example.js';

/**
 * The inputs as Storybook args: an example's args (attributes under their attribute names, `data` as the property;
 * an empty `theme` takes the toolbar's colour scheme), and the actions.
 */
export interface ElementArgs extends ExampleArgs {
  /** The manifest also lists `show-table` as this property; stories set it through the attribute. */
  showTable?: boolean;
  /** Actions, from the `@fires` tags in the Custom Elements Manifest. */
  onOfstedData?: (event: Event) => void;
  onOfstedError?: (event: Event) => void;
  onOfstedSelect?: (event: Event) => void;
  /** Further attributes an element has (the breakdown's `kind` and `area`). */
  [attribute: string]: unknown;
}

export const elementArgs = { authority: 'barnet', 'show-table': false } satisfies ElementArgs;

/** Sets each attribute, removing it when its value is empty, so the element falls back to its own default. */
class AttributesDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('attributes() belongs on an element');
  }
  render(_attributes: Record<string, unknown>) {
    return noChange;
  }
  override update(part: ElementPart, [attributes]: [Record<string, unknown>]) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null || value === false || value === '') part.element.removeAttribute(name);
      else part.element.setAttribute(name, value === true ? '' : String(value));
    }
    return noChange;
  }
}
const attributes = directive(AttributesDirective);

/** A render function for `tag` with the shared inputs plus `extraAttributes` (names of further string args). */
export function renderElement(tag: string, extraAttributes: readonly string[] = []) {
  const name = unsafeStatic(tag);
  return (args: ElementArgs) => html`<${name}
    ${attributes({
      authority: args.authority,
      src: args.src,
      event: args.event,
      'show-table': args['show-table'],
      'no-export': args['no-export'],
      theme: args.theme,
      'heading-level': args['heading-level'],
      style: args.style,
      ...Object.fromEntries(extraAttributes.map((attribute) => [attribute, args[attribute]])),
    })}
    .data=${args.data}
    @ofsted-data=${args.onOfstedData}
    @ofsted-error=${args.onOfstedError}
    @ofsted-select=${args.onOfstedSelect}
  ></${name}>`;
}

/** The story on a dark page, as a council site with a dark scheme would show it. */
const darkPage: Decorator = (story) =>
  html`<div style="background: #0b0c0c; color: #f3f2f1; padding: 1rem">${story()}</div>`;

/** The story inside a container `width` px wide, outlined, e.g. 320 px as on a small phone. */
const sizedFrame =
  (width: number): Decorator =>
  (story) =>
    html`<div style="width: ${width}px; outline: 1px dashed #b1b4b6">${story()}</div>`;

/**
 * A story from an element's example (src/<element>/examples.ts): its args, its frame and its description. A story's
 * `name` stays a literal in its stories file, where Storybook's indexer reads it (FICTIONAL ones say so there).
 */
export function story(example: Example): StoryObj<ElementArgs> {
  const args: ElementArgs = { ...example.args };
  const decorators = [
    example.darkPage ? darkPage : undefined,
    example.width ? sizedFrame(example.width) : undefined,
  ].filter((decorator) => decorator !== undefined);
  return {
    ...(Object.keys(args).length ? { args } : {}),
    ...(decorators.length ? { decorators } : {}),
    ...(example.outcome === 'loading' ? { beforeEach: holdPending } : {}),
    parameters: { docs: { description: { story: example.description } } },
  };
}

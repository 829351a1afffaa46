import { html, nothing, type TemplateResult } from 'lit';

/** The `heading-level` every element takes: the level of its top heading, 2 unless the page says otherwise. */
export const DEFAULT_HEADING_LEVEL = 2;

export interface HeadingOptions {
  className?: string;
  id?: string;
  part?: string;
}

/** A heading level the page can use: a whole number from 1 to 6; anything else is the default. */
export function headingLevel(value: unknown, offset = 0): number {
  const level = Number(value);
  const base = Number.isInteger(level) && level >= 1 && level <= 6 ? level : DEFAULT_HEADING_LEVEL;
  return Math.min(6, base + offset);
}

/**
 * A real `<h1>`–`<h6>` at `level`, so the page's outline has the element where the page puts it (WCAG 1.3.1,
 * 2.4.6). Written out per level: Lit cannot bind a tag name, and static templates would cost more than this.
 */
export function renderHeading(
  level: number,
  content: unknown,
  { className, id, part }: HeadingOptions = {},
): TemplateResult {
  const classes = className ? `heading ${className}` : 'heading';
  const idValue = id ?? nothing;
  const partValue = part ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${classes} id=${idValue} part=${partValue}>${content}</h1>`;
    case 2:
      return html`<h2 class=${classes} id=${idValue} part=${partValue}>${content}</h2>`;
    case 3:
      return html`<h3 class=${classes} id=${idValue} part=${partValue}>${content}</h3>`;
    case 4:
      return html`<h4 class=${classes} id=${idValue} part=${partValue}>${content}</h4>`;
    case 5:
      return html`<h5 class=${classes} id=${idValue} part=${partValue}>${content}</h5>`;
    default:
      return html`<h6 class=${classes} id=${idValue} part=${partValue}>${content}</h6>`;
  }
}

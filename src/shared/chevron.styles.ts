import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The small chevron after a disclosure's label (Download's summary, the table's toggle): pointing down on `closed`,
 * turned up on `open`. The selectors are the elements' own constants, never data.
 */
export function chevronStyles(closed: string, open: string): CSSResult {
  return css`
    ${unsafeCSS(closed)}::after {
      content: '' / '';
      display: inline-block;
      width: 0.4em;
      height: 0.4em;
      margin: 0 0.1em 0.2em 0.5em;
      border: solid currentColor;
      border-width: 0 2px 2px 0;
      transform: rotate(45deg);
    }
    ${unsafeCSS(open)}::after {
      margin-bottom: -0.1em;
      transform: rotate(-135deg);
    }
  `;
}

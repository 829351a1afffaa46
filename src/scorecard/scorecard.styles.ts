import { css } from 'lit';

export const scorecardStyles = css`
  .header {
    margin: 0 0 calc(var(--_space) * 2);
    overflow-wrap: anywhere;
  }
  .header p:not(.lede) {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .title,
  .sources-heading {
    font-weight: 700;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 3);
    margin: 0 0 calc(var(--_space) / 2);
  }
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.35em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  /* The key's scale sits exactly over the rows' scales at every width (the same cells, the same inset from the
     right): "Outstanding" to its left, "Inadequate" under its right end. */
  .key {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    justify-items: end;
    gap: calc(var(--_space) / 4) var(--_space);
    margin: 0 0 var(--_space);
    padding-right: calc(var(--_space) * 1.5 + 2px);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .key .best {
    grid-area: 1 / 1;
  }
  .key .key-scale {
    grid-area: 1 / 2;
  }
  .key .worst {
    grid-area: 2 / 2;
  }
  .judgements-area {
    container-type: inline-size;
  }
  .source-notes {
    margin-top: calc(var(--_space) * 2);
  }
  .judgements,
  .sub-judgements {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  /* Every row is inset as the boxed overall row is, so all the scales line up on the right. */
  .row {
    padding: var(--_space) calc(var(--_space) * 1.5 + 2px);
    border-top: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .row-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .name {
    flex: 1 1 100%;
    min-width: 0;
  }
  .grade {
    flex: 1 1 auto;
    min-width: 0;
    font-weight: 700;
  }
  /* A scale that wraps onto a line of its own (a long grade on a phone: Kent's care leavers at 375px) keeps to the
     right, under the key's scale, as every other row's does. */
  .row-line > .scale {
    margin-left: auto;
  }
  /* From 36rem the grade and scale take fixed columns on the right, so they line up at every level of nesting, and
     the key's named ends sit over the scales. */
  @container (min-width: 36rem) {
    .row-line {
      display: grid;
      grid-template-columns: minmax(0, 1fr) 11rem auto;
    }
  }
  .overall {
    margin: 0 0 var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: 2px solid var(--_text);
    background: var(--_band);
  }
  .overall .name,
  .overall .grade {
    font-size: 1.125em;
    font-weight: 700;
  }
  .overall + .row {
    border-top: none;
  }
  .sub-judgements {
    margin: var(--_space) 0 0 1em;
    padding-left: 0.75em;
    border-left: 3px solid var(--_border);
  }
  .sub {
    padding-right: 0;
    padding-left: 0;
  }
  .sub:first-child {
    border-top: none;
    padding-top: 0;
  }
  .sub:last-child {
    padding-bottom: 0;
  }
  .change {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* The change's word in a box with its shape: up, down or level, read without colour. */
  .cue {
    display: inline-block;
    padding: 0 0.4em;
    border: 1px solid currentColor;
    font-weight: 700;
    white-space: nowrap;
  }
  .change-improved .cue::before {
    content: '▲ ' / '';
  }
  .change-declined .cue::before {
    content: '▼ ' / '';
  }
  .change-unchanged .cue::before {
    content: '= ' / '';
  }
  .change-improved,
  .change-declined,
  .change-unchanged {
    color: var(--_text);
  }
  .previous-name {
    display: block;
  }
  .scale {
    display: inline-grid;
    grid-template-columns: repeat(4, 2rem);
    gap: 3px;
    align-items: center;
    flex: none;
  }
  .cell {
    display: flex;
    align-items: center;
    justify-content: center;
    height: 0.75rem;
    border: 1px solid var(--_muted);
    background: var(--_background);
  }
  .scale-not-known .cell {
    border-style: dashed;
  }
  .cell.filled {
    height: 1.375rem;
    border: 2px solid var(--_text);
  }
  .cell.filled::after {
    content: '';
    width: 0.5rem;
    height: 0.5rem;
    border-radius: 50%;
    background: var(--_background);
  }
  .cell.grade-outstanding {
    background: var(--_grade-outstanding);
  }
  .cell.grade-good {
    background: var(--_grade-good);
  }
  .cell.grade-requires-improvement {
    background: var(--_grade-requires-improvement);
  }
  .cell.grade-inadequate {
    background: var(--_grade-inadequate);
  }
  .table-parent {
    display: block;
    color: var(--_muted);
    font-weight: 400;
  }
  @media (forced-colors: active) {
    .overall,
    .cell {
      border-color: CanvasText;
    }
    .cell.filled {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: CanvasText;
    }
    .cell.filled::after {
      background: Canvas;
    }
  }
`;

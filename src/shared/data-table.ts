import { css, html, nothing, type TemplateResult } from 'lit';
import { renderSteps, type ListSteps } from './progressive-list.js';
import { chevronStyles } from './chevron.styles.js';

export interface TableColumn<Row> {
  header: string;
  cell: (row: Row) => unknown;
  /** The column that names each row (rendered as a row header). */
  rowHeader?: boolean;
  /** Short values (a date, a kind): a narrow column when a long table fixes its column widths. */
  narrow?: boolean;
}

/**
 * A real `<table>`: the text alternative behind every chart. Cells are Lit values, so data stays text. Rows are a
 * list, or a long list's steps drawn so far (see ProgressiveList): a table still being filled in is marked busy,
 * and a long one fixes its column widths, so a wide cell in a later step cannot make every earlier row lay out again.
 */
export function renderDataTable<Row>(
  id: string,
  caption: string,
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[] | ListSteps<Row>,
): TemplateResult {
  const { steps, complete, long } = 'steps' in rows ? rows : { steps: [rows], complete: true, long: false };
  const renderRow = (row: Row) => html`<tr>
    ${columns.map((column) => (column.rowHeader ? html`<th scope="row">${column.cell(row)}</th>` : html`<td>${column.cell(row)}</td>`))}
  </tr>`;
  const contents = html`
    <caption>${caption}</caption>
    <thead>
      <tr>${columns.map((column) => html`<th scope="col" class=${column.narrow ? 'narrow' : nothing}>${column.header}</th>`)}</tr>
    </thead>
    <tbody>
      ${renderSteps(steps, renderRow)}
    </tbody>`;
  return html`<div class="table-area"><div class="table-wrap" id=${id} part="table" role="region" aria-label=${caption} tabindex="0"
    aria-busy=${complete ? 'false' : 'true'}>
    ${long ? html`<table class="long">${contents}</table>` : html`<table>${contents}</table>`}
  </div></div>`;
}

/**
 * The button that shows and hides a chart's table, named for what the table holds ("Table of events"), so the three
 * in a journey are told apart by name (WCAG 2.4.6). Its name stays the same; `aria-expanded` says whether the table is
 * open, and a chevron (as on Download) shows it, so a screen reader never hears a new name and a new state at once.
 */
export function renderTableToggle(
  expanded: boolean,
  controls: string,
  what: string,
  onToggle: () => void,
): TemplateResult {
  return html`<button class="button" part="table-toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${controls} @click=${onToggle}>
    Table of ${what}
  </button>`;
}

const tableStyles = css`
  /* Positioned, so absolutely positioned text inside (a link's visually hidden "(opens in a new tab)") is clipped by
     this scroll box; placed against the page instead, it widened a 320px page to 408px. */
  .table-wrap {
    position: relative;
    max-width: 100%;
    overflow-x: auto;
    margin-top: var(--_space);
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875em;
  }
  table.long {
    table-layout: fixed;
  }
  .long th.narrow {
    width: 7em;
  }
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: 0.25em;
    overflow-wrap: anywhere;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.35em 0.5em 0.35em 0;
    border-bottom: 1px solid var(--_border);
  }
  td ul {
    margin: 0;
    padding-left: 1em;
  }
  th,
  td {
    overflow-wrap: break-word;
  }
  .table-area {
    container-type: inline-size;
  }
  /* Several columns in a phone-width sidebar: smaller type and tighter cells keep whole words in view. */
  @container (max-width: 30rem) {
    table {
      font-size: 0.8125em;
    }
    th,
    td {
      padding-right: 0.35em;
    }
  }
`;

/** The table's styles, its toggle's chevron (as on Download: down when closed, up when the table is open) with them. */
export const dataTableStyles = [
  tableStyles,
  chevronStyles("[part='table-toggle']", "[part='table-toggle'][aria-expanded='true']"),
];

import { css, html, type TemplateResult } from 'lit';

export interface TableColumn<Row> {
  header: string;
  cell: (row: Row) => unknown;
  /** The column that names each row (rendered as a row header). */
  rowHeader?: boolean;
}

/** A real `<table>`: the text alternative behind every chart. Cells are Lit values, so data stays text. */
export function renderDataTable<Row>(
  id: string,
  caption: string,
  columns: readonly TableColumn<Row>[],
  rows: readonly Row[],
): TemplateResult {
  return html`<div class="table-area"><div class="table-wrap" id=${id} part="table" role="region" aria-label=${caption} tabindex="0">
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>${columns.map((column) => html`<th scope="col">${column.header}</th>`)}</tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr>
            ${columns.map((column) =>
              column.rowHeader ? html`<th scope="row">${column.cell(row)}</th>` : html`<td>${column.cell(row)}</td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div></div>`;
}

/**
 * The button that shows and hides a chart's table, named for what the table holds ("Show table of events"), so
 * the three in a journey are told apart by name (WCAG 2.4.6) and the name starts with what the button says.
 */
export function renderTableToggle(expanded: boolean, controls: string, what: string, onToggle: () => void): TemplateResult {
  return html`<button class="button" part="table-toggle" aria-expanded=${expanded ? 'true' : 'false'} aria-controls=${controls} @click=${onToggle}>
    ${`${expanded ? 'Hide' : 'Show'} table of ${what}`}
  </button>`;
}

export const dataTableStyles = css`
  .table-wrap {
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
  caption {
    text-align: left;
    font-weight: 700;
    padding-bottom: 0.25em;
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

import { html, nothing, type TemplateResult } from 'lit';
import { FINDING_KIND_LABELS } from '../data/event-kinds.js';
import type { Finding, OfstedDataset } from '../data/types.js';
import type { TableColumn } from '../shared/data-table.js';
import { renderSteps, type ListSteps } from '../shared/progressive-list.js';
import { citedSources, renderSource } from '../shared/source-links.js';
import { AREA_INFERRED_NOTE, areaFilterName, NO_AREA, NO_AREA_NAME, type AreaGroup } from './areas.js';
import type { Bar } from './layout.js';

/** A row of the table alternative: one statement and the area it belongs to. */
export interface StatementRow {
  group: AreaGroup;
  finding: Finding;
}

/**
 * The statements behind a bar (the first of them, marked busy, while a long list is drawn a step at a time): each quoted
 * exactly as stored (Lit text, so markup in data stays text), with its kind in words, the editors' note when they
 * chose its area, and the document it is quoted from.
 */
export function renderStatements(dataset: OfstedDataset, { steps, complete }: ListSteps<Finding>): TemplateResult {
  return html`<ul class="statement-list" aria-busy=${complete ? 'false' : 'true'}>
    ${renderSteps(
      steps,
      (finding) => html`<li class="statement">
        <p class="statement-kind">
          <span class="swatch kind-${finding.kind}" aria-hidden="true"></span>${FINDING_KIND_LABELS[finding.kind]}${
            finding.areaInferred ? html` <span class="inferred">${AREA_INFERRED_NOTE}</span>` : nothing
          }
        </p>
        <p class="quote"><span class="quoted">${finding.statement}</span></p>
        <p class="statement-source">Source: ${renderFindingSource(dataset, finding)}</p>
      </li>`,
    )}
  </ul>`;
}

/**
 * Ofsted's own list of what needs to improve, as Ofsted printed it (the first of it, marked busy, while a long list is
 * drawn a step at a time; nothing while a long list waits to be opened): each item quoted whole (its sub-items on
 * lines of their own), the judgement the data's editors tied it to when they did, and the report it is from.
 */
export function renderOfstedList(
  dataset: OfstedDataset,
  list: ListSteps<Finding> | undefined,
  groups: readonly AreaGroup[],
): TemplateResult | typeof nothing {
  if (!list) return nothing;
  return html`<ol class="ofsted-list" part="list" aria-busy=${list.complete ? nothing : 'true'}>
    ${renderSteps(
      list.steps,
      (finding) => html`<li class="statement">
        <p class="quote"><span class="quoted list-item">${finding.statement}</span></p>
        ${
          finding.area
            ? html`<p class="statement-kind">${areaFilterName(groups, finding.area)}${finding.areaInferred ? html` <span class="inferred">${AREA_INFERRED_NOTE}</span>` : nothing}</p>`
            : nothing
        }
        <p class="statement-source">Source: ${renderFindingSource(dataset, finding)}</p>
      </li>`,
    )}
  </ol>`;
}

/** ", paragraph 12" after a statement's source, when the data gives the report's paragraph. */
export function paragraphText(finding: Finding): string {
  return finding.paragraph ? `, paragraph ${finding.paragraph}` : '';
}

/** The cited document, linked when it has an address (its id when the data names a source it does not list), and the paragraph. */
function renderFindingSource(dataset: OfstedDataset, finding: Finding): TemplateResult {
  const [source] = citedSources(dataset, [finding.source]);
  return html`${source ? renderSource(source) : html`<span>${finding.source}</span>`}${paragraphText(finding)}`;
}

/** The statements the bars show, in the bars' order, then Ofsted's list, as rows of the table alternative. */
export function statementRows(
  bars: readonly Bar[],
  list: readonly Finding[] = [],
  groups: readonly AreaGroup[] = [],
): StatementRow[] {
  const listRows = list.map((finding): StatementRow => {
    const key = finding.area ?? NO_AREA;
    const name = finding.area ? areaFilterName(groups, finding.area) : NO_AREA_NAME;
    return { group: { key, area: finding.area, name, judged: false, findings: [] }, finding };
  });
  return [...bars.flatMap((bar) => bar.findings.map((finding) => ({ group: bar.group, finding }))), ...listRows];
}

/** About how many characters a statement shows with its kind and source: sizes a step of a long list. */
export function findingText(finding: Finding): number {
  return finding.statement.length + 150;
}

/** The same for a row of the table alternative. */
export function statementRowText({ group, finding }: StatementRow): number {
  return group.name.length + findingText(finding);
}

/** Columns of the table alternative: Area | Kind | Statement | Source. */
export function breakdownColumns(dataset: OfstedDataset): TableColumn<StatementRow>[] {
  return [
    {
      header: 'Area',
      cell: ({ group, finding }) =>
        html`${group.name}${finding.areaInferred ? html` <span class="inferred">${AREA_INFERRED_NOTE}</span>` : nothing}`,
    },
    { header: 'Kind', cell: ({ finding }) => FINDING_KIND_LABELS[finding.kind], narrow: true },
    { header: 'Statement', cell: ({ finding }) => html`<span class="quoted">${finding.statement}</span>` },
    { header: 'Source', cell: ({ finding }) => renderFindingSource(dataset, finding) },
  ];
}

/** The table as CSV rows: a header, then one plain-text row per statement the filters show. */
export function statementCsvRows(dataset: OfstedDataset, rows: readonly StatementRow[]): string[][] {
  return [
    ['Area', 'Kind', 'Statement', 'Source'],
    ...rows.map(({ group, finding }) => [
      finding.areaInferred ? `${group.name} ${AREA_INFERRED_NOTE}` : group.name,
      FINDING_KIND_LABELS[finding.kind],
      finding.statement,
      `${citedSources(dataset, [finding.source])[0]?.title ?? finding.source}${paragraphText(finding)}`,
    ]),
  ];
}

import { html, nothing, type TemplateResult } from 'lit';
import { formatYear } from '../data/dates.js';
import { GRADES, type Grade } from '../data/grades.js';
import type { OfstedDataset } from '../data/types.js';
import type { TableColumn } from '../shared/data-table.js';
import { eventDateLabel, eventShortName } from '../shared/describe-event.js';
import { renderHeading } from '../shared/heading.js';
import { renderSourceList } from '../shared/source-links.js';
import type { Scorecard, ScorecardRow } from './layout.js';

/**
 * The header: a heading of a few words at `level` ("Judgements of Kent's 2022 inspection"), the summary sentence as
 * text under it, then the event's title, date and framework.
 */
export function renderHeader(dataset: OfstedDataset, scorecard: Scorecard, level: number): TemplateResult {
  const { dated, framework } = scorecard;
  const frameworkName =
    framework && (framework.shortName ? `${framework.name} (${framework.shortName})` : framework.name);
  return html`<div class="header" part="header">
    ${renderHeading(level, `Judgements of ${eventShortName(dataset, dated)}`, { className: 'element-heading', part: 'heading' })}
    <p class="lede" id="summary" part="summary">${scorecard.summary}</p>
    ${renderHeading(Math.min(6, level + 1), dated.event.title, { className: 'title', id: 'title' })}
    <dl class="facts">
      <div><dt>Date:</dt><dd>${eventDateLabel(dated)}</dd></div>
      ${frameworkName ? html`<div><dt>Framework:</dt><dd>${frameworkName}</dd></div>` : nothing}
    </dl>
  </div>`;
}

/** The source notes, under the judgements as under a chart: each document's title, publisher and date. */
export function renderSources(
  dataset: OfstedDataset,
  scorecard: Scorecard,
  level: number,
): TemplateResult | typeof nothing {
  const { sources } = scorecard.dated.event;
  return sources.length
    ? html`<div class="source-notes" part="sources">
        ${renderHeading(Math.min(6, level + 2), sources.length > 1 ? 'Sources' : 'Source', { className: 'sources-heading' })}
        ${renderSourceList(dataset, sources)}
      </div>`
    : nothing;
}

/** One judgement per list item, overall effectiveness first; sub-judgements in a nested list under their parent. */
export function renderRows(scorecard: Scorecard): TemplateResult {
  if (scorecard.rows.length === 0) {
    return html`<p class="status">This event has no graded judgements.</p>`;
  }
  return html`<div class="judgements-area">
    ${renderKey()}
    <ul class="judgements" part="judgements" aria-labelledby="title">
      ${scorecard.rows.map((row) => renderRow(row, scorecard))}
    </ul>
  </div>`;
}

function renderRow(row: ScorecardRow, scorecard: Scorecard): TemplateResult {
  const classes = ['row', row.overall ? 'overall' : '', row.parentName ? 'sub' : ''].filter(Boolean).join(' ');
  const { change } = row;
  const since = change.direction && scorecard.previous ? formatYear(scorecard.previous.span.start.year) : undefined;
  return html`<li class=${classes} part=${row.overall ? 'row overall' : 'row'} data-area=${row.judgement.area}>
    <div class="row-line">
      <span class="name">${row.judgement.name}</span>
      <span class="grade ${row.grade ? '' : 'grade-not-known'}">${row.gradeText}</span>
      ${renderScale(row.grade)}
    </div>
    <p class="change ${change.direction ? `change-${change.direction}` : 'change-none'}">
      ${
        change.direction && since
          ? html`<span class="cue">${CUE_WORDS[change.direction]}</span> <span class="since">since ${since}:</span> <span class="change-text">${spokenArrows(change.grades!)}</span>`
          : html`<span class="change-text">${spokenArrows(change.text)}</span>`
      }
      ${change.previousName ? html`<span class="previous-name">(${change.previousName})</span>` : nothing}
    </p>
    ${
      row.subRows.length
        ? html`<ul class="sub-judgements" aria-label=${`Within ${row.judgement.name}`}>
          ${row.subRows.map((sub) => renderRow(sub, scorecard))}
        </ul>`
        : nothing
    }
  </li>`;
}

/**
 * The four-point scale, best on the left. The achieved position is filled in its grade's colour, taller than
 * the rest and carries a dot, so position and shape tell the grade without colour; an unknown grade fills none.
 * Hidden from assistive technology: the grade's words beside it say the same.
 */
export function renderScale(grade: Grade | undefined): TemplateResult {
  return html`<span class="scale ${grade ? '' : 'scale-not-known'}" aria-hidden="true">
    ${GRADES.map((g) => html`<span class="cell ${g.id === grade?.id ? `filled grade-${g.id}` : ''}"></span>`)}
  </span>`;
}

/**
 * "Inadequate → Good" drawn with its arrow and read "Inadequate to Good": the arrow is hidden from assistive
 * technology (which reads it "right arrow") and a hidden "to" stands in for it.
 */
export function spokenArrows(text: string): TemplateResult {
  const [first = '', ...rest] = text.split(' → ');
  return html`${first}${rest.map(
    (part) => html` <span aria-hidden="true">→</span><span class="visually-hidden"> to</span> ${part}`,
  )}`;
}

/** The change at a glance, in a word beside its shape (▲ ▼ =, drawn by the styles), so colour is never the cue. */
const CUE_WORDS = { improved: 'Improved', declined: 'Declined', unchanged: 'No change' } as const;

/** The scale's ends named beside an empty scale, placed over the rows' scales: no caption needed to read them. */
function renderKey(): TemplateResult {
  return html`<p class="key" part="key">
    <span class="visually-hidden">Each grade is marked on Ofsted's four-point scale, from</span>
    <span class="scale-end best">Outstanding</span>
    <span class="scale key-scale" aria-hidden="true">${GRADES.map(() => html`<span class="cell"></span>`)}</span>
    <span class="visually-hidden">to</span>
    <span class="scale-end worst">Inadequate</span>
  </p>`;
}

/** Columns of the table alternative: Judgement | Grade | Previous grade | Change, one row per judgement. */
export function scorecardColumns(): TableColumn<ScorecardRow>[] {
  return [
    {
      header: 'Judgement',
      rowHeader: true,
      cell: (row) =>
        html`${row.judgement.name}${row.parentName ? html` <span class="table-parent">Part of: ${row.parentName}</span>` : nothing}`,
    },
    { header: 'Grade', cell: (row) => row.gradeText },
    {
      header: 'Previous grade',
      cell: (row) =>
        html`${row.change.previousText}${row.change.previousName ? html` <span class="table-parent">${row.change.previousName}</span>` : nothing}`,
    },
    { header: 'Change', cell: (row) => spokenArrows(row.change.text) },
  ];
}

/** The table as CSV rows: a header, then one plain-text row per judgement. */
export function scorecardCsvRows(rows: readonly ScorecardRow[]): string[][] {
  return [
    ['Judgement', 'Part of', 'Grade', 'Previous grade', 'Change'],
    ...rows.map((row) => [
      row.judgement.name,
      row.parentName ?? '',
      row.gradeText,
      [row.change.previousText, row.change.previousName].filter(Boolean).join(' '),
      row.change.text,
    ]),
  ];
}

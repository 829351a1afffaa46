import { html, nothing, type TemplateResult } from 'lit';
import { chooseEvent, isGraded } from '../data/queries.js';
import type { OfstedDataset } from '../data/types.js';
import { eventDateLabel } from '../shared/describe-event.js';
import { OfstedElement } from '../shared/ofsted-element.js';
import { dataTableStyles, renderDataTable, renderTableToggle } from '../shared/data-table.js';
import { errorStyles, ProblemReporter, renderProblem } from '../shared/error-view.js';
import { exportStyles, renderControls, renderExportButtons } from '../shared/export-buttons.js';
import { headingLevel } from '../shared/heading.js';
import { themeStyles } from '../shared/theme.styles.js';
import { flattenRows, layoutScorecard, type Scorecard } from './layout.js';
import { renderHeader, renderRows, renderSources, scorecardColumns, scorecardCsvRows } from './scorecard-view.js';
import { scorecardStyles } from './scorecard.styles.js';

/** The chosen event's scorecard, or why there is none. */
type Shown = { ok: true; scorecard: Scorecard } | { ok: false; message: string };

/** Each dataset's scorecards by `event`, made once a page: scorecards showing the same event share one. */
const shownByDataset = new WeakMap<OfstedDataset, Map<string | undefined, Shown>>();

function showOnce(dataset: OfstedDataset, event: string | undefined): Shown {
  let byEvent = shownByDataset.get(dataset);
  if (!byEvent) shownByDataset.set(dataset, (byEvent = new Map()));
  let shown = byEvent.get(event);
  if (!shown) {
    const choice = chooseEvent(dataset, event, isGraded, 'graded inspection');
    shown = choice.ok ? { ok: true, scorecard: layoutScorecard(dataset, choice.dated) } : choice;
    byEvent.set(event, shown);
  }
  return shown;
}

/**
 * One inspection's judgements at a glance: each judgement's grade in words and on the four-point scale,
 * overall effectiveness first, sub-judgements under their parent, and the change since the previous graded
 * inspection in words. A summary sentence and a table tell the same story.
 *
 * @summary One Ofsted inspection's judgements, and the change since the one before.
 * @tagname ofsted-scorecard
 *
 * @attr authority - Id of a bundled dataset, used when neither `data` nor `src` is set. Default `barnet`.
 * @attr src - URL of a JSON file following the Ofsted dataset schema; wins over `authority`.
 * @attr event - Id of the event to show. Default: the latest graded inspection (the latest event with judgements).
 * @attr show-table - Shows the table alternative open from the start.
 * @attr no-export - Hides the Download disclosure, which downloads the table as CSV.
 * @attr heading-level - Level of the element's heading (its summary sentence), 1 to 6; the inspection's title is one level below. Default `2`.
 * @attr theme - Colour scheme: `light` (the default), `dark`, or `system` to follow the visitor's `prefers-color-scheme`. Dark adds padding (`--ofsted-padding`) so text keeps off the edge on a page of another colour.
 *
 * @prop {OfstedDataset | undefined} data - A dataset object; wins over `src` and `authority`. Validated like a file.
 *
 * @fires ofsted-data - The dataset loaded and passed validation. `detail: { dataset, origin }`.
 * @fires ofsted-error - The dataset could not be loaded or is invalid, or `event` names no event in it (`kind: 'unknown-event'`). `detail: { message, kind, url?, authority?, status?, issues }`.
 *
 * @csspart header - The summary, title, date and framework.
 * @csspart sources - The source notes under the judgements: each document's title, publisher and date.
 * @csspart summary - The summary sentence.
 * @csspart key - The scale's ends, Outstanding and Inadequate, named over the judgements' scales.
 * @csspart judgements - The list of judgements.
 * @csspart row - One judgement's item in the list.
 * @csspart overall - The overall effectiveness item (also has the `row` part).
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table alternative's scrolling wrapper.
 * @csspart controls - The row under the judgements holding the table toggle and the Download disclosure.
 * @csspart export - The "Download" disclosure (a `<details>`) and the buttons inside it (the table as CSV).
 * @csspart error - The message shown when the data cannot be used or `event` names no event.
 * @csspart loading - The note shown while the data loads.
 *
 * @cssprop --ofsted-font-family - Font; inherits the page's by default.
 * @cssprop --ofsted-font-size - Base font size. Default `1em`: the surrounding text's size (charts' text is 0.875 of it, at least 14px).
 * @cssprop --ofsted-text-colour - Text colour. Default `#0b0c0c`; `#f3f2f1` under a dark `theme`.
 * @cssprop --ofsted-secondary-text-colour - Secondary text. Default `#505a5f`; `#b1b4b6` under a dark `theme`.
 * @cssprop --ofsted-background-colour - Background. Default `#ffffff`; `#1b1d1e` under a dark `theme`.
 * @cssprop --ofsted-border-colour - Lines and borders. Default `#b1b4b6`; `#6f777b` under a dark `theme`.
 * @cssprop --ofsted-band-colour - Background of the overall effectiveness item. Default `#f3f2f1`; `#2b2e30` under a dark `theme`.
 * @cssprop --ofsted-focus-colour - Focus highlight. Default `#ffdd00` in both colour schemes.
 * @cssprop --ofsted-link-colour - Links. Default `#1d70b8`; `#8eb8dc` under a dark `theme`.
 * @cssprop --ofsted-grade-outstanding-colour - Outstanding. Default `#12436d`; `#6ba3d6` under a dark `theme`.
 * @cssprop --ofsted-grade-good-colour - Good. Default `#1e8a80`; `#28a197` under a dark `theme`.
 * @cssprop --ofsted-grade-requires-improvement-colour - Requires improvement to be good. Default `#d6541a`; `#f46a25` under a dark `theme`.
 * @cssprop --ofsted-grade-inadequate-colour - Inadequate. Default `#801650`; `#e07bb0` under a dark `theme`.
 * @cssprop --ofsted-error-colour - The error message's rule. Default `#d4351c`.
 * @cssprop --ofsted-margin-bottom - Space below the element, before what the page puts next. Default `2rem` (four times `--ofsted-space`).
 * @cssprop --ofsted-padding - Space between the element's edge and its content. Default `0`; `1rem` (twice `--ofsted-space`) under `theme="dark"` or a dark `theme="system"`.
 * @cssprop --ofsted-space - Base spacing unit. Default `0.5rem`.
 */
export class OfstedScorecard extends OfstedElement {
  static override styles = [themeStyles, errorStyles, dataTableStyles, exportStyles, scorecardStyles];

  static override properties = {
    event: {},
  };

  declare event: string | undefined;

  private readonly reporter = new ProblemReporter();

  /** The chosen event and its scorecard, computed once a page for each dataset and `event`. */
  private get shown(): Shown | undefined {
    const dataset = this.loader.dataset;
    return this.loader.status === 'ready' && dataset ? showOnce(dataset, this.event) : undefined;
  }

  /** An `event` id that names no event is the page's mistake: say so once, in the console and as `ofsted-error`. */
  protected override updated(): void {
    const shown = this.shown;
    const problem = shown && !shown.ok && this.event ? shown.message : undefined;
    this.reporter.report(this, problem, 'unknown-event');
  }

  protected override render(): TemplateResult {
    return this.loader.render({ ready: (dataset) => this.renderScorecard(dataset, this.shown!) });
  }

  private renderScorecard(dataset: OfstedDataset, shown: Shown): TemplateResult {
    // With no `event` set, data with nothing graded is not an error: there is simply no scorecard to show.
    if (!shown.ok) return this.event ? renderProblem(shown.message, 'No judgements are shown.', true) : html`<p class="status">${shown.message}</p>`;
    const { scorecard } = shown;
    const caption = `Judgements from ${scorecard.dated.event.title}, ${eventDateLabel(scorecard.dated)}`;
    const level = headingLevel(this.headingLevel);
    return html`
      ${renderHeader(scorecard, level)}${renderRows(scorecard)}
      ${scorecard.rows.length
        ? renderControls(
            renderTableToggle(this.showTable, 'table', 'judgements', () => (this.showTable = !this.showTable)),
            this.noExport
              ? nothing
              : renderExportButtons({
                  csv: ({ downloadCsv, exportFilename }) =>
                    downloadCsv(exportFilename(dataset.authority.id, 'scorecard', 'csv'), scorecardCsvRows(flattenRows(scorecard.rows))),
                }, 'judgements'),
          )
        : nothing}
      ${this.showTable && scorecard.rows.length
        ? renderDataTable('table', caption, scorecardColumns(), flattenRows(scorecard.rows))
        : nothing}
      ${renderSources(dataset, scorecard, level)}
    `;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { chooseGradedEvent } from '../data/queries.js';
import type { OfstedDataset } from '../data/types.js';
import { eventDateLabel } from '../shared/describe-event.js';
import { OfstedElement } from '../shared/ofsted-element.js';
import { dataTableStyles, renderDataTable, renderTableToggle } from '../shared/data-table.js';
import { coverageStyles, renderCoverage } from '../shared/coverage.js';
import { errorStyles, renderNothingToShow } from '../shared/error-view.js';
import { exportStyles, renderControls, renderExportButtons } from '../shared/export-buttons.js';
import { headingLevel } from '../shared/heading.js';
import { memoLast } from '../shared/memo-last.js';
import { themeStyles } from '../shared/theme.styles.js';
import { flattenRows, layoutScorecard, type Scorecard } from './layout.js';
import { renderHeader, renderRows, renderSources, scorecardColumns, scorecardCsvRows } from './scorecard-view.js';
import { scorecardStyles } from './scorecard.styles.js';

/** The chosen event's scorecard, or why there is none. */
type Shown = { ok: true; scorecard: Scorecard } | { ok: false; message: string };

/**
 * One inspection's judgements at a glance: each judgement's grade in words and on the four-point scale,
 * overall effectiveness first, sub-judgements under their parent, and the change since the previous graded
 * inspection in words. A summary sentence and a table tell the same story.
 *
 * @summary One Ofsted inspection's judgements, and the change since the one before.
 * @tagname ofsted-scorecard
 *
 * @attr event - Id of the event to show. Default: the latest graded inspection (the latest event with judgements).
 * @attr no-export - Hides the Download disclosure, which downloads the table as CSV.
 * @attr heading-level - Level of the element's heading ("Judgements of Kent's 2022 inspection"), 1 to 6; the inspection's title is one level below. Default `2`.
 *
 * @csspart header - The heading, summary, title, date and framework.
 * @csspart heading - The element's heading, a few words naming the inspection whose judgements it shows.
 * @csspart summary - The summary sentence, under the heading: the overall grade and how it compares with the one before.
 * @csspart sources - The source notes under the judgements: each document's title, publisher and date.
 * @csspart key - The scale's ends, Outstanding and Inadequate, named over the judgements' scales.
 * @csspart judgements - The list of judgements.
 * @csspart row - One judgement's item in the list.
 * @csspart overall - The overall effectiveness item (also has the `row` part).
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table alternative's scrolling wrapper.
 * @csspart controls - The row under the judgements holding the table toggle and the Download disclosure.
 * @csspart export - The "Download" disclosure (a `<details>`) and the buttons inside it (the table as CSV).
 *
 * @cssprop --ofsted-band-colour - Background of the overall effectiveness item. Default `#f3f2f1`; `#2b2e30` under a dark `theme`.
 * @cssprop --ofsted-grade-outstanding-colour - Outstanding. Default `#12436d`; `#6ba3d6` under a dark `theme`.
 * @cssprop --ofsted-grade-good-colour - Good. Default `#1e8a80`; `#28a197` under a dark `theme`.
 * @cssprop --ofsted-grade-requires-improvement-colour - Requires improvement to be good. Default `#d6541a`; `#f46a25` under a dark `theme`.
 * @cssprop --ofsted-grade-inadequate-colour - Inadequate. Default `#801650`; `#e07bb0` under a dark `theme`.
 */
export class OfstedScorecard extends OfstedElement {
  static override styles = [themeStyles, errorStyles, dataTableStyles, exportStyles, coverageStyles, scorecardStyles];

  private readonly showOnce = memoLast((dataset: OfstedDataset, event: string | undefined): Shown => {
    const choice = chooseGradedEvent(dataset, event);
    return choice.ok ? { ok: true, scorecard: layoutScorecard(dataset, choice.dated) } : choice;
  });

  /** The chosen event and its scorecard, recomputed only when the data or `event` changes. */
  private get shown(): Shown | undefined {
    const dataset = this.loader.dataset;
    return this.loader.status === 'ready' && dataset ? this.showOnce(dataset, this.event) : undefined;
  }

  /** An `event` id that names no event is the page's mistake, said in place and reported by the base. */
  protected override eventProblem(): string | undefined {
    const shown = this.shown;
    return shown && !shown.ok && this.event ? shown.message : undefined;
  }

  protected override render(): TemplateResult {
    return this.loader.render({ ready: (dataset) => this.renderScorecard(dataset, this.shown!) });
  }

  private renderScorecard(dataset: OfstedDataset, shown: Shown): TemplateResult {
    // With no `event` set, data with nothing graded is not an error: there is simply no scorecard to show.
    if (!shown.ok) return renderNothingToShow(shown.message, 'No judgements are shown.', Boolean(this.event));
    const { scorecard } = shown;
    const caption = `Judgements from ${scorecard.dated.event.title}, ${eventDateLabel(scorecard.dated)}`;
    const level = headingLevel(this.headingLevel);
    return html`
      ${renderHeader(dataset, scorecard, level)}${renderRows(scorecard)}
      ${
        scorecard.rows.length
          ? renderControls(
              renderTableToggle(this.showTable, 'table', 'judgements', () => (this.showTable = !this.showTable)),
              this.noExport
                ? nothing
                : renderExportButtons(
                    {
                      csv: ({ downloadCsv, exportFilename }) =>
                        downloadCsv(
                          exportFilename(dataset.authority.id, 'scorecard', 'csv'),
                          scorecardCsvRows(flattenRows(scorecard.rows)),
                        ),
                    },
                    'judgements',
                  ),
            )
          : nothing
      }
      ${
        this.showTable && scorecard.rows.length
          ? renderDataTable('table', caption, scorecardColumns(), flattenRows(scorecard.rows))
          : nothing
      }
      ${renderSources(dataset, scorecard, level)}
      ${renderCoverage(dataset)}
    `;
  }
}

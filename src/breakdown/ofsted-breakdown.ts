import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import {
  chooseEvent,
  chooseGradedEvent,
  hasFindings,
  latestEvent,
  type DatedEvent,
  type EventChoice,
} from '../data/queries.js';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import type { Finding, OfstedDataset } from '../data/types.js';
import { dataTableStyles, renderDataTable, renderTableToggle } from '../shared/data-table.js';
import { OfstedElement } from '../shared/ofsted-element.js';
import { eventDateLabel } from '../shared/describe-event.js';
import { coverageStyles, renderCoverage } from '../shared/coverage.js';
import { errorStyles, renderNothingToShow } from '../shared/error-view.js';
import { exportStyles, renderControls, renderExportButtons, type Exporter } from '../shared/export-buttons.js';
import { memoLast } from '../shared/memo-last.js';
import { fitsOneStep, ProgressiveList, type ListSteps } from '../shared/progressive-list.js';
import { ResizeController } from '../shared/resize-controller.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { chartFontSize, themeStyles } from '../shared/theme.styles.js';
import { renderBreakdownChart, renderLegend } from './breakdown-chart.js';
import { breakdownStyles } from './breakdown.styles.js';
import { breakdownModeStyles } from './breakdown-modes.styles.js';
import { directLabelStyles } from './direct-labels.styles.js';
import { statementStyles } from './statements.styles.js';
import { cssProperties, serverStyle } from './css-properties.js';
import { renderFilters } from './filters.js';
import { layoutBreakdown, type Bar, type BreakdownLayout } from './layout.js';
import { PickedFindingsController, renderPickedError } from './picked-findings.js';
import {
  breakdownColumns,
  findingText,
  renderOfstedList,
  statementCsvRows,
  statementRows,
  statementRowText,
} from './statements.js';
import {
  describeFilters,
  missingKindsNote,
  noFindingsReason,
  noMatchText,
  PICKED_NOTE,
  reportOf,
  summariseFindings,
} from './summary.js';

const LOADING_PICKED = 'Loading the sentences picked from the report…';

/**
 * One event's findings by judgement area, as a diverging bar chart: strengths to the left of a centre line,
 * areas for improvement and recommendations to the right, each count written on its bar. Each bar is a button
 * that opens the statements behind it, quoted exactly as the data stores them with the document each comes
 * from. Filters by kind and area; a summary sentence and a table tell the same story.
 *
 * @summary One Ofsted event's strengths, areas for improvement and recommendations, by area, down to the statements.
 * @tagname ofsted-breakdown
 *
 * @attr event - Id of the event to show. Default: the inspection the scorecard shows (the latest graded one); where it has no findings, the element says why and offers the latest event that has.
 * @attr no-export - Hides the Download disclosure, which downloads the statements the filters show as CSV.
 * @attr heading-level - Level of the element's heading (its summary sentence), 1 to 6; the event's title is one level below. Default `2`.
 * @attr kind - Shows one kind of finding: `strength`, `improvement` or `recommendation`; empty (or any other value) shows every kind. Set by the kind filter, and reflected.
 * @attr area - Shows one area: an area id, or `(none)` for findings not tied to one judgement; empty shows every area. Set by the area filter, and reflected.
 *
 * @prop {number | undefined} layoutWidth - The width in CSS pixels to lay the chart out at until the element can measure its own: for server rendering (`ofsted-widgets render --width`), where nothing can be measured. In a browser the measured width wins. Default `640`.
 *
 * @csspart header - The summary, the event's title and date, and any note on kinds the data lacks.
 * @csspart summary - The summary sentence.
 * @csspart filters - The kind and area filters.
 * @csspart legend - The key to the bars' fills.
 * @csspart chart - The list of bars.
 * @csspart list - Ofsted's own list of what needs to improve, quoted item by item.
 * @csspart list-disclosure - The disclosure that holds Ofsted's list, closed at first so the element's height does not depend on the list's length.
 * @csspart bar - One area's bar: a button that opens its statements.
 * @csspart statements - The statements behind one bar.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table alternative's scrolling wrapper.
 * @csspart controls - The row under the chart holding the table toggle and the Download disclosure.
 * @csspart export - The "Download" disclosure (a `<details>`) and the buttons inside it (the table as CSV).
 *
 * @cssprop --ofsted-band-colour - Background of a hovered or open bar. Default `#f3f2f1`; `#2b2e30` under a dark `theme`.
 * @cssprop --ofsted-strength-colour - Strengths' solid fill. Default `#12436d`; `#6ba3d6` under a dark `theme`.
 * @cssprop --ofsted-improvement-colour - Areas for improvement's solid fill. Default `#d6541a`; `#f46a25` under a dark `theme`.
 * @cssprop --ofsted-recommendation-colour - Recommendations' stripes. Default `#801650`; `#e07bb0` under a dark `theme`.
 */
export class OfstedBreakdown extends OfstedElement {
  static override styles = [
    themeStyles,
    errorStyles,
    dataTableStyles,
    exportStyles,
    coverageStyles,
    breakdownStyles,
    directLabelStyles,
    statementStyles,
    breakdownModeStyles,
  ];

  static override properties = {
    kind: { reflect: true },
    area: { reflect: true },
    openKey: { state: true },
    listOpen: { state: true },
  };

  declare kind: string | undefined;
  declare area: string | undefined;
  /** The area whose statements are open: internal state, not public API. */
  declare private openKey: string | undefined;
  /** Whether Ofsted's list's disclosure is open (the reader opens it): internal state, not public API. */
  declare private listOpen: boolean | undefined;

  /** Read before the first measurement (see the JSDoc above); not reactive. */
  layoutWidth: number | undefined = undefined;

  private readonly size = new ResizeController(this, () => this.layoutWidth);
  private readonly lists = new ProgressiveList(this);
  private readonly picked = new PickedFindingsController(this);
  /** The scorecard's inspection (one function for both); with nothing graded, the latest event with findings. */
  private readonly chooseOnce = memoLast((dataset: OfstedDataset, event: string | undefined) => {
    const graded = chooseGradedEvent(dataset, event);
    return graded.ok || event ? graded : chooseEvent(dataset, undefined, hasFindings, 'event with findings');
  });
  private readonly layoutOnce = memoLast(
    (dated: DatedEvent, width: number, fontSize: number, kind?: string, area?: string, awaitingPicked?: boolean) =>
      layoutBreakdown(dated.event, { width, kind, area, fontSize, awaitingPicked }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('data') || changed.has('src') || changed.has('authority') || changed.has('event'))
      this.openKey = undefined;
  }

  /** An `event` id that names no event is the page's mistake, said in place and reported by the base. */
  protected override eventProblem(): string | undefined {
    const choice = this.choice;
    return choice && !choice.ok && this.event ? choice.message : undefined;
  }

  /** The event to show, or why there is none; recomputed only when the data or `event` changes. */
  private get choice(): EventChoice | undefined {
    const dataset = this.loader.dataset;
    return this.loader.status === 'ready' && dataset ? this.chooseOnce(dataset, this.event) : undefined;
  }

  /** The bars for the event, width, text size and filters, recomputed only when one of them changes. */
  private layoutFor(dated: DatedEvent, awaitingPicked: boolean): BreakdownLayout {
    const fontSize = chartFontSize(this.size.fontSize);
    return this.layoutOnce(dated, this.size.width, fontSize, this.kind, this.area, awaitingPicked);
  }

  private toggle(bar: Bar): void {
    this.openKey = this.openKey === bar.group.key ? undefined : bar.group.key;
  }

  /** Escape on the open bar or inside its statements closes them and puts focus back on their bar; elsewhere it does nothing. */
  private readonly onKeydown = async (keyboardEvent: KeyboardEvent) => {
    const key = this.openKey;
    if (keyboardEvent.key !== 'Escape' || key === undefined) return;
    const item = (keyboardEvent.target as Element).closest('li.bar-item');
    if (item?.getAttribute('data-area') !== key) return;
    const bar = item.querySelector<HTMLButtonElement>(':scope > button');
    if (!bar) return;
    keyboardEvent.preventDefault();
    this.openKey = undefined;
    await this.updateComplete;
    bar.focus();
  };

  private readonly onKindChange = (event: Event) => {
    this.kind = (event.target as HTMLSelectElement).value || undefined;
  };

  private readonly onAreaChange = (event: Event) => {
    this.area = (event.target as HTMLSelectElement).value || undefined;
  };

  /** Shows the offered event, and puts focus on its heading so the reader carries on from there. */
  private async showEvent(id: string): Promise<void> {
    this.event = id;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.header')?.focus();
  }

  protected override render(): TemplateResult {
    return this.loader.render({ ready: (dataset) => this.renderBreakdown(dataset, this.choice!) });
  }

  private renderBreakdown(dataset: OfstedDataset, choice: EventChoice): TemplateResult {
    // With no `event` set, data without findings is not an error: there is simply nothing to break down.
    if (!choice.ok) return renderNothingToShow(choice.message, 'No findings are shown.', Boolean(this.event));
    const picked = this.picked.stateFor(dataset, choice.dated);
    const dated = picked.status === 'ready' ? picked.dated : choice.dated;
    const loading = picked.status === 'loading';
    const layout = this.layoutFor(dated, loading);
    const any = hasFindings(dated.event);
    const isPicked = !!dated.event.sectionFindings || !!dated.event.findings?.some((finding) => finding.kindAssigned);
    const report = isPicked ? reportOf(dataset, dated.event) : undefined;
    return html`
      <div class="header" part="header" tabindex="-1">
        ${renderHeading(headingLevel(this.headingLevel), summariseFindings(dataset, dated, [...layout.groups, ...layout.awaited]), { className: 'summary', id: 'summary', part: 'summary' })}
        ${renderHeading(headingLevel(this.headingLevel, 1), dated.event.title, { className: 'title' })}
        <p class="date">${eventDateLabel(dated)}</p>
        ${
          isPicked
            ? html`<p class="note">${PICKED_NOTE}${report?.url ? html` <a href=${report.url} rel="noopener noreferrer" target="_blank">Read the report<span class="visually-hidden"> (opens in a new tab)</span></a>.` : nothing}</p>`
            : any && missingKindsNote(layout.allTotals)
              ? html`<p class="note">${missingKindsNote(layout.allTotals)}</p>`
              : nothing
        }
      </div>
      ${any ? this.renderFindings(dataset, dated, layout, loading) : this.renderNoFindings(dataset, dated)}
      ${picked.status === 'error' ? renderPickedError(picked.error) : nothing}
      ${renderCoverage(dataset)}
    `;
  }

  /** Why the inspection shown has no findings, and the latest event that has, offered as a button. */
  private renderNoFindings(dataset: OfstedDataset, dated: DatedEvent): TemplateResult {
    const latest = latestEvent(dataset, hasFindings);
    return html`<p class="status">${noFindingsReason(dataset, dated.event)}</p>
      ${
        latest && latest.event !== dated.event
          ? html`<p><button class="button offer" type="button" @click=${() => this.showEvent(latest.event.id)}>Show the findings of the ${EVENT_KIND_LABELS[latest.event.kind].toLowerCase()} of ${eventDateLabel(latest)}</button></p>`
          : nothing
      }`;
  }

  /** The statements the filters show, as `<authority>-breakdown.csv`. */
  private exportCsv({ downloadCsv, exportFilename }: Exporter, dataset: OfstedDataset, layout: BreakdownLayout): void {
    downloadCsv(
      exportFilename(dataset.authority.id, 'breakdown', 'csv'),
      statementCsvRows(dataset, statementRows(layout.bars, layout.list, layout.groups)),
    );
  }

  /**
   * A bar's statements: an open bar's in steps; a closed bar's only when the whole event's statements fit in one
   * step, so a page with a few dozen (every real report) holds them all, hidden, as it always has, and a huge
   * file draws only what is asked for.
   */
  private statementsOf(
    dated: DatedEvent,
    layout: BreakdownLayout,
    bar: Bar,
    open: boolean,
  ): ListSteps<Finding> | undefined {
    const findings = dated.event.findings ?? [];
    if (!open && !fitsOneStep(findings, findingText)) return undefined;
    return this.lists.slice(`statements ${bar.group.key}`, [dated, layout.filters.kind], bar.findings, findingText);
  }

  /**
   * Ofsted's own list: in steps once its disclosure opens; while it is closed only when it fits one step (every real
   * report's does), so a huge file's list is not laid out all at once the moment a reader opens it.
   */
  private ofstedListOf(dated: DatedEvent, layout: BreakdownLayout): ListSteps<Finding> | undefined {
    if (!isServer && !this.listOpen && !fitsOneStep(layout.list, findingText)) return undefined;
    return this.lists.slice('list', [dated, layout.filters.kind, layout.filters.area], layout.list, findingText);
  }

  private readonly onListToggle = (event: Event) => {
    this.listOpen = (event.target as HTMLDetailsElement).open;
  };

  /** The statements the filters show as a table, a step of rows at a time when there are many (see ProgressiveList). */
  private renderTable(
    dataset: OfstedDataset,
    dated: DatedEvent,
    layout: BreakdownLayout,
    caption: string,
  ): TemplateResult {
    const { kind, area } = layout.filters;
    const rows = this.lists.slice(
      'table',
      [dated, kind, area],
      statementRows(layout.bars, layout.list, layout.groups),
      statementRowText,
    );
    return renderDataTable('table', caption, breakdownColumns(dataset), rows);
  }

  /**
   * The key and the bars; while the picked sentences load, a row for each area they will fill and the key's room, with
   * the loading note over the rows' tracks, so their arrival draws into room already taken and moves nothing.
   */
  private renderChart(dataset: OfstedDataset, dated: DatedEvent, layout: BreakdownLayout): TemplateResult {
    const chart = html`${renderLegend(layout)}
      ${renderBreakdownChart(dataset, layout, {
        openKey: this.openKey,
        statements: (bar, open) => this.statementsOf(dated, layout, bar, open),
        onToggle: (bar) => this.toggle(bar),
        onKeydown: this.onKeydown,
      })}`;
    if (!layout.awaited.length) return chart;
    const trackLeft = { '--track-left': `${layout.narrow ? 0 : layout.track.left}px` };
    return html`<div class="awaiting" ${cssProperties(trackLeft)} style=${serverStyle(trackLeft)}>
      <p class="status loading-note" part="loading">${LOADING_PICKED}</p>
      ${chart}
    </div>`;
  }

  private renderFindings(
    dataset: OfstedDataset,
    dated: DatedEvent,
    layout: BreakdownLayout,
    loading: boolean,
  ): TemplateResult {
    const caption = `Findings from ${dated.event.title}, ${eventDateLabel(dated)}`;
    const level = headingLevel(this.headingLevel, 1);
    return html`
      ${renderFilters(layout, this.onKindChange, this.onAreaChange)}
      <p class="shown" role="status">${describeFilters(layout)}</p>
      ${loading && !layout.awaited.length ? html`<p class="visually-hidden" part="loading">${LOADING_PICKED}</p>` : nothing}
      ${
        layout.bars.length || layout.awaited.length || layout.list.length
          ? html`${
              layout.bars.length || layout.awaited.length
                ? html`<p class="status hint">Choose an area to read the statements behind its bar.</p>
                  ${this.renderChart(dataset, dated, layout)}`
                : nothing
            }
            ${
              layout.list.length
                ? html`${renderHeading(level, "What needs to improve: Ofsted's own list", { className: 'list-heading' })}
                  <details class="list-disclosure" part="list-disclosure" @toggle=${this.onListToggle}>
                    <summary class="button">Show the list (${layout.list.length} ${layout.list.length === 1 ? 'item' : 'items'})</summary>
                    ${renderOfstedList(dataset, this.ofstedListOf(dated, layout), layout.groups)}
                  </details>`
                : nothing
            }
            ${renderControls(
              renderTableToggle(this.showTable, 'table', 'findings', () => (this.showTable = !this.showTable)),
              this.noExport
                ? nothing
                : renderExportButtons({ csv: (exporter) => this.exportCsv(exporter, dataset, layout) }, 'findings'),
            )}
            ${this.showTable ? this.renderTable(dataset, dated, layout, caption) : nothing}`
          : html`<p class="no-match">${noMatchText(layout)}</p>`
      }
    `;
  }
}

import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { OfstedDataset } from '../data/types.js';
import { OfstedElement } from '../shared/ofsted-element.js';
import { dataTableStyles, renderDataTable, renderTableToggle } from '../shared/data-table.js';
import { coverageStyles, renderCoverage } from '../shared/coverage.js';
import { errorStyles, renderProblem } from '../shared/error-view.js';
import { exportStyles, renderControls, renderExportButtons, type Exporter } from '../shared/export-buttons.js';
import { chooseEvent } from '../data/queries.js';
import { memoLast } from '../shared/memo-last.js';
import { ProgressiveList } from '../shared/progressive-list.js';
import { ResizeController } from '../shared/resize-controller.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { chartFontSize, themeStyles } from '../shared/theme.styles.js';
import { renderEventChooser } from './event-chooser.js';
import { renderEventDetails } from './event-details.js';
import { placeEventTip, renderEventTip } from './event-tip.js';
import { layoutTimeline, type PlacedEvent, type TimelineLayout } from './layout.js';
import { renderLegend } from './legend.js';
import { listboxKeyAction } from './listbox-keys.js';
import { describeEventCounts, summariseJourney, timelineHeading } from './summary.js';
import { renderTimelineChart } from './timeline-chart.js';
import { timelineColumns, timelineCsvRows, timelineRowText } from './timeline-table.js';
import { timelineStyles } from './timeline.styles.js';

/** What the reader chose: an event in `<ofsted-timeline>`, or a council on `<ofsted-england>`'s map. */
export type OfstedSelectEventDetail =
  | {
      /** The chosen event's id; `undefined` when the reader chose none ("None chosen" in the event chooser). */
      eventId: string | undefined;
      authority?: undefined;
    }
  | {
      /** The chosen council's authority id. */
      authority: string;
      eventId?: undefined;
    };

declare global {
  interface GlobalEventHandlersEventMap {
    'ofsted-select': CustomEvent<OfstedSelectEventDetail>;
  }
}

/**
 * A local authority's Ofsted children's-services journey along time: graded inspections on the grade scale,
 * joined to show the journey, with monitoring visits, focused visits, milestones and inspections that gave no overall
 * grade in lanes below, under an edge and a name that say so. A click on a point or its grade label chooses its event.
 * Each event is an option in a listbox: Tab reaches the chart, arrow keys, Home and End move through the
 * events, Enter or Space chooses the focused one. Hovering an event shows a short note by it, over the chart, so the page
 * never moves; choosing one shows its details in the panel below. A summary sentence and a table tell the same story.
 *
 * @summary Ofsted inspections, visits and milestones along time.
 * @tagname ofsted-timeline
 *
 * @attr event - Id of the selected event; set by the user choosing an event, and reflected.
 * @attr no-export - Hides the Download disclosure, which downloads the chart (SVG, PNG) and the table (CSV).
 * @attr heading-level - Level of the element's heading, 1 to 6; the event's title in the details is one level below. Default `2`.
 *
 * @prop {number | undefined} layoutWidth - The width in CSS pixels to lay the chart out at until the element can measure its own: for server rendering (`ofsted-widgets render --width`), where nothing can be measured. In a browser the measured width wins. Default `640`.
 *
 * @fires {CustomEvent} ofsted-select - The user chose an event. `detail: { eventId }`; `eventId` is `undefined` when the user chose none ("None chosen" in the event chooser), so `element.event = detail.eventId` follows the choice either way.
 *
 * @csspart heading - The element's heading, a few words naming the chart.
 * @csspart summary - The summary sentence, under the heading: the grades in order.
 * @csspart chart - The SVG chart.
 * @csspart legend - The key to marker shapes.
 * @csspart details - The panel describing the chosen event.
 * @csspart tip - The short note shown by the event under the pointer.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table alternative's scrolling wrapper.
 * @csspart controls - The row under the chart holding the table toggle and the Download disclosure.
 * @csspart export - The "Download" disclosure (a `<details>`) and the buttons inside it (chart as SVG or PNG, table as CSV).
 *
 * @cssprop --ofsted-band-colour - Shading of alternate grade bands. Default `#f3f2f1`; `#2b2e30` under a dark `theme`.
 * @cssprop --ofsted-grade-outstanding-colour - Outstanding. Default `#12436d`; `#6ba3d6` under a dark `theme`.
 * @cssprop --ofsted-grade-good-colour - Good. Default `#1e8a80`; `#28a197` under a dark `theme`.
 * @cssprop --ofsted-grade-requires-improvement-colour - Requires improvement to be good. Default `#d6541a`; `#f46a25` under a dark `theme`.
 * @cssprop --ofsted-grade-inadequate-colour - Inadequate. Default `#801650`; `#e07bb0` under a dark `theme`.
 */
export class OfstedTimeline extends OfstedElement {
  static override styles = [themeStyles, errorStyles, dataTableStyles, exportStyles, coverageStyles, timelineStyles];

  static override properties = {
    event: { reflect: true },
    hoveredId: { state: true },
  };

  /** The event under the pointer: internal state, not public API. */
  declare private hoveredId: string | undefined;

  /** Read before the first measurement (see the JSDoc above); not reactive. */
  layoutWidth: number | undefined = undefined;

  private readonly size = new ResizeController(this, () => this.layoutWidth);
  private readonly lists = new ProgressiveList(this);
  private readonly layoutOnce = memoLast((dataset: OfstedDataset, width: number, fontSize: number) =>
    layoutTimeline(dataset, { width, fontSize }),
  );

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    placeEventTip(this.renderRoot);
  }

  /** An `event` id that names no event still shows the chart, with a message saying so. */
  protected override eventProblem(): string | undefined {
    const dataset = this.loader.dataset;
    if (!dataset || !this.event) return undefined;
    const choice = chooseEvent(dataset, this.event, () => false, 'event');
    return choice.ok ? undefined : choice.message;
  }

  /** The layout for the current data, width and text size, recomputed only when one changes. */
  private get layout(): TimelineLayout | undefined {
    const dataset = this.loader.dataset;
    return dataset && this.layoutOnce(dataset, this.size.width, chartFontSize(this.size.fontSize));
  }

  /** Chooses an event, or none ("None chosen" in the chooser), and tells the page (`eventId: undefined` for none). */
  private select(placed: PlacedEvent | undefined): void {
    const id = placed?.event.id;
    if ((this.event || undefined) === id) return;
    this.event = id;
    this.emit('ofsted-select', { eventId: id });
  }

  /** Hovering shows the event's tip; Escape hides it wherever the focus is (WCAG 1.4.13: dismissible). */
  private hover(placed: PlacedEvent | undefined): void {
    this.hoveredId = placed?.event.id;
    if (placed) document.addEventListener('keydown', this.onDocumentKeydown);
    else document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  private readonly onDocumentKeydown = (keyboardEvent: KeyboardEvent) => {
    if (keyboardEvent.key === 'Escape') this.hover(undefined);
  };

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onDocumentKeydown);
  }

  private readonly onKeydown = async (keyboardEvent: KeyboardEvent) => {
    const events = this.layout?.events ?? [];
    const focusedId = (keyboardEvent.target as Element).getAttribute('data-event-id');
    const current = events.findIndex((placed) => placed.event.id === focusedId);
    const key = listboxKeyAction(keyboardEvent.key, current, events.length);
    if (key.action === 'none') return;
    if (key.action === 'dismiss') return this.hover(undefined);
    keyboardEvent.preventDefault();
    const target = events[key.action === 'choose' ? current : key.index]!;
    this.select(target);
    if (key.action === 'choose') return;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`[data-event-id="${CSS.escape(target.event.id)}"]`)?.focus();
  };

  /** The chart is redrawn only when its layout or the chosen event changes: hovering and the table's steps leave it be. */
  protected override render(): TemplateResult {
    return html`<div class="frame">${this.loader.render({ ready: (dataset) => this.renderTimeline(dataset, this.layout!) })}</div>`;
  }

  private renderTimeline(dataset: OfstedDataset, layout: TimelineLayout): TemplateResult {
    const selected = layout.events.find((p) => p.event.id === this.event);
    const focusId = selected ? selected.event.id : layout.events[0]?.event.id;
    const hovered =
      this.hoveredId === this.event ? undefined : layout.events.find((p) => p.event.id === this.hoveredId);
    const chartName = `Timeline of Ofsted inspections, visits and milestones for ${dataset.authority.name}`;
    const problem = this.eventProblem();
    return html`
      ${problem ? renderProblem(problem, 'The timeline shows every event, with none chosen.') : nothing}
      ${renderHeading(headingLevel(this.headingLevel), timelineHeading(dataset), { className: 'element-heading', part: 'heading' })}
      <p class="lede" part="summary">${summariseJourney(dataset)}</p>
      <p class="subtitle">${describeEventCounts(dataset)}</p>
      <div class="plot"><svg part="chart" class="chart" role="group" aria-label=${chartName}
        viewBox="0 0 ${layout.width} ${layout.height}" width=${layout.width} height=${layout.height}>
        ${guard([layout, focusId, this.event], () =>
          renderTimelineChart(layout, {
            focusId,
            selectedId: this.event,
            onSelect: (placed) => this.select(placed),
            onHover: (placed) => this.hover(placed),
            onKeydown: this.onKeydown,
          }),
        )}
      </svg>${hovered ? renderEventTip(hovered, layout, () => this.hover(undefined)) : nothing}</div>
      ${renderLegend(layout)}
      ${renderCoverage(dataset)}
      ${layout.crowded ? renderEventChooser(layout.events, this.event, (placed) => this.select(placed)) : nothing}
      <div class="details" part="details">
        ${selected ? renderEventDetails(dataset, selected, headingLevel(this.headingLevel, 1)) : html`<p class="status">Choose an event on the chart to see its details.</p>`}
      </div>
      ${renderControls(
        renderTableToggle(this.showTable, 'table', 'events', () => (this.showTable = !this.showTable)),
        this.noExport ? nothing : this.renderExport(dataset, layout),
      )}
      ${this.showTable ? this.renderTable(dataset, layout) : nothing}
    `;
  }

  /** The table alternative, a step of rows at a time when there are many (see ProgressiveList). */
  private renderTable(dataset: OfstedDataset, layout: TimelineLayout): TemplateResult {
    const rows = this.lists.slice('table', [dataset], layout.events, timelineRowText(dataset));
    return renderDataTable('table', `Ofsted events for ${dataset.authority.name}`, timelineColumns(dataset), rows);
  }

  /** Downloads of the chart as drawn (SVG, PNG) and of the table's data (CSV), named `<authority>-timeline.<ext>`. */
  private renderExport(dataset: OfstedDataset, layout: TimelineLayout): TemplateResult {
    const chart = () => this.renderRoot.querySelector<SVGSVGElement>('svg[part="chart"]')!;
    const file = ({ exportFilename }: Exporter, extension: string) =>
      exportFilename(dataset.authority.id, 'timeline', extension);
    return renderExportButtons(
      {
        svg: (exporter) => exporter.downloadSvg(file(exporter, 'svg'), chart()),
        png: (exporter) => exporter.downloadPng(file(exporter, 'png'), chart(), layout.width, layout.height),
        csv: (exporter) => exporter.downloadCsv(file(exporter, 'csv'), timelineCsvRows(dataset, layout.events)),
      },
      'events',
    );
  }
}

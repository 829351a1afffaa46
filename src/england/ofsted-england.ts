import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { formatIsoDate } from '../data/dates.js';
import { authoritySlug } from '../data/find-authority.js';
import { dataTableStyles, renderDataTable, renderTableToggle } from '../shared/data-table.js';
import { errorStyles, renderDatasetError } from '../shared/error-view.js';
import { exportStyles, renderControls, renderExportButtons } from '../shared/export-buttons.js';
import { headingLevel, renderHeading } from '../shared/heading.js';
import { memoLast } from '../shared/memo-last.js';
import { OfstedElement } from '../shared/ofsted-element.js';
import { themeStyles } from '../shared/theme.styles.js';
import { englandStyles } from './england.styles.js';
import {
  csvRows,
  renderBar,
  renderMap,
  renderNeighbours,
  renderSeries,
  renderSwatch,
  tableColumns,
  type TableRow,
} from './england-view.js';
import { directionOf, hexMapLayout, nearestInDirection, typeAhead, type HexMapLayout } from './layout.js';
import { NationalController } from './national-controller.js';
import { JUDGEMENT_NAMES, JUDGEMENTS, type Council, type England, type JudgementId } from './national-data.js';
import { BAR_KEYS, countByKey, keyOf, standingAt } from './standing.js';
import { hexName, keyWords, standingSentence } from './words.js';

/** Each national file's hexagons, laid out once a page. */
const layouts = new WeakMap<England, HexMapLayout>();
const TYPE_AHEAD_PAUSE_MS = 1000;

/**
 * Where a council stands among England's 153 children's-services authorities: a hex map of every council's latest
 * Ofsted grade, the counts for England and the council's region in a stacked bar each with a sentence, the council's
 * ten statistical neighbours, and the share of councils at each grade at every 31 March since 2014.
 * The map is one tab stop: arrow keys move to the nearest hexagon that way, typing a name jumps to it, Enter or
 * Space (or a click) chooses one, which highlights it and fires `ofsted-select`.
 *
 * @summary England's 153 councils' latest Ofsted grades on a hex map, with a council's region and neighbours.
 * @tagname ofsted-england
 *
 * @attr authority - The council to highlight: an id, name or ONS code. With none, the map highlights no council.
 * @attr src - URL of a council's dataset file (the Ofsted dataset schema): highlights its council; wins over `authority`.
 * @attr judgement - The judgement the map colours by: `overall-effectiveness` (the default), `leadership`, `help-and-protection`, `children-in-care` or `care-leavers`.
 * @attr as-of - A date (YYYY-MM-DD): grades as they stood that day (reports published by then). Default: the latest in the data.
 * @attr show-table - Shows the table of all 153 councils open from the start.
 * @attr no-export - Hides the Download disclosure, which downloads the table as CSV.
 * @attr heading-level - Level of the element's heading, 1 to 6; its sections' headings are one level below. Default `2`.
 * @attr theme - Colour scheme: `light` (the default), `dark`, or `system` to follow the visitor's `prefers-color-scheme`.
 *
 * @prop {OfstedDataset | undefined} data - A council's dataset object: highlights its council; wins over `src` and `authority`.
 * @prop {unknown} nationalData - A national file's content (the format of `data/national/england.json`) instead of the package's own; checked like the file.
 *
 * @fires ofsted-data - The highlighted council's dataset loaded. `detail: { dataset, origin }`.
 * @fires ofsted-error - The national data or the council's could not be loaded or is invalid, or `judgement` or `as-of` is not one the element knows. `detail: { message, kind, url?, authority?, status?, issues }`.
 * @fires ofsted-select - The reader chose a council on the map. `detail: { authority }`, its id.
 *
 * @csspart map - The hex map (an SVG listbox).
 * @csspart neighbours - The ranked list of statistical neighbours.
 * @csspart table-toggle - The button that shows or hides the table.
 * @csspart table - The table alternative's scrolling wrapper.
 * @csspart controls - The row holding the table toggle and the Download disclosure.
 * @csspart export - The "Download" disclosure and its button (the table as CSV).
 * @csspart error - The message shown when the data cannot be used.
 * @csspart loading - The note shown while the data loads.
 *
 * @cssprop --ofsted-font-family - Font; inherits the page's by default.
 * @cssprop --ofsted-text-colour - Text colour. Default `#0b0c0c`; `#f3f2f1` under a dark `theme`.
 * @cssprop --ofsted-secondary-text-colour - Secondary text. Default `#505a5f`; `#b1b4b6` under a dark `theme`.
 * @cssprop --ofsted-background-colour - Background. Default `#ffffff`; `#1b1d1e` under a dark `theme`.
 * @cssprop --ofsted-border-colour - Lines and borders. Default `#b1b4b6`; `#6f777b` under a dark `theme`.
 * @cssprop --ofsted-focus-colour - Focus highlight. Default `#ffdd00`.
 * @cssprop --ofsted-link-colour - Links. Default `#1d70b8`; `#8eb8dc` under a dark `theme`.
 * @cssprop --ofsted-grade-outstanding-colour - Outstanding. Default `#12436d`; `#6ba3d6` under a dark `theme`.
 * @cssprop --ofsted-grade-good-colour - Good. Default `#1e8a80`; `#28a197` under a dark `theme`.
 * @cssprop --ofsted-grade-requires-improvement-colour - Requires improvement to be good. Default `#d6541a`; `#f46a25` under a dark `theme`.
 * @cssprop --ofsted-grade-inadequate-colour - Inadequate. Default `#801650`; `#e07bb0` under a dark `theme`.
 * @cssprop --ofsted-space - Base spacing unit. Default `0.5rem`.
 */
export class OfstedEngland extends OfstedElement {
  static override styles = [themeStyles, errorStyles, dataTableStyles, exportStyles, englandStyles];

  static override properties = {
    judgement: {},
    asOf: { attribute: 'as-of' },
    nationalData: { attribute: false },
    hovered: { state: true },
    active: { state: true },
    chosen: { state: true },
  };

  declare judgement: string | undefined;
  declare asOf: string | undefined;
  declare nationalData: unknown;
  declare private hovered: number;
  declare private active: number;
  declare private chosen: string | undefined;

  private readonly national = new NationalController(this);
  /** The attribute problem last reported, so a re-render of the same one stays quiet. */
  private reportedProblem?: string;
  private focusPending = false;
  private typed = '';
  private typedAt = -Infinity;

  constructor() {
    super();
    this.hovered = -1;
    this.active = -1;
  }

  /** The judgement shown: the attribute's when it is one the map knows, else overall effectiveness. */
  get shownJudgement(): JudgementId {
    return (JUDGEMENTS as readonly string[]).includes(this.judgement ?? '')
      ? (this.judgement as JudgementId)
      : 'overall-effectiveness';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) this.national.hostUpdate(); // @lit-labs/ssr runs no controller's hostUpdate
    if (changed.has('authority') && this.authority !== this.chosen) this.chosen = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const badJudgement =
      this.judgement && this.shownJudgement !== this.judgement
        ? `judgement="${this.judgement}" is not one of ${JUDGEMENTS.join(', ')}; the map shows overall effectiveness.`
        : undefined;
    const badDate =
      this.asOf && !this.validAsOf()
        ? `as-of="${this.asOf}" is not a date (YYYY-MM-DD); the map shows the latest grades.`
        : undefined;
    const problem = badJudgement ?? badDate;
    if (problem !== this.reportedProblem && (this.reportedProblem = problem)) {
      console.error(`<${this.localName}>: ${problem}`);
      void this.updateComplete.then(() => this.emit('ofsted-error', { message: problem, kind: 'invalid', issues: [] }));
    }
    if (this.focusPending) {
      this.focusPending = false;
      (this.renderRoot.querySelector('.map')?.children[this.active] as SVGElement | undefined)?.focus();
    }
  }

  private validAsOf(): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.asOf ?? '') && !Number.isNaN(Date.parse(this.asOf!));
  }

  protected override render(): TemplateResult {
    const national = this.national;
    if (national.status === 'error') return renderDatasetError(national.error!);
    if (national.status === 'loading' || !national.england)
      return html`<p class="status" role="status" part="loading">Loading Ofsted data…</p>`;
    const councilError =
      this.loader.status === 'error' && this.loader.error ? renderDatasetError(this.loader.error) : nothing;
    return html`${councilError}${this.renderEngland(national.england)}`;
  }

  /** The standings for one national file, judgement and day, and England's counts: computed when one changes. */
  private readonly standingsOnce = memoLast((england: England, judgement: JudgementId, asOf: string) => {
    const standings = england.councils.map((council) => standingAt(council, judgement, asOf));
    return { standings, englandCounts: countByKey(standings) };
  });

  /**
   * The council to highlight: the one chosen on the map, else the one `authority` names by id or name (found in the
   * national file, so the map draws it at once), else the loaded dataset's (`data`, `src`, or another spelling).
   */
  private highlightedIndex(councils: readonly Council[]): number {
    const named = this.chosen ?? (this.data || this.src ? '' : authoritySlug(this.authority ?? ''));
    const found = councils.findIndex((council) => council.id === named || authoritySlug(council.name) === named);
    if (found >= 0 || this.loader.status !== 'ready') return found;
    return councils.findIndex((council) => council.id === this.loader.dataset?.authority.id);
  }

  private renderEngland(england: England): TemplateResult {
    const { councils } = england;
    const judgement = this.shownJudgement;
    const asOf = this.asOf && this.validAsOf() ? this.asOf : england.dataUpTo;
    const { standings, englandCounts } = this.standingsOnce(england, judgement, asOf);
    const highlighted = this.highlightedIndex(councils);
    const council = councils[highlighted];
    let layout = layouts.get(england);
    if (!layout) layouts.set(england, (layout = hexMapLayout(councils)));
    const level = headingLevel(this.headingLevel);
    const judgementName = JUDGEMENT_NAMES[judgement];
    const regionCount = council ? countByKey(standings.filter((_, i) => councils[i]!.region === council.region)) : [];
    const active = this.active >= 0 && this.active < councils.length ? this.active : Math.max(0, highlighted);
    const noted = this.hovered >= 0 ? this.hovered : this.active;
    const dated =
      asOf === england.dataUpTo
        ? `latest reports to ${formatIsoDate(asOf)}`
        : `as they stood on ${formatIsoDate(asOf)}`;
    const rows: TableRow[] = councils.map((c, i) => ({
      council: c,
      standing: standings[i]!,
      neighbourRank: council ? council.neighbours.indexOf(i) + 1 || undefined : undefined,
    }));
    const columns = tableColumns(council?.name);
    return html`
      ${renderHeading(level, council ? `${council.name} among England’s ${councils.length} councils` : `England’s ${councils.length} councils`)}
      <p class="intro">Latest ${judgementName} grade of each council with children’s services, ${dated}. One hexagon per council.</p>
      <div class="layout">
        <div class="map-area">
          ${renderMap(
            {
              layout,
              councils,
              standings,
              highlighted,
              active,
              label: `Map of England’s councils by latest ${judgementName} grade`,
            },
            {
              keydown: (event) => this.onKeydown(event, layout!, councils),
              choose: (i) => this.choose(councils[i]!),
              hover: (i) => (this.hovered = i),
              focus: (i) => (this.active = i),
            },
          )}
          <p class="hex-note">${noted >= 0 ? hexName(councils[noted]!, standings[noted]!) : 'Hover over or tab to a hexagon to name its council; choose one to compare it.'}</p>
        </div>
        <div class="panel">
          ${council ? html`<p class="sentence">${standingSentence(council, standings[highlighted]!, judgement, englandCounts, regionCount, BAR_KEYS.indexOf(keyOf(standings[highlighted]!)))}</p>` : nothing}
          ${renderBar('England', englandCounts, judgement)}
          ${council ? renderBar(council.region, regionCount, judgement) : nothing}
        </div>
      </div>
      ${
        council
          ? html`${renderHeading(Math.min(6, level + 1), `${council.name}’s statistical neighbours`)}
        <p class="note">The ten councils most like ${council.name}, nearest first (Department for Education’s statistical neighbours, 2025 model), with their latest ${judgementName} grade.</p>
        <div class="scale-key" aria-hidden="true"><span></span><span></span><span class="scale">${BAR_KEYS.map((key) => html`<span class="cell" title=${keyWords(key, judgement)}>${renderSwatch(key)}</span>`)}</span></div>
        ${renderNeighbours(council, councils, (c) => standings[councils.indexOf(c)]!)}`
          : nothing
      }
      ${renderHeading(Math.min(6, level + 1), 'How England has moved')}
      <p class="note">Share of councils at each latest overall effectiveness grade on 31 March, ${england.series[0]?.[0]} to ${england.series.at(-1)?.[0]}${council ? `, with ${council.name}’s grade as a line` : ''}. Counted as Ofsted’s statistics count: inspections begun by 31 March with a report published by 30 June. ${this.seriesSentence(england)}</p>
      ${renderSeries(england, council ? england.series.map(([year]) => keyOf(standingAt(council, 'overall-effectiveness', `${year}-03-31`))) : undefined, council?.name)}
      ${renderControls(
        renderTableToggle(this.showTable, 'table', 'all councils', () => (this.showTable = !this.showTable)),
        this.noExport
          ? nothing
          : renderExportButtons(
              { csv: ({ downloadCsv }) => downloadCsv(`england-${judgement}.csv`, csvRows(columns, rows)) },
              'all councils',
            ),
      )}
      ${this.showTable ? renderDataTable('table', `Latest ${judgementName} grade of each council, ${dated}`, columns, rows) : nothing}
      ${renderHeading(Math.min(6, level + 1), 'Sources')}
      <p class="note">Official statistics to ${formatIsoDate(england.statisticsUpTo)}; later inspections from a scrape of Ofsted’s website, reports to ${formatIsoDate(england.dataUpTo)}.</p>
      <ul class="sources">${england.sources.map((source) => html`<li><a href=${source.url ?? nothing} rel="noopener noreferrer" target="_blank">${source.title}<span class="visually-hidden"> (opens in a new tab)</span></a> (${[source.publisher, source.date && formatIsoDate(source.date)].filter(Boolean).join(', ')})${source.note ? html`. ${source.note}` : nothing}</li>`)}</ul>`;
  }

  /** The latest 31 March's counts in words, so the chart's figures are read as well as seen. */
  private seriesSentence(england: England): string {
    const [first, last] = [england.series[0], england.series.at(-1)];
    if (!first || !last) return '';
    const say = (row: number[]) =>
      `${row[1]} Outstanding, ${row[2]} Good, ${row[3]} Requires improvement to be good, ${row[4]} Inadequate, ${row[5]! + row[6]!} without an overall grade`;
    return `On 31 March ${first[0]}: ${say(first)}. On 31 March ${last[0]}: ${say(last)}.`;
  }

  private choose(council: Council): void {
    this.chosen = council.id;
    this.authority = council.id;
    this.emit('ofsted-select', { authority: council.id });
  }

  private onKeydown(event: KeyboardEvent, layout: HexMapLayout, councils: readonly Council[]): void {
    const from = Math.max(0, this.active);
    const direction = directionOf(event.key);
    let to = -1;
    if (direction) to = nearestInDirection(layout.hexes, from, direction);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.choose(councils[from]!);
      return;
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      this.typed = event.timeStamp - this.typedAt > TYPE_AHEAD_PAUSE_MS ? event.key : this.typed + event.key;
      this.typedAt = event.timeStamp;
      to = typeAhead(
        councils.map((council) => council.name),
        from,
        this.typed,
      );
    } else return;
    event.preventDefault();
    if (to < 0) return;
    this.active = to;
    this.hovered = -1;
    this.focusPending = true;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'ofsted-england': OfstedEngland;
  }
}

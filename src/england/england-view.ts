import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatIsoDate } from '../data/dates.js';
import type { TableColumn } from '../shared/data-table.js';
import { barSegments, markPath, seriesColumns, seriesLine, type HexMapLayout, type PlacedHex } from './layout.js';
import type { Council, England, JudgementId } from './national-data.js';
import { BAR_KEYS, keyOf, type BarKey, type Standing } from './standing.js';
import { hexName, inspectionWords, keyWords, standingWords } from './words.js';

export interface MapState {
  layout: HexMapLayout;
  councils: readonly Council[];
  standings: readonly Standing[];
  highlighted: number;
  active: number;
  label: string;
}

/** The map: one listbox of 153 hexagons, one tab stop; each option names the council, its grade and date. */
export function renderMap(
  state: MapState,
  handlers: {
    keydown: (e: KeyboardEvent) => void;
    choose: (i: number) => void;
    hover: (i: number) => void;
    focus: (i: number) => void;
  },
): TemplateResult {
  const { layout, councils, standings, highlighted, active } = state;
  // One element of each kind per hexagon and no nested template: 153 of them are the map's whole cost.
  const hex = (placed: PlacedHex, i: number) => {
    const key = keyOf(standings[i]!);
    return svg`<g role="option" class=${`hex key-${key}`} tabindex=${i === active ? 0 : -1}
      aria-selected=${i === highlighted ? 'true' : 'false'} aria-label=${hexName(councils[i]!, standings[i]!)}><polygon points=${placed.points}></polygon><path class="mark" d=${markPath(key, placed.x, placed.y)}></path></g>`;
  };
  // One listener of each kind on the map, not one per hexagon: the hexagon is the one the event came from, its
  // council's index its place among the map's children.
  const indexOf = (event: Event) => {
    const hex = (event.target as Element).closest?.('.hex');
    return hex ? [...hex.parentNode!.children].indexOf(hex) : -1;
  };
  const on = (handler: (i: number) => void) => (event: Event) => {
    const i = indexOf(event);
    if (i >= 0) handler(i);
  };
  // The hexagons keep their order, so a new highlight changes two of them; its outline is drawn last, on top.
  const ring = layout.hexes[highlighted];
  return html`<svg class="map" part="map" viewBox="-2 -2 ${layout.width + 4} ${layout.height + 4}" role="listbox" aria-label=${state.label}
    @keydown=${handlers.keydown} @click=${on(handlers.choose)} @pointerover=${on(handlers.hover)} @focusin=${on(handlers.focus)}
    @pointerleave=${() => handlers.hover(-1)}>${layout.hexes.map(hex)}${ring ? svg`<polygon class="ring" aria-hidden="true" points=${ring.points}></polygon>` : nothing}</svg>`;
}

/** A key swatch: the hexagon's colour and mark. */
export const renderSwatch = (key: BarKey): TemplateResult =>
  html`<svg class="swatch key-${key}" viewBox="-11 -11 22 22" aria-hidden="true"><polygon points="0,-10 8.7,-5 8.7,5 0,10 -8.7,5 -8.7,-5"></polygon><path class="mark" d=${markPath(key, 0, 0)}></path></svg>`;

/** One stacked bar of counts with its key in words beside the counts. */
export function renderBar(label: string, counts: number[], judgement: JudgementId): TemplateResult {
  const segments = barSegments(BAR_KEYS, counts);
  return html`<figure class="bar-figure">
    <figcaption>${label}</figcaption>
    <div class="bar" aria-hidden="true">${segments.map((segment) => html`<span class="segment key-${segment.key}" style="flex-grow:${segment.count}"></span>`)}</div>
    <ul class="bar-key">${segments.map((segment) => html`<li>${renderSwatch(segment.key)}<span>${keyWords(segment.key, judgement)}: <strong>${segment.count}</strong></span></li>`)}</ul>
  </figure>`;
}

/** The council and its ten neighbours, nearest first, each with its swatch in its grade's column of the scale, its grade and date. */
export function renderNeighbours(
  council: Council,
  councils: readonly Council[],
  standingOf: (c: Council) => Standing,
): TemplateResult {
  const row = (c: Council, rank: string, own = false) => {
    const standing = standingOf(c);
    const key = keyOf(standing);
    return html`<li class=${own ? 'own' : nothing}>
      <span class="rank">${rank}</span>
      <span class="who"><span class="name">${c.name}</span><span class="detail">${standingWords(standing)}${standing.inspection ? `, ${inspectionWords(standing)}` : ''}</span></span>
      <span class="scale" aria-hidden="true">${renderSwatch(key)}</span>
    </li>`;
  };
  return html`<ol class="neighbours" part="neighbours">
    ${row(council, '', true)}${council.neighbours.map((i, n) => row(councils[i]!, String(n + 1)))}
  </ol>`;
}

/** Each 31 March's shares of latest overall grades as a stacked column, with the council's grade as a line over them. */
export function renderSeries(
  england: England,
  councilKeys: (string | undefined)[] | undefined,
  councilName: string | undefined,
): TemplateResult {
  const columns = seriesColumns(england.series);
  const points = councilKeys ? seriesLine(columns, councilKeys) : [];
  const path = points.map((p, i) => (p ? `${points[i - 1] ? 'L' : 'M'}${p.x},${p.y}` : '')).join('');
  return html`<div class="series" aria-hidden="true">
      <div class="columns">
        ${columns.map((column) => html`<div class="column">${column.segments.map((s) => html`<span class="segment key-${s.key}" style="height:${s.share}%"></span>`)}</div>`)}
        ${path ? html`<svg class="line" viewBox="0 0 100 100" preserveAspectRatio="none"><path d=${path}></path></svg>` : nothing}
        ${points.map((p) => (p ? html`<span class="point" style="left:${p.x}%;top:${p.y}%"></span>` : nothing))}
      </div>
      <div class="years">${columns.map((column, i) => html`<span>${i % 2 === 0 ? column.year : ''}</span>`)}</div>
    </div>
    ${councilName ? html`<p class="line-key"><span class="line-swatch"></span>${councilName}’s grade at each 31 March</p>` : nothing}`;
}

export interface TableRow {
  council: Council;
  standing: Standing;
  neighbourRank?: number;
}

/** The table alternative's columns, which the CSV repeats. */
export function tableColumns(highlightedName: string | undefined): TableColumn<TableRow>[] {
  const columns: TableColumn<TableRow>[] = [
    { header: 'Council', cell: (row) => row.council.name, rowHeader: true },
    { header: 'Region', cell: (row) => row.council.region },
    { header: 'Latest grade', cell: (row) => standingWords(row.standing) },
    { header: 'Inspection', cell: (row) => inspectionWords(row.standing), narrow: true },
    {
      header: 'Report published',
      cell: (row) => (row.standing.inspection ? formatIsoDate(row.standing.inspection.published) : ''),
      narrow: true,
    },
    { header: 'Source', cell: (row) => row.standing.inspection?.source.title ?? '' },
  ];
  if (highlightedName)
    columns.push({
      header: `Statistical neighbour of ${highlightedName} (rank)`,
      cell: (row) => (row.neighbourRank ? String(row.neighbourRank) : ''),
      narrow: true,
    });
  return columns;
}

export function csvRows(columns: TableColumn<TableRow>[], rows: TableRow[]): string[][] {
  return [
    columns.map((column) => column.header),
    ...rows.map((row) => columns.map((column) => String(column.cell(row)))),
  ];
}

import { utcYear } from 'd3-time';
import { GRADES } from '../data/grades.js';
import { eventsInTimeOrder, overallGrade } from '../data/queries.js';
import type { EventKind, GradeId, OfstedDataset, OfstedEvent } from '../data/types.js';
import { formatYear, type DateSpan } from '../data/dates.js';
import { captionRow, placeBandCaption, type BandCaption } from './band-captions.js';
import { placePointLabel, textMetrics, textWidth, type Box, type PlacedLabel, type TextMetrics } from './label-placement.js';

export type MarkerShape = 'circle' | 'diamond' | 'square' | 'triangle';

/** One event placed on the chart. Graded inspections sit in their grade's band; the rest in the lanes below. */
export interface PlacedEvent {
  event: OfstedEvent;
  span: DateSpan;
  /** Position in left-to-right order (time order by each span's middle), for keyboard movement. */
  index: number;
  x: number;
  y: number;
  shape: MarkerShape;
  /** Overall grade for events on the grade scale. */
  grade?: GradeId;
  /** Text drawn beside a graded point, and where. */
  label?: PlacedLabel;
}

export interface GradeBand {
  grade: GradeId;
  label: string;
  y: number;
  height: number;
  /** Where the label is drawn: in the caption row at the band's top, clear of points and, where it can be, the line. */
  caption: BandCaption;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  bands: GradeBand[];
  /** Top of the lanes of ungraded events, and each lane row's height. */
  lanes: { top: number; rows: number; rowHeight: number };
  /** Year ticks; the labels at the plot's ends are anchored inward so they stay inside the chart. */
  ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  axisY: number;
  /** Baseline of the year labels under the axis. */
  tickLabelY: number;
  /** The text sizes the layout assumed (the chart's font size in px): the drawing sets the same. */
  text: TextMetrics;
  events: PlacedEvent[];
  /** SVG path through the graded points in time order; empty with fewer than two. */
  journeyPath: string;
  /**
   * True when two events' pointer targets (TARGET_SIZE circles) meet: too many events too close for the lanes to
   * spread. The element then offers another way to choose an event (WCAG 2.5.8's equivalent-control exception).
   */
  crowded: boolean;
}

const MARGIN = { right: 12, left: 12 };
/** Below a band's caption row, room for a point and its 24px target. */
const POINT_ROOM = 26;
const LANE_GAP = 12;
/** Diameter of each event's pointer target, the circle the chart draws as its hit area (WCAG 2.5.8: 24px). */
export const TARGET_SIZE = 24;
/** Lane rows and neighbours in a row are a whole target apart, so no two targets meet. */
const ROW_HEIGHT = TARGET_SIZE;
const MARKER_SPACING = TARGET_SIZE;
const MAX_ROWS = 6;
/** Keeps markers at the ends of the time range inside the shaded bands. */
const INSET = 10;
/** Below this plot width, in ems of the chart's text, bands carry Ofsted's short grade labels. */
const NARROW_EMS = 40;

export const MARKER_SHAPES: Record<EventKind, MarkerShape> = {
  inspection: 'square',
  'monitoring-visit': 'circle',
  'focused-visit': 'triangle',
  'joint-targeted-area-inspection': 'square',
  milestone: 'diamond',
};

/**
 * layoutTimeline(dataset, {width, fontSize}): positions for every event, the grade bands, year ticks and the journey
 * line, with room for text of `fontSize` px (the chart's, which follows the page's text size). Pure: numbers in, numbers out.
 */
export function layoutTimeline(dataset: OfstedDataset, { width, fontSize }: { width: number; fontSize?: number }): TimelineLayout {
  const text = textMetrics(fontSize);
  // Ordered by where each event is drawn (the middle of its span), so keyboard order, the journey line and the
  // lanes all run left to right. Time order (by start) differs when spans of different lengths overlap: "2019"
  // starts before "March 2019" but sits to its right. The sort is stable, so ties keep time order.
  const dated = eventsInTimeOrder(dataset).sort((a, b) => a.span.midTime - b.span.midTime);
  const left = MARGIN.left;
  const right = Math.max(left + 1, width - MARGIN.right);
  // Room above the top band for a label above an Outstanding point.
  const bandsTop = Math.ceil(text.ascent + text.descent + 6);
  const caption = captionRow(text);
  const bandHeight = caption + POINT_ROOM;

  const narrow = right - left < NARROW_EMS * text.fontSize;
  const bandY = (i: number) => bandsTop + i * bandHeight;
  // Points sit below their band's caption row, in the middle of the rest of the band.
  const pointY = (grade: GradeId) => bandY(GRADES.findIndex((g) => g.id === grade)) + caption + POINT_ROOM / 2;

  const [domainStart, domainEnd] = yearDomain(dated.map((item) => item.span));
  const x = linearScale([domainStart, domainEnd], [left + INSET, right - INSET]);

  const lanesTop = bandsTop + bandHeight * GRADES.length + LANE_GAP;
  const rowEnds: number[] = [];
  const events: PlacedEvent[] = dated.map(({ event, span }, index) => {
    const cx = x(span.midTime);
    const grade = overallGrade(event);
    if (grade) return { event, span, index, x: cx, y: pointY(grade), shape: 'circle', grade };
    const row = laneRow(rowEnds, cx);
    return { event, span, index, x: cx, y: lanesTop + row * ROW_HEIGHT + ROW_HEIGHT / 2, shape: MARKER_SHAPES[event.kind] };
  });
  const graded = events.filter((placed) => placed.grade);
  const path = graded.map((p): [number, number] => [p.x, p.y]);

  // Captions first, clear of the line where they can be; then point labels, clear of captions and of each other.
  const bands: GradeBand[] = GRADES.map((grade, i) => {
    const label = narrow ? grade.shortLabel : grade.label;
    return { grade: grade.id, label, y: bandY(i), height: bandHeight, caption: placeBandCaption(label, bandY(i), { left, right }, path, text) };
  });
  const takenBoxes: Box[] = bands.map((band) => band.caption.knockout);
  for (const placed of graded) {
    const label = GRADES.find((g) => g.id === placed.grade)!.shortLabel;
    placed.label = placePointLabel(label, placed.x, placed.y, { left, right }, takenBoxes, text);
  }

  const rows = Math.max(1, rowEnds.length);
  const axisY = lanesTop + rows * ROW_HEIGHT + 4;
  // Year labels: below the tick's 4px, a gap, then the text. Ticks are a label and a half apart (plus a gap), so a
  // label anchored inward at a plot end still clears a centred neighbour.
  const tickLabelY = axisY + 6 + text.ascent;
  const yearWidth = textWidth('0000', text.regular, text);
  const tickSpacing = 1.5 * yearWidth + text.fontSize / 2;
  return {
    width,
    height: Math.ceil(tickLabelY + text.descent + 4),
    plot: { left, right, top: bandsTop, bottom: axisY },
    bands,
    lanes: { top: lanesTop, rows, rowHeight: ROW_HEIGHT },
    ticks: yearTicks(domainStart, domainEnd, right - left, tickSpacing).map((year) => {
      const tickX = x(year.getTime());
      const anchor = tickX - left < yearWidth / 2 ? 'start' : right - tickX < yearWidth / 2 ? 'end' : 'middle';
      return { x: tickX, label: formatYear(year.getUTCFullYear()), anchor };
    }),
    axisY,
    tickLabelY,
    text,
    events,
    journeyPath: graded.length > 1 ? graded.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)},${round(p.y)}`).join('') : '',
    crowded: targetsMeet(events),
  };
}

/** Whether any two targets (circles of TARGET_SIZE at the events' centres) intersect. Events are in x order. */
function targetsMeet(events: readonly PlacedEvent[]): boolean {
  for (let i = 0; i < events.length; i++) {
    const a = events[i]!;
    for (let j = i + 1; j < events.length && events[j]!.x - a.x < TARGET_SIZE; j++) {
      const b = events[j]!;
      if (Math.hypot(b.x - a.x, b.y - a.y) < TARGET_SIZE - 1e-6) return true;
    }
  }
  return false;
}

/** Whole years around the events, so ticks fall on year starts; one year when there are no events. */
function yearDomain(spans: DateSpan[]): [number, number] {
  if (spans.length === 0) {
    const year = utcYear.floor(new Date(0));
    return [year.getTime(), utcYear.offset(year, 1).getTime()];
  }
  // A loop, not Math.min(...spans): spreading a long list overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const span of spans) {
    first = Math.min(first, span.startTime);
    last = Math.max(last, span.endTime);
  }
  return [utcYear.floor(new Date(first)).getTime(), utcYear.ceil(new Date(last)).getTime()];
}

/** Year starts, thinned to 1, 2, 5, 10… year steps so labels never collide. */
function yearTicks(start: number, end: number, plotWidth: number, spacing: number): Date[] {
  const years = Math.round((end - start) / (365.2425 * 864e5));
  const fit = Math.max(1, Math.floor(plotWidth / spacing));
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].find((s) => Math.ceil((years + 1) / s) <= fit) ?? 1000;
  const ticks = utcYear.every(step)!.range(new Date(start), new Date(end + 1));
  // A step wider than the range (large text in a narrow chart) can skip every year in it: keep the first.
  return ticks.length ? ticks : [new Date(start)];
}

/** The first lane row with room at x; when all rows are full, the one that ends furthest left. */
function laneRow(rowEnds: number[], x: number): number {
  let row = rowEnds.findIndex((end) => x - end >= MARKER_SPACING);
  if (row === -1) {
    if (rowEnds.length < MAX_ROWS) row = rowEnds.length;
    else row = rowEnds.indexOf(Math.min(...rowEnds));
  }
  rowEnds[row] = x;
  return row;
}

/**
 * A linear map from time to x. d3-scale's scaleLinear would bring d3-interpolate, d3-color and d3-format
 * (about 9 kB gzipped, half the CDN budget) for this one multiply-add; d3-time still supplies the ticks.
 */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

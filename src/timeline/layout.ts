import { GRADES } from '../data/grades.js';
import { eventsInTimeOrder } from '../data/queries.js';
import type { DateSpan } from '../data/dates.js';
import type { GradeId, OfstedDataset, OfstedEvent } from '../data/types.js';
import { placeBandCaption, type BandCaption } from './band-captions.js';
import {
  AXIS_GAP,
  DIAMOND_REACH,
  LANE_GAP,
  MARKER_SIZE,
  PARTS_GAP,
  PARTS_MIN_WIDTH,
  ROW_HEIGHT,
  TICK_OVERHANG,
  TRIANGLE_REACH,
} from './geometry.js';
import { inTwoLines, lineHeight, Obstacles, placePointLabel } from './label-placement.js';
import { nameLanes } from './lanes-caption.js';
import type { TextMetrics } from './text-metrics.js';
import { placeEvents, targetsMeet, type PlacedEvent } from './lanes.js';
import { timelineScales, type TimelineScales } from './scales.js';
import { yearTicks, type YearTick } from './ticks.js';

export { MARKER_SHAPES, TARGET_SIZE, type MarkerShape } from './geometry.js';
export { linearScale } from './scales.js';
export type { PlacedEvent } from './lanes.js';

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
  /**
   * Top of the lanes of ungraded events, and each lane row's height; the edge between them and the bands (the
   * Inadequate band's foot, or under a grade's label that reaches past it), and their name (none when no event is in the lanes, or no name finds room).
   */
  lanes: { top: number; rows: number; rowHeight: number; edgeY: number; caption?: BandCaption };
  /** Year ticks; the labels at the plot's ends are anchored inward so they stay inside the chart. */
  ticks: YearTick[];
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

/**
 * layoutTimeline(dataset, {width, fontSize}): positions for every event, the grade bands, year ticks and the journey
 * line, with room for text of `fontSize` px (the chart's, which follows the page's text size; 14 by default).
 * Pure: numbers in, numbers out. The scales are computed once and handed to the lanes, ticks and labels.
 */
export function layoutTimeline(
  dataset: OfstedDataset,
  { width, fontSize }: { width: number; fontSize?: number },
): TimelineLayout {
  // Ordered by where each event is drawn (the middle of its span), so keyboard order, the journey line and the
  // lanes all run left to right. Time order (by start) differs when spans of different lengths overlap: "2019"
  // starts before "March 2019" but sits to its right. The sort is stable, so ties keep time order.
  const dated = eventsInTimeOrder(dataset).sort((a, b) => a.span.midTime - b.span.midTime);
  // The bands' own room first, labels reaching at most a line past the bands' foot, then as far down as the lanes go
  // (the lanes move down under them); where a label finds no clear place in full, the bands grow a line of labels at
  // a time. Where that does not do either, the smallest chart that labels every point, a grade's abbreviation where
  // its words do not fit (the key spells it out), is drawn.
  let placed: ReturnType<typeof placeAll> | undefined;
  let fallback: ReturnType<typeof placeAll> | undefined;
  const tries = Array.from({ length: MAX_LABEL_LINES + 1 }, (_, labelLines) =>
    LABEL_REACH.map((reach) => ({ labelLines, reach })),
  ).flat();
  for (const [i, { labelLines, reach }] of tries.entries()) {
    if (placed) break;
    const attempt = placeAll(dated, { width, fontSize, labelLines }, reach);
    const labelled = attempt.graded.every((point) => point.label);
    // Hundreds of graded points (a stress test, not a council) are laid out once: taller bands would not spread them.
    if (
      (labelled && attempt.graded.every((point) => !point.label!.abbreviated)) ||
      attempt.graded.length > MAX_REFLOWED_POINTS
    )
      placed = attempt;
    else if (labelled) fallback ??= attempt;
    if (i === tries.length - 1 && !placed) placed = fallback ?? attempt;
  }
  const { scales, events, lanesTop, rows, bottom, graded, bands, lanesCaption } = placed!;
  const { left, right, top } = scales;
  const axisY = bottom + AXIS_GAP;
  const { text } = scales;
  const tickLabelY = axisY + TICK_OVERHANG + 2 + text.ascent;
  return {
    width,
    height: Math.ceil(tickLabelY + text.descent + 4),
    plot: { left, right, top, bottom: axisY },
    bands,
    lanes: {
      top: lanesTop,
      rows,
      rowHeight: ROW_HEIGHT,
      edgeY: lanesTop - LANE_GAP,
      ...(lanesCaption ? { caption: lanesCaption } : {}),
    },
    ticks: yearTicks(scales),
    axisY,
    tickLabelY,
    text,
    events,
    journeyPath: graded.length > 1 ? graded.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)},${round(p.y)}`).join('') : '',
    crowded: targetsMeet(events),
  };
}

/** How many lines of labels the bands may grow by, above and below their points, to give every label a place. */
const MAX_LABEL_LINES = 2;
/** How many lines past the bands' foot a label may reach, tried in turn: one, then as far as the lanes go. */
const LABEL_REACH = [1, Infinity];
/** Beyond this many graded points, the bands keep their own room. */
const MAX_REFLOWED_POINTS = 100;

/** The scales, events, bands and labels at one band size, the labels reaching at most `reach` lines past the bands' foot. */
function placeAll(
  dated: { event: OfstedEvent; span: DateSpan }[],
  options: Parameters<typeof timelineScales>[1],
  reach: number,
) {
  const scales = timelineScales(
    dated.map((item) => item.span),
    options,
  );
  const { events, lanesTop: firstLanesTop, rows } = placeEvents(dated, scales);
  const graded = events.filter((placed) => placed.grade);
  // A label may reach past the bands' foot (under an Inadequate point); the lanes then move down under it.
  const foot = firstLanesTop - LANE_GAP;
  const lowest = Math.min(foot + reach * lineHeight(scales.text), firstLanesTop + rows * ROW_HEIGHT);
  const bands = placeLabels(events, graded, scales, lowest);
  const lanesTop = firstLanesTop + lanesDrop(graded, foot);
  for (const placed of events) if (!placed.grade) placed.y += lanesTop - firstLanesTop;
  // The lanes' name, clear of every marker.
  const { caption: lanesCaption, bottom } = events.every((placed) => placed.grade)
    ? { caption: undefined, bottom: lanesTop + rows * ROW_HEIGHT }
    : nameLanes(
        events.flatMap((placed) => (placed.label ? [markerBox(placed), placed.label.box] : [markerBox(placed)])),
        { left: scales.left, right: scales.right, top: lanesTop, rows },
        scales.text,
      );
  return { scales, events, lanesTop, rows, bottom, graded, bands, lanesCaption };
}

/** Between a grade's label and the lanes' edge under it. */
const EDGE_CLEARANCE = 2;

/**
 * How far the lanes move down so that every grade's label stays above their edge (at `edgeY`, the bands' foot, before
 * the move): the edge must not run through a grade's words, nor those words sit among the ungraded events. Zero when
 * every label is clear; the chart grows only by what a label reaches past.
 */
function lanesDrop(graded: readonly PlacedEvent[], edgeY: number): number {
  const lowest = Math.max(-Infinity, ...graded.map((placed) => placed.label?.box.y1 ?? -Infinity));
  return Math.max(0, Math.ceil(lowest + EDGE_CLEARANCE - edgeY));
}

/**
 * The bands with their captions, placed first, clear of the journey line where they can be; then each graded
 * point's label (set on it), clear of the captions, every event's marker, the journey line and each other.
 */
function placeLabels(
  events: PlacedEvent[],
  graded: PlacedEvent[],
  { left, right, narrow, bandY, bandHeight, text, captionLines }: TimelineScales,
  bottom: number,
): GradeBand[] {
  const path = graded.map((p): [number, number] => [p.x, p.y]);
  const bands: GradeBand[] = GRADES.map((grade, i) => {
    const label = narrow ? grade.shortLabel : grade.label;
    const caption = placeBandCaption(label, bandY(i), { left, right }, path, text, captionLines);
    return { grade: grade.id, label, y: bandY(i), height: bandHeight, caption };
  });
  const obstacles = new Obstacles(path);
  for (const band of bands) obstacles.add(band.caption.knockout);
  for (const placed of events) obstacles.add(markerBox(placed));
  for (const placed of graded) {
    const { shortLabel, abbreviation } = GRADES.find((g) => g.id === placed.grade)!;
    placed.label = placePointLabel(
      [[shortLabel], inTwoLines(shortLabel), [abbreviation]],
      placed.x,
      placed.y,
      { left, right, top: 0, bottom },
      obstacles,
      text,
    );
  }
  return bands;
}

/** The square a marker covers, a pixel around it, and the bars of an inspection held in parts under it. */
export function markerBox({ x, y, grade, shape, parts }: PlacedEvent): {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
} {
  const size = grade ? MARKER_SIZE.graded : MARKER_SIZE.ungraded;
  const reach = size * (shape === 'diamond' ? DIAMOND_REACH : shape === 'triangle' ? TRIANGLE_REACH : 1) + 1;
  const box = { x0: x - reach, y0: y - reach, x1: x + reach, y1: y + reach };
  if (!parts) return box;
  // The parts' bars are drawn PARTS_GAP under the marker (timeline-chart.ts), each at least PARTS_MIN_WIDTH wide.
  const half = PARTS_MIN_WIDTH / 2;
  return {
    x0: Math.min(box.x0, ...parts.map(([x0, x1]) => Math.min(x0, (x0 + x1) / 2 - half) - 1)),
    y0: box.y0,
    x1: Math.max(box.x1, ...parts.map(([x0, x1]) => Math.max(x1, (x0 + x1) / 2 + half) + 1)),
    y1: Math.max(box.y1, y + size + PARTS_GAP + 2),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

import { GRADES } from '../data/grades.js';
import { eventsInTimeOrder } from '../data/queries.js';
import type { GradeId, OfstedDataset } from '../data/types.js';
import { placeBandCaption, type BandCaption } from './band-captions.js';
import { AXIS_GAP, ROW_HEIGHT, TICK_OVERHANG } from './geometry.js';
import { placePointLabel, type Box } from './label-placement.js';
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
  /** Top of the lanes of ungraded events, and each lane row's height. */
  lanes: { top: number; rows: number; rowHeight: number };
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
export function layoutTimeline(dataset: OfstedDataset, { width, fontSize }: { width: number; fontSize?: number }): TimelineLayout {
  // Ordered by where each event is drawn (the middle of its span), so keyboard order, the journey line and the
  // lanes all run left to right. Time order (by start) differs when spans of different lengths overlap: "2019"
  // starts before "March 2019" but sits to its right. The sort is stable, so ties keep time order.
  const dated = eventsInTimeOrder(dataset).sort((a, b) => a.span.midTime - b.span.midTime);
  const scales = timelineScales(dated.map((item) => item.span), { width, fontSize });
  const { left, right, top } = scales;
  const { events, lanesTop, rows } = placeEvents(dated, scales);
  const graded = events.filter((placed) => placed.grade);
  const bands = placeLabels(graded, scales);
  const axisY = lanesTop + rows * ROW_HEIGHT + AXIS_GAP;
  const { text } = scales;
  const tickLabelY = axisY + TICK_OVERHANG + 2 + text.ascent;
  return {
    width,
    height: Math.ceil(tickLabelY + text.descent + 4),
    plot: { left, right, top, bottom: axisY },
    bands,
    lanes: { top: lanesTop, rows, rowHeight: ROW_HEIGHT },
    ticks: yearTicks(scales),
    axisY,
    tickLabelY,
    text,
    events,
    journeyPath: graded.length > 1 ? graded.map((p, i) => `${i ? 'L' : 'M'}${round(p.x)},${round(p.y)}`).join('') : '',
    crowded: targetsMeet(events),
  };
}

/**
 * The bands with their captions, placed first, clear of the journey line where they can be; then each graded
 * point's label (set on it), clear of the captions and of each other.
 */
function placeLabels(graded: PlacedEvent[], { left, right, narrow, bandY, bandHeight, text }: TimelineScales): GradeBand[] {
  const path = graded.map((p): [number, number] => [p.x, p.y]);
  const bands: GradeBand[] = GRADES.map((grade, i) => {
    const label = narrow ? grade.shortLabel : grade.label;
    return { grade: grade.id, label, y: bandY(i), height: bandHeight, caption: placeBandCaption(label, bandY(i), { left, right }, path, text) };
  });
  const takenBoxes: Box[] = bands.map((band) => band.caption.knockout);
  for (const placed of graded) {
    const label = GRADES.find((g) => g.id === placed.grade)!.shortLabel;
    placed.label = placePointLabel(label, placed.x, placed.y, { left, right }, takenBoxes, text);
  }
  return bands;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

import { utcYear } from 'd3-time';
import { GRADES } from '../data/grades.js';
import type { DateSpan } from '../data/dates.js';
import type { GradeId } from '../data/types.js';
import { captionLines, captionRow } from './band-captions.js';
import { INSET, MARGIN, NARROW_EMS, POINT_LABEL_OFFSET, POINT_ROOM } from './geometry.js';
import { lineHeight } from './label-placement.js';
import { textMetrics, type TextMetrics } from './text-metrics.js';

/**
 * The chart's two scales, computed once from the events and the width and handed to the lanes, ticks and labels:
 * time to x over whole years, and grade to y over the bands.
 */
export interface TimelineScales {
  /** The plot's edges: left and right of the bands and axis, top of the first band. */
  left: number;
  right: number;
  top: number;
  /** Whole years around the events, as times: the x scale's domain. */
  domain: [number, number];
  /** Time (ms) to x. */
  x: (time: number) => number;
  /** Top of the band at this index of GRADES. */
  bandY: (index: number) => number;
  /** Where a point of this overall grade sits: below its band's caption row, in the middle of the rest. */
  pointY: (grade: GradeId) => number;
  /** Too narrow for the grades' full names on the bands. */
  narrow: boolean;
  /** Lines each band's caption takes: two when even the short names are wider than the plot. */
  captionLines: 1 | 2;
  /** Each band's height: its caption row, then room for a point. */
  bandHeight: number;
  /** The chart's text, which the bands, labels and ticks are sized for. */
  text: TextMetrics;
}

/**
 * timelineScales(spans, {width, fontSize, labelLines}): the scales for events over these spans at this width and text
 * size (px), with room for `labelLines` lines of point labels above and below each point (0: the bands' own room).
 */
export function timelineScales(
  spans: readonly DateSpan[],
  { width, fontSize, labelLines = 0 }: { width: number; fontSize?: number; labelLines?: number },
): TimelineScales {
  const text = textMetrics(fontSize);
  const left = MARGIN.left;
  const right = Math.max(left + 1, width - MARGIN.right);
  // Room above the top band for a label above an Outstanding point.
  const top = Math.ceil(text.ascent + text.descent + 6);
  const domain = yearDomain(spans);
  const narrow = right - left < NARROW_EMS * text.fontSize;
  const longest = GRADES.map((grade) => (narrow ? grade.shortLabel : grade.label)).reduce((a, b) =>
    b.length > a.length ? b : a,
  );
  const lines = captionLines(longest, right - left, text);
  const caption = captionRow(text, lines);
  // Room for `labelLines` lines of labels above and below each point, when the labels need it to be clear.
  const labelRoom = labelLines ? 2 * (POINT_LABEL_OFFSET + text.descent + labelLines * lineHeight(text)) : 0;
  const pointRoom = Math.max(POINT_ROOM, Math.ceil(labelRoom));
  const bandHeight = caption + pointRoom;
  const bandY = (index: number) => top + index * bandHeight;
  return {
    left,
    right,
    top,
    domain,
    x: linearScale(domain, [left + INSET, right - INSET]),
    bandY,
    pointY: (grade) => bandY(GRADES.findIndex((g) => g.id === grade)) + caption + pointRoom / 2,
    narrow,
    captionLines: lines,
    bandHeight,
    text,
  };
}

/** Whole years around the events, so ticks fall on year starts; one year when there are no events. */
function yearDomain(spans: readonly DateSpan[]): [number, number] {
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

/**
 * A linear map from time to x. d3-scale's scaleLinear would bring d3-interpolate, d3-color and d3-format
 * (about 9 kB gzipped, half the CDN budget) for this one multiply-add; d3-time still supplies the ticks.
 */
export function linearScale([d0, d1]: [number, number], [r0, r1]: [number, number]): (value: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (value) => r0 + (value - d0) * k;
}

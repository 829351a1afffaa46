/**
 * The timeline's geometry in px, shared by the layout (where things go) and the drawing (timeline-chart.ts: how
 * big each mark is), so the two cannot disagree. Text measures live in text-metrics.ts.
 */
import type { EventKind } from '../data/types.js';

export type MarkerShape = 'circle' | 'diamond' | 'square' | 'triangle';

/** Shapes tell event kinds apart without colour; graded inspections are circles on the grade scale. */
export const MARKER_SHAPES: Record<EventKind, MarkerShape> = {
  inspection: 'square',
  'monitoring-visit': 'circle',
  'focused-visit': 'triangle',
  'joint-targeted-area-inspection': 'square',
  milestone: 'diamond',
};

/** Left and right of the plot. Above and below it, the room follows the text (scales.ts, layout.ts). */
export const MARGIN = { right: 12, left: 12 };
/** Below a band's caption row (whose height follows the text), room for a point and its 24px target. */
export const POINT_ROOM = 26;
/** From a graded point's centre to its label's nearest edge, less the text's descent: clear of the 7px marker. */
export const POINT_LABEL_OFFSET = 8;
/** An inspection held in parts: its bars' gap under the marker, and their least width (so the gap between shows). */
export const PARTS_GAP = 4;
export const PARTS_MIN_WIDTH = 3;
/** Between the last grade band and the first lane. */
export const LANE_GAP = 12;
/** Diameter of each event's pointer target, the circle the chart draws as its hit area (WCAG 2.5.8: 24px). */
export const TARGET_SIZE = 24;
/** Lane rows and neighbours in a row are a whole target apart, so no two targets meet. */
export const ROW_HEIGHT = TARGET_SIZE;
export const MARKER_SPACING = TARGET_SIZE;
export const MAX_ROWS = 6;
/** Between the last lane row and the axis. */
export const AXIS_GAP = 4;
/** How far a tick's line reaches below the axis; the year label starts a little below that. */
export const TICK_OVERHANG = 4;
/** Keeps markers at the ends of the time range inside the shaded bands. */
export const INSET = 10;
/** Below this plot width, in ems of the chart's text, bands carry Ofsted's short grade labels. */
export const NARROW_EMS = 40;

/** A marker's half-size: graded points are larger than lane markers. */
export const MARKER_SIZE = { graded: 7, ungraded: 5.5 };
/** The focus ring's gap outside the marker. */
export const FOCUS_RING_GAP = 5;
/**
 * From the ring's middle to the focus outline's, which only keyboard focus draws (2px, a pixel clear of the 3px ring),
 * so focus arriving on a chosen event changes a whole ring of pixels (WCAG 2.4.7, 2.4.13).
 */
export const FOCUS_OUTLINE_GAP = 3.5;
/** How far a diamond's and a triangle's points reach, as multiples of the marker's half-size, so they look about as large as a circle. */
export const DIAMOND_REACH = 1.3;
export const TRIANGLE_REACH = 1.2;

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

export const MARGIN = { top: 22, right: 12, bottom: 26, left: 12 };
/** A caption row, then room for a point and its 24px target. */
export const BAND_HEIGHT = 42;
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
/** Room a year label needs on the axis. */
export const TICK_SPACING = 48;
/** How far a tick's line reaches below the axis, and the year label's baseline below the axis. */
export const TICK_OVERHANG = 4;
export const TICK_LABEL_DROP = 18;
/** Keeps markers at the ends of the time range inside the shaded bands. */
export const INSET = 10;
/** Below this plot width, bands carry Ofsted's short grade labels. */
export const NARROW = 560;

/** A marker's half-size: graded points are larger than lane markers. */
export const MARKER_SIZE = { graded: 7, ungraded: 5.5 };
/** The focus ring's gap outside the marker. */
export const FOCUS_RING_GAP = 5;
/** How far a diamond's and a triangle's points reach, as multiples of the marker's half-size, so they look about as large as a circle. */
export const DIAMOND_REACH = 1.3;
export const TRIANGLE_REACH = 1.2;

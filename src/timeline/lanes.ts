import type { DateSpan } from '../data/dates.js';
import { GRADES } from '../data/grades.js';
import { overallGrade } from '../data/queries.js';
import type { GradeId, OfstedEvent } from '../data/types.js';
import { eventParts } from '../shared/describe-event.js';
import {
  LANE_GAP,
  MARKER_SHAPES,
  MARKER_SPACING,
  MAX_ROWS,
  ROW_HEIGHT,
  TARGET_SIZE,
  type MarkerShape,
} from './geometry.js';
import type { PlacedLabel } from './label-placement.js';
import type { TimelineScales } from './scales.js';

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
  /** An inspection held in parts: each part's left and right x, drawn as its own span under the marker. */
  parts?: [number, number][];
}

export interface PlacedEvents {
  events: PlacedEvent[];
  /** Top of the lanes of ungraded events, and how many rows they took (at least one). */
  lanesTop: number;
  rows: number;
}

/**
 * placeEvents(dated, scales): each event at its span's middle; graded ones at their grade, the rest in the first
 * lane row with room, so neighbours' targets stay apart. `dated` is in left-to-right order.
 */
export function placeEvents(
  dated: readonly { event: OfstedEvent; span: DateSpan }[],
  scales: TimelineScales,
): PlacedEvents {
  const lanesTop = scales.top + scales.bandHeight * GRADES.length + LANE_GAP;
  const rowEnds: number[] = [];
  const events: PlacedEvent[] = dated.map(({ event, span }, index) => {
    const cx = scales.x(span.midTime);
    const grade = overallGrade(event);
    const placed: PlacedEvent = grade
      ? { event, span, index, x: cx, y: scales.pointY(grade), shape: 'circle', grade }
      : {
          event,
          span,
          index,
          x: cx,
          y: lanesTop + laneRow(rowEnds, cx) * ROW_HEIGHT + ROW_HEIGHT / 2,
          shape: MARKER_SHAPES[event.kind],
        };
    const parts = eventParts(event);
    if (parts) placed.parts = parts.map((part) => [scales.x(part.startTime), scales.x(part.endTime)]);
    return placed;
  });
  return { events, lanesTop, rows: Math.max(1, rowEnds.length) };
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

/** Whether any two targets (circles of TARGET_SIZE at the events' centres) intersect. Events are in x order. */
export function targetsMeet(events: readonly PlacedEvent[]): boolean {
  for (let i = 0; i < events.length; i++) {
    const a = events[i]!;
    for (let j = i + 1; j < events.length && events[j]!.x - a.x < TARGET_SIZE; j++) {
      const b = events[j]!;
      if (Math.hypot(b.x - a.x, b.y - a.y) < TARGET_SIZE - 1e-6) return true;
    }
  }
  return false;
}

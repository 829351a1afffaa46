/**
 * The lanes under the grade bands hold what has no overall grade (visits, inspections before 2013, milestones): an
 * edge under the Inadequate band (and under any grade's label) and a name say so, so nothing there seems to be judged Inadequate. The name
 * takes a gap in the lanes' own rows, clear of every marker, so the chart grows a row only where there is none.
 */
import type { BandCaption } from './band-captions.js';
import { AXIS_GAP, LANE_GAP, ROW_HEIGHT } from './geometry.js';
import { linesBox, lineHeight, textWidth, type Box } from './label-placement.js';
import type { TextMetrics } from './text-metrics.js';

/** The lanes' name, in full where it finds room, else briefly. */
export const LANES_NAMES = ['Events without an overall grade', 'No overall grade', 'Not graded'];

/** In from the plot's edge; away from a marker's box, so the name does not read as the marker's label. */
const INSET = 4;
const MARKER_CLEARANCE = 8;
const KNOCKOUT_PAD = 2;

export interface LanesArea {
  left: number;
  right: number;
  /** The edge between the bands and the lanes, and the axis under them: the name stays between the two. */
  edgeY: number;
  axisY: number;
  /** Top of the lanes, their rows and each row's height. */
  top: number;
  rows: number;
  rowHeight: number;
}

/**
 * nameLanes(obstacles, lanes, metrics): the lanes' name in a gap of their rows, clear of `obstacles` (markers,
 * labels); where none has room (lanes crowded end to end, large text), in room added under the rows for it. `bottom`:
 * the foot of the lanes, with that room.
 */
export function nameLanes(
  obstacles: readonly Box[],
  { left, right, top, rows }: { left: number; right: number; top: number; rows: number },
  metrics: TextMetrics,
): { caption: BandCaption | undefined; bottom: number } {
  const bottom = top + rows * ROW_HEIGHT;
  const area = { left, right, edgeY: top - LANE_GAP, axisY: bottom + AXIS_GAP, top, rows, rowHeight: ROW_HEIGHT };
  const caption = placeLanesCaption(area, obstacles, metrics);
  if (caption) return { caption, bottom };
  const room = Math.max(ROW_HEIGHT, Math.ceil(captionHeight(metrics) + 2 - AXIS_GAP));
  const below = {
    left,
    right,
    edgeY: bottom - 1,
    axisY: bottom + room + AXIS_GAP,
    top: bottom,
    rows: 1,
    rowHeight: room,
  };
  return { caption: placeLanesCaption(below, obstacles, metrics), bottom: bottom + room };
}

/** The height of the name's knockout. */
const captionHeight = (metrics: TextMetrics) => metrics.ascent + metrics.descent + 2 * KNOCKOUT_PAD;

/**
 * placeLanesCaption(area, obstacles, metrics): the lanes' name in the widest gap of the first row that holds it, then
 * the next row: at the left where the gap starts at the plot's edge, at the right where it ends there, else in its
 * middle, so it reads as the lanes' name, not a marker's label. The longest name that fits anywhere wins; none when
 * none does.
 */
export function placeLanesCaption(
  area: LanesArea,
  obstacles: readonly Box[],
  metrics: TextMetrics,
): BandCaption | undefined {
  for (const text of LANES_NAMES) {
    const width = textWidth(text, metrics.regular, metrics);
    for (let row = 0; row < area.rows; row++) {
      const baseline = rowBaseline(area, row, metrics);
      if (baseline === undefined) continue;
      const y0 = baseline - metrics.ascent - KNOCKOUT_PAD;
      const y1 = baseline + metrics.descent + KNOCKOUT_PAD;
      const gap = widestGap(
        area,
        obstacles.filter((box) => box.y0 < y1 && y0 < box.y1),
      );
      if (!gap || gap.x1 - gap.x0 < width) continue;
      // Anchored at the gap's edge or middle: the text, often narrower than its estimate, keeps to the same place.
      const [x, anchor]: [number, BandCaption['anchor']] =
        gap.fromEdge === 'left'
          ? [gap.x0, 'start']
          : gap.fromEdge === 'right'
            ? [gap.x1, 'end']
            : [(gap.x0 + gap.x1) / 2, 'middle'];
      const box = linesBox([text], x, baseline, anchor, metrics.regular, metrics);
      const knockout = { x0: box.x0 - KNOCKOUT_PAD, y0, x1: box.x1 + KNOCKOUT_PAD, y1 };
      return { text, lines: [text], lineHeight: lineHeight(metrics), x, y: baseline, anchor, box, knockout };
    }
  }
  return undefined;
}

/** The widest stretch of the plot that no obstacle (kept MARKER_CLEARANCE away) covers, and the plot edge it starts or ends at. */
function widestGap(
  { left, right }: LanesArea,
  obstacles: readonly Box[],
): { x0: number; x1: number; fromEdge?: 'left' | 'right' } | undefined {
  const covered = obstacles
    .map((box): [number, number] => [box.x0 - MARKER_CLEARANCE, box.x1 + MARKER_CLEARANCE])
    .sort((a, b) => a[0] - b[0]);
  const start = left + INSET;
  const end = right - INSET;
  let best: { x0: number; x1: number; fromEdge?: 'left' | 'right' } | undefined;
  let from = start;
  for (const [x0, x1] of [...covered, [end, end] as [number, number]]) {
    const to = Math.min(x0, end);
    if (to - from > (best ? best.x1 - best.x0 : 0)) {
      best = { x0: from, x1: to };
      if (from === start) best.fromEdge = 'left';
      else if (to === end) best.fromEdge = 'right';
    }
    from = Math.max(from, x1);
  }
  return best;
}

/**
 * The baseline that centres the name on a lane row, moved up or down as little as keeps its knockout between the
 * edge and the axis (text at 200% is taller than a row); none when it cannot be kept there.
 */
function rowBaseline(area: LanesArea, row: number, metrics: TextMetrics): number | undefined {
  const height = captionHeight(metrics);
  const low = area.edgeY + 1;
  const high = area.axisY - 1;
  if (high - low < height) return undefined;
  const centre = area.top + (row + 0.5) * area.rowHeight;
  const top = Math.min(Math.max(centre - height / 2, low), high - height);
  return top + KNOCKOUT_PAD + metrics.ascent;
}

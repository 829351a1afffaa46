import type { Council } from './national-data.js';
import type { BarKey } from './standing.js';

/** A hexagon's circumradius in the map's own units; the SVG scales to the width it is given. */
export const HEX_SIZE = 10;
const ROOT3 = Math.sqrt(3);

export interface PlacedHex {
  x: number;
  y: number;
  /** The polygon's points, pointy-top, for `<polygon points>`. */
  points: string;
}

export interface HexMapLayout {
  width: number;
  height: number;
  hexes: PlacedHex[];
}

/**
 * hexMapLayout(councils): each council's hexagon centre and outline in map units. The layout is HexJSON's "odd-r"
 * with rows counted upwards (north at the top): odd rows sit half a hexagon to the right.
 */
export function hexMapLayout(councils: readonly Pick<Council, 'q' | 'r'>[]): HexMapLayout {
  const maxQ = Math.max(0, ...councils.map((council) => council.q));
  const maxR = Math.max(0, ...councils.map((council) => council.r));
  const minQ = Math.min(maxQ, ...councils.map((council) => council.q));
  const minR = Math.min(maxR, ...councils.map((council) => council.r));
  const w = ROOT3 * HEX_SIZE;
  const corners = [-90, -30, 30, 90, 150, 210].map(
    (degrees) =>
      [HEX_SIZE * Math.cos((degrees * Math.PI) / 180), HEX_SIZE * Math.sin((degrees * Math.PI) / 180)] as const,
  );
  const hexes = councils.map(({ q, r }) => {
    const x = round(w * (q - minQ + 0.5 + ((r & 1) === 1 ? 0.5 : 0)));
    const y = round(HEX_SIZE + 1.5 * HEX_SIZE * (maxR - r));
    return { x, y, points: corners.map(([dx, dy]) => `${round(x + dx)},${round(y + dy)}`).join(' ') };
  });
  return { width: round(w * (maxQ - minQ + 1.5)), height: round(2 * HEX_SIZE + 1.5 * HEX_SIZE * (maxR - minR)), hexes };
}

/** Each mark from its start, relative to the hexagon's centre (HEX_SIZE 10: about a third of it across). */
const MARKS: Partial<Record<BarKey, readonly [number, number, string]>> = {
  outstanding: [-3.2, 0, 'a3.2,3.2 0 1,0 6.4,0a3.2,3.2 0 1,0 -6.4,0Z'],
  'requires-improvement': [-4.16, -1.28, 'h8.32v2.56h-8.32Z'],
  inadequate: [-3.2, -3.2, 'l6.4,6.4m0,-6.4l-6.4,6.4'],
};

/**
 * markPath(key, x, y): the second cue besides colour, a mark centred on (x, y) as a path's `d`: a disc for
 * Outstanding, a bar for Requires improvement, a cross (drawn as a line) for Inadequate, none for Good or no grade
 * (a hollow hexagon).
 */
export function markPath(key: BarKey, x: number, y: number): string {
  const mark = MARKS[key];
  return mark ? `M${round(x + mark[0])},${round(y + mark[1])}${mark[2]}` : '';
}

export type Direction = 'left' | 'right' | 'up' | 'down';
const DIRECTION_KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The direction an arrow key moves in, or undefined for another key. */
export const directionOf = (key: string): Direction | undefined => DIRECTION_KEYS[key];

/**
 * nearestInDirection(hexes, from, direction): the hexagon nearest `from` among those lying that way (within 60° of
 * the direction), its distance plus half its sideways offset, so an adjoining hexagon on the slant beats one two
 * rows straight down; `from` itself when none lies that way.
 */
export function nearestInDirection(
  hexes: readonly Pick<PlacedHex, 'x' | 'y'>[],
  from: number,
  direction: Direction,
): number {
  const origin = hexes[from];
  if (!origin) return from;
  const [ux, uy] = ({ left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] } as const)[direction];
  let best = from;
  let bestScore = Infinity;
  hexes.forEach((hex, i) => {
    const dx = hex.x - origin.x;
    const dy = hex.y - origin.y;
    const along = dx * ux + dy * uy;
    const across = Math.abs(dx * uy - dy * ux);
    if (i === from || along <= 0 || across > along * ROOT3) return;
    const score = Math.hypot(dx, dy) + across / 2;
    if (score < bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * typeAhead(names, current, typed): the first name after `current` (wrapping round) that starts with what was
 * typed, ignoring case; a single repeated letter steps through the names with that letter; -1 when none matches.
 */
export function typeAhead(names: readonly string[], current: number, typed: string): number {
  const query = typed.toLowerCase();
  const repeated = query.length > 1 && [...query].every((letter) => letter === query[0]);
  const prefix = repeated ? query[0]! : query;
  const start = repeated || query.length === 1 ? current + 1 : current;
  for (let step = 0; step < names.length; step++) {
    const i = (((start + step) % names.length) + names.length) % names.length;
    if (names[i]!.toLowerCase().startsWith(prefix)) return i;
  }
  return -1;
}

export interface BarSegment<K extends string> {
  key: K;
  count: number;
  /** Width in per cent of the bar, to one decimal. */
  share: number;
}

/** barSegments(keys, counts): one segment per key with councils in it, widths in per cent of the whole. */
export function barSegments<K extends string>(keys: readonly K[], counts: readonly number[]): BarSegment<K>[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  return keys
    .map((key, i) => ({ key, count: counts[i] ?? 0, share: total ? round((100 * (counts[i] ?? 0)) / total) : 0 }))
    .filter((segment) => segment.count > 0);
}

/** A whole per cent, as a sentence says it ("30% of England"). */
export const percent = (count: number, total: number): number => (total ? Math.round((100 * count) / total) : 0);

export interface SeriesColumn {
  year: number;
  /** Heights in per cent of the column, bottom up: Inadequate, Requires improvement, Good, Outstanding, no grade. */
  segments: { key: string; count: number; share: number }[];
  total: number;
}

/**
 * seriesColumns(rows): each 31 March as one column of 100%, grades stacked from Inadequate at the bottom, councils
 * without an overall grade on top. Rows are [year, O, G, R, I, no grade yet, no grade].
 */
export function seriesColumns(rows: readonly (readonly number[])[]): SeriesColumn[] {
  return rows.map(([year, outstanding, good, requiresImprovement, inadequate, notYet, noOverall]) => {
    const counts: [string, number][] = [
      ['inadequate', inadequate!],
      ['requires-improvement', requiresImprovement!],
      ['good', good!],
      ['outstanding', outstanding!],
      ['none', notYet! + noOverall!],
    ];
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    return {
      year: year!,
      total,
      segments: counts.map(([key, count]) => ({ key, count, share: total ? round((100 * count) / total) : 0 })),
    };
  });
}

/**
 * seriesLine(columns, keys): the highlighted council's line, one point a year at the middle of its grade's segment
 * (x and y in per cent of the chart, y from the top); a year without its grade breaks the line.
 */
export function seriesLine(
  columns: readonly SeriesColumn[],
  keys: readonly (string | undefined)[],
): ({ x: number; y: number } | null)[] {
  return columns.map((column, i) => {
    const key = keys[i];
    let below = 0;
    for (const segment of column.segments) {
      if (segment.key === key)
        return { x: round((100 * (i + 0.5)) / columns.length), y: round(100 - below - segment.share / 2) };
      below += segment.share;
    }
    return null;
  });
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * Where a graded point's label goes: the first of above, below (each centred, then leaning right or left), right
 * or left of the point that stays inside the plot and clear of the band captions, the labels already placed, every
 * event's marker and the journey line; on one line, else on two. Text size is estimated from character counts
 * (text-metrics.ts), so this stays a pure function of numbers.
 */
import { POINT_LABEL_OFFSET } from './geometry.js';
import { textMetrics, type TextMetrics } from './text-metrics.js';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  /** The words, whole. */
  text: string;
  /** The words as drawn, a line each (one or two). */
  lines: string[];
  /** From one line's baseline to the next. */
  lineHeight: number;
  x: number;
  /** Baseline of the first line. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the text takes, text spacing allowed for. */
  box: Box;
  /** The last variant was used (a grade's abbreviation, which the chart's key spells out). */
  abbreviated?: boolean;
}

/** The width `text` may take at `charWidth`, text spacing allowed for. */
export function textWidth(text: string, charWidth: number, metrics: TextMetrics = textMetrics()): number {
  const spaces = text.split(' ').length - 1;
  return text.length * (charWidth + metrics.letterSpacing) + spaces * metrics.wordSpacing;
}
/** How far a label above or below, leaning one way, reaches back past the point. */
const LEAN = 4;
/** How many lines further out than the nearest a label may go above or below its point. */
const MAX_LINES_AWAY = 4;

/** The box text occupies, from its anchor point and baseline. */
export function textBox(
  text: string,
  x: number,
  baseline: number,
  anchor: PlacedLabel['anchor'],
  charWidth: number,
  metrics: TextMetrics = textMetrics(),
): Box {
  const width = textWidth(text, charWidth, metrics);
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { x0, y0: baseline - metrics.ascent, x1: x0 + width, y1: baseline + metrics.descent };
}

/** The box of lines of text, the first line's baseline at `baseline`, each next one `lineHeight` lower. */
export function linesBox(
  lines: readonly string[],
  x: number,
  baseline: number,
  anchor: PlacedLabel['anchor'],
  charWidth: number,
  metrics: TextMetrics,
): Box {
  const width = Math.max(...lines.map((line) => textWidth(line, charWidth, metrics)));
  const x0 = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return {
    x0,
    y0: baseline - metrics.ascent,
    x1: x0 + width,
    y1: baseline + (lines.length - 1) * lineHeight(metrics) + metrics.descent,
  };
}

/** From one line of the chart's text to the next. */
export function lineHeight(metrics: TextMetrics): number {
  return metrics.ascent + metrics.descent;
}

/** Words on two lines, broken at the space nearest the middle; a single word stays on one. */
export function inTwoLines(text: string): string[] {
  const spaces = [...text.matchAll(/ /g)].map((match) => match.index!);
  if (spaces.length === 0) return [text];
  const middle = spaces.reduce((best, at) =>
    Math.abs(at - text.length / 2) < Math.abs(best - text.length / 2) ? at : best,
  );
  return [text.slice(0, middle), text.slice(middle + 1)];
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * What a label must keep clear of: boxes (captions, markers, labels placed) in columns of the chart, so a point's
 * candidates are checked against what is near them only, and the journey line through the graded points.
 */
export class Obstacles {
  private readonly columns = new Map<number, Box[]>();
  /** `path`: the graded points in x order. */
  constructor(private readonly path: readonly [number, number][] = []) {}

  add(box: Box): void {
    for (let column = Obstacles.column(box.x0); column <= Obstacles.column(box.x1); column++) {
      const boxes = this.columns.get(column);
      if (boxes) boxes.push(box);
      else this.columns.set(column, [box]);
    }
  }

  /** Whether `box` meets a box added or the journey line. */
  meets(box: Box): boolean {
    for (let column = Obstacles.column(box.x0); column <= Obstacles.column(box.x1); column++) {
      if (this.columns.get(column)?.some((other) => overlaps(box, other))) return true;
    }
    return this.crossesLine(box);
  }

  /** Whether the line through the graded points passes through `box`; only the segments over its x range are tried. */
  private crossesLine(box: Box): boolean {
    const { path } = this;
    let low = 1;
    let high = path.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (path[mid]![0] < box.x0) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < path.length && path[i - 1]![0] <= box.x1; i++) {
      if (segmentMeetsBox(path[i - 1]!, path[i]!, box)) return true;
    }
    return false;
  }

  private static column(x: number): number {
    return Math.floor(x / 64);
  }
}

/**
 * Places a label for the point at (x, y), from the first of `variants` (the words on one line, then on two) that
 * fits somewhere inside `bounds`, and adds its box to `obstacles`; none when nothing fits.
 */
export function placePointLabel(
  variants: readonly (readonly string[])[],
  x: number,
  y: number,
  bounds: { left: number; right: number; top: number; bottom: number },
  obstacles: Obstacles,
  metrics: TextMetrics = textMetrics(),
): PlacedLabel | undefined {
  // Clear of the marker (7px radius) by a pixel or two, whatever the text's size.
  const offset = POINT_LABEL_OFFSET + metrics.descent;
  const step = lineHeight(metrics);
  for (const [variant, lines] of variants.entries()) {
    const extra = (lines.length - 1) * step;
    const level = y + metrics.ascent / 2 - 1 - extra / 2;
    const candidates: [number, number, PlacedLabel['anchor']][] = [];
    // Nearest first: just above or below the point, then a line further out each time (room the bands may give).
    for (let away = 0; away <= MAX_LINES_AWAY; away++) {
      const above = y - offset - extra - away * step;
      const below = y + offset + metrics.ascent + away * step;
      candidates.push(
        [x, above, 'middle'],
        [x - LEAN, above, 'start'],
        [x + LEAN, above, 'end'],
        [x, below, 'middle'],
        [x - LEAN, below, 'start'],
        [x + LEAN, below, 'end'],
      );
      if (away === 0) candidates.push([x + offset, level, 'start'], [x - offset, level, 'end']);
    }
    for (const [cx, cy, anchor] of candidates) {
      const box = linesBox(lines, cx, cy, anchor, metrics.bold, metrics);
      if (
        box.x0 < bounds.left ||
        box.x1 > bounds.right ||
        box.y0 < bounds.top ||
        box.y1 > bounds.bottom ||
        obstacles.meets(box)
      )
        continue;
      obstacles.add(box);
      const label: PlacedLabel = {
        text: lines.join(' '),
        lines: [...lines],
        lineHeight: step,
        x: cx,
        y: cy,
        anchor,
        box,
      };
      if (variant > 0 && variant === variants.length - 1) label.abbreviated = true;
      return label;
    }
  }
  return undefined;
}

/** Liang–Barsky: clips the segment to the box; it meets the box if anything is left. */
export function segmentMeetsBox(
  [x0, y0]: readonly [number, number],
  [x1, y1]: readonly [number, number],
  box: Box,
): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, x0 - box.x0],
    [dx, box.x1 - x0],
    [-dy, y0 - box.y0],
    [dy, box.y1 - y0],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

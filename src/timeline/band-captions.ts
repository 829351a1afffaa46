import { textBox, type Box, type PlacedLabel } from './label-placement.js';
import { textMetrics, type TextMetrics } from './text-metrics.js';

/** In from the plot's edge, and the knockout's margin around the text. */
const CAPTION_INSET = 4;
const KNOCKOUT_PAD = 2;
/** Above and below the caption's text in its row. */
const CAPTION_PAD = 2;

/** Where each band's caption sits: a row of its own at the band's top, which no point is ever drawn in. */
export function captionRow(metrics: TextMetrics): number {
  return Math.ceil(metrics.ascent + metrics.descent + 2 * CAPTION_PAD);
}

export interface BandCaption extends PlacedLabel {
  /** The band-coloured box drawn behind the text, above the journey line, so the line never runs through the words. */
  knockout: Box;
}

/**
 * placeBandCaption(text, bandY, bounds, path): the caption at the left of the band's caption row, or at the right
 * when the journey line runs through the left and not the right. Where the line crosses either (a narrow chart),
 * the caption's knockout hides the line behind the words.
 */
export function placeBandCaption(
  text: string,
  bandY: number,
  bounds: { left: number; right: number },
  path: readonly [number, number][],
  metrics: TextMetrics = textMetrics(),
): BandCaption {
  const y = bandY + CAPTION_PAD + metrics.ascent;
  const candidates: PlacedLabel[] = [
    { text, x: bounds.left + CAPTION_INSET, y, anchor: 'start' },
    { text, x: bounds.right - CAPTION_INSET, y, anchor: 'end' },
  ];
  const boxes = candidates.map((label) => textBox(label.text, label.x, label.y, label.anchor, metrics.regular, metrics));
  const clear = boxes.findIndex((box) => box.x0 >= bounds.left && !crossesPath(box, path));
  const index = clear === -1 ? 0 : clear;
  const box = boxes[index]!;
  const knockout = { x0: box.x0 - KNOCKOUT_PAD, y0: box.y0 - KNOCKOUT_PAD, x1: box.x1 + KNOCKOUT_PAD, y1: box.y1 + KNOCKOUT_PAD };
  return { ...candidates[index]!, knockout };
}

/** Whether the polyline through `path` passes through `box`. */
export function crossesPath(box: Box, path: readonly [number, number][]): boolean {
  for (let i = 1; i < path.length; i++) if (segmentMeetsBox(path[i - 1]!, path[i]!, box)) return true;
  return false;
}

/** Liang–Barsky: clips the segment to the box; it meets the box if anything is left. */
function segmentMeetsBox([x0, y0]: [number, number], [x1, y1]: [number, number], box: Box): boolean {
  const dx = x1 - x0;
  const dy = y1 - y0;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [[-dx, x0 - box.x0], [dx, box.x1 - x0], [-dy, y0 - box.y0], [dy, box.y1 - y0]];
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


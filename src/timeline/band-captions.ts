import {
  inTwoLines,
  lineHeight,
  linesBox,
  segmentMeetsBox,
  textWidth,
  type Box,
  type PlacedLabel,
} from './label-placement.js';
import { textMetrics, type TextMetrics } from './text-metrics.js';

/** In from the plot's edge, and the knockout's margin around the text. */
const CAPTION_INSET = 4;
const KNOCKOUT_PAD = 2;
/** Above and below the caption's text in its row. */
const CAPTION_PAD = 2;

/**
 * How many lines the band captions take: one, or two when the longest caption is wider than the plot (a narrow
 * chart with large text), so a caption never reaches past the chart and widens the page.
 */
export function captionLines(longest: string, plotWidth: number, metrics: TextMetrics): 1 | 2 {
  return textWidth(longest, metrics.regular, metrics) + 2 * (CAPTION_INSET + KNOCKOUT_PAD) > plotWidth ? 2 : 1;
}

/** Where each band's caption sits: a row of its own (`lines` high) at the band's top, which no point is ever drawn in. */
export function captionRow(metrics: TextMetrics, lines: 1 | 2 = 1): number {
  return Math.ceil(metrics.ascent + metrics.descent + (lines - 1) * lineHeight(metrics) + 2 * CAPTION_PAD);
}

export interface BandCaption extends PlacedLabel {
  /** The band-coloured box drawn behind the text, above the journey line, so the line never runs through the words. */
  knockout: Box;
}

/**
 * placeBandCaption(text, bandY, bounds, path, metrics, lines): the caption at the left of the band's caption row, or
 * at the right when the journey line runs through the left and not the right. Where the line crosses either (a
 * narrow chart), the caption's knockout hides the line behind the words.
 */
export function placeBandCaption(
  text: string,
  bandY: number,
  bounds: { left: number; right: number },
  path: readonly [number, number][],
  metrics: TextMetrics = textMetrics(),
  lines: 1 | 2 = 1,
): BandCaption {
  const y = bandY + CAPTION_PAD + metrics.ascent;
  const words = lines === 2 ? inTwoLines(text) : [text];
  const candidates: [number, PlacedLabel['anchor']][] = [
    [bounds.left + CAPTION_INSET, 'start'],
    [bounds.right - CAPTION_INSET, 'end'],
  ];
  const boxes = candidates.map(([x, anchor]) => linesBox(words, x, y, anchor, metrics.regular, metrics));
  const clear = boxes.findIndex((box) => box.x0 >= bounds.left && !crossesPath(box, path));
  const index = clear === -1 ? 0 : clear;
  const box = boxes[index]!;
  const [x, anchor] = candidates[index]!;
  const knockout = {
    x0: box.x0 - KNOCKOUT_PAD,
    y0: box.y0 - KNOCKOUT_PAD,
    x1: box.x1 + KNOCKOUT_PAD,
    y1: box.y1 + KNOCKOUT_PAD,
  };
  return { text, lines: words, lineHeight: lineHeight(metrics), x, y, anchor, box, knockout };
}

/** Whether the polyline through `path` passes through `box`. */
export function crossesPath(box: Box, path: readonly [number, number][]): boolean {
  for (let i = 1; i < path.length; i++) if (segmentMeetsBox(path[i - 1]!, path[i]!, box)) return true;
  return false;
}

/**
 * Measures of the chart's text, which the layout needs without a DOM: it estimates a label's box from its character
 * count. The chart's text is CHART_TEXT_EM of the element's and at least CHART_TEXT_MIN_PX (CHART_FONT_SIZE_CSS in
 * timeline.styles.ts), so it grows with the page's text size: the element measures its font size and the layout takes
 * the chart's in px (chartFontSize); everything here follows it.
 */
import { CHART_TEXT_EM } from '../shared/theme.styles.js';

/** The chart's text size in px on a page of a browser's default 16px text: 14. */
export const CHART_FONT_SIZE = 16 * CHART_TEXT_EM;

/** What the layout assumes of the chart's text at one font size, all in px. */
export interface TextMetrics {
  fontSize: number;
  /** Average advance of a character, bold (point labels) and regular (captions, years). */
  bold: number;
  regular: number;
  /** Height of text above and below its baseline. */
  ascent: number;
  descent: number;
  /**
   * WCAG 1.4.12 lets readers widen text to 0.12em between letters and 0.16em between words (their style sheet's
   * spacing reaches the chart's text by inheritance), so every box allows for it: nothing overlaps then either.
   */
  letterSpacing: number;
  wordSpacing: number;
}

/** textMetrics(fontSize): the text's measures, scaled from those taken at 12px (7 and 6.2px advances, 10px ascent). */
export function textMetrics(fontSize = CHART_FONT_SIZE): TextMetrics {
  const scale = fontSize / 12;
  return {
    fontSize,
    bold: 7 * scale,
    regular: 6.2 * scale,
    ascent: 10 * scale,
    descent: 3 * scale,
    letterSpacing: 0.12 * fontSize,
    wordSpacing: 0.16 * fontSize,
  };
}

/**
 * Measures of the chart's text, which the layout needs without a DOM: it estimates a label's box from its character
 * count. Everything here follows CHART_FONT_SIZE, so changing the chart's type size is one line here and one in the
 * CSS that reads it: `.chart { font-size }` in timeline.styles.ts (text-metrics.test.ts checks the two agree).
 */

/** The chart's text size in px: ticks, band captions and point labels. */
export const CHART_FONT_SIZE = 12;

/** The advances below were measured at 12px; they scale with the type. */
const SCALE = CHART_FONT_SIZE / 12;

/** Average advance of a character, bold for point labels. */
export const CHAR_WIDTH = { bold: 7 * SCALE, regular: 6.2 * SCALE };

/**
 * WCAG 1.4.12 lets readers widen text to 0.12em between letters and 0.16em between words (their style sheet's
 * spacing reaches the chart's text by inheritance), so every box allows for it: nothing overlaps then either.
 */
export const LETTER_SPACING = 0.12 * CHART_FONT_SIZE;
export const WORD_SPACING = 0.16 * CHART_FONT_SIZE;

/** Height of text above and below its baseline. */
export const ASCENT = 10 * SCALE;
export const DESCENT = 3 * SCALE;

/**
 * Measures of the bars' CSS that the layout must match, in one place. The CSS that reads them is `.bar` in
 * breakdown.styles.ts (its padding, border and column gap); bar-metrics.test.ts checks the two agree.
 */

/** `.bar`'s horizontal padding and border width. */
export const BAR_PADDING_X = 8;
export const BAR_BORDER = 1;
/** `.bar`'s column gap, between the names' column and the bars. */
export const COLUMN_GAP = 12;
/** Each bar's button: border and padding either side, plus a pixel to spare. */
export const ROW_INSET = BAR_BORDER + BAR_PADDING_X + 1;

import { expect } from '@open-wc/testing';
import { BAR_BORDER, BAR_PADDING_X, COLUMN_GAP } from './bar-metrics.js';
import { breakdownStyles } from './breakdown.styles.js';

/** The declarations of the first rule for exactly `selector` in `css`. */
const rule = (css: string, selector: string) =>
  css.match(new RegExp(`(?:^|[}\\s])${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`))?.[1] ?? '';

describe('bar-metrics', () => {
  it("match the bars' CSS that the layout sizes the track by", () => {
    const bar = rule(breakdownStyles.cssText, '.bar');
    expect(bar).to.match(new RegExp(`padding: \\d+px ${BAR_PADDING_X}px;`));
    expect(bar).to.contain(`border: ${BAR_BORDER}px solid`);
    expect(bar).to.contain(`border-left-width: ${BAR_BORDER}px;`);
    expect(bar).to.contain(`column-gap: ${COLUMN_GAP}px;`);
  });
});

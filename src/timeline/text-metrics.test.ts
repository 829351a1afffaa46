import { expect } from '@open-wc/testing';
import { CHART_TEXT_EM } from '../shared/theme.styles.js';
import { CHART_FONT_SIZE, textMetrics } from './text-metrics.js';
import { timelineStyles } from './timeline.styles.js';

describe('text-metrics', () => {
  it("match the chart's CSS: the layout measures text at the size the chart draws it", () => {
    const chart = timelineStyles.cssText.match(/(?:^|[}\s])\.chart\s*\{([^}]*)\}/)?.[1] ?? '';
    expect(chart).to.contain(`font-size: ${CHART_TEXT_EM}em;`);
    expect(CHART_FONT_SIZE, '14px on a 16px page').to.equal(14);
  });

  it('textMetrics(fontSize) scales every measure with the text', () => {
    const normal = textMetrics();
    const double = textMetrics(28);
    expect(normal.fontSize).to.equal(14);
    for (const key of ['bold', 'regular', 'ascent', 'descent', 'letterSpacing', 'wordSpacing'] as const) {
      expect(double[key], key).to.be.closeTo(2 * normal[key], 1e-9);
    }
  });
});

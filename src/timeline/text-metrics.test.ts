import { expect } from '@open-wc/testing';
import { CHART_FONT_SIZE } from './text-metrics.js';
import { timelineStyles } from './timeline.styles.js';

describe('text-metrics', () => {
  it("match the chart's CSS: the layout measures text at the size the chart draws it", () => {
    const chart = timelineStyles.cssText.match(/(?:^|[}\s])\.chart\s*\{([^}]*)\}/)?.[1] ?? '';
    expect(chart).to.contain(`font-size: ${CHART_FONT_SIZE}px;`);
  });
});

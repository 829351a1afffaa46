import { expect } from '@open-wc/testing';
import { textMetrics } from './text-metrics.js';

describe('text-metrics', () => {
  it('textMetrics(fontSize) scales every measure with the text', () => {
    const normal = textMetrics();
    const double = textMetrics(28);
    expect(normal.fontSize).to.equal(14);
    for (const key of ['bold', 'regular', 'ascent', 'descent', 'letterSpacing', 'wordSpacing'] as const) {
      expect(double[key], key).to.be.closeTo(2 * normal[key], 1e-9);
    }
  });
});

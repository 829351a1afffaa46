/**
 * Every chart, for every example of every element: the markup it draws, with numbers rounded to one decimal and ids
 * renumbered, compared with test/browser/__snapshots__/chart-snapshots.test.snap.js. A layout refactor that changes
 * what a chart draws fails here with a diff; `npm run test:snapshots:update` rewrites the file for review.
 */
import '../../src/index.js';
import { breakdownExamples } from '../../src/breakdown/examples.js';
import { englandExamples } from '../../src/england/examples.js';
import type { Example } from '../../src/fixtures/example.js';
import { journeyExamples } from '../../src/journey/examples.js';
import { scorecardExamples } from '../../src/scorecard/examples.js';
import { mountExample, type Tag } from '../../src/test-support/examples.js';
import { captureConsoleErrors, useContainer } from '../../src/test-support/mount.js';
import { matchSnapshot, serialiseMarkup } from '../../src/test-support/snapshot.js';
import { timelineExamples } from '../../src/timeline/examples.js';

/**
 * Each element's chart: the timeline's SVG, the scorecard's judgement rows and scales, the breakdown's bars; the
 * England map's hexagons, its bars of counts, the neighbours and the 31 March columns.
 */
const CHARTS: Record<Exclude<Tag, 'ofsted-journey'>, string> = {
  'ofsted-timeline': 'svg[part="chart"]',
  'ofsted-scorecard': '[part="judgements"]',
  'ofsted-breakdown': '[part="chart"]',
  'ofsted-england': '[part="map"], .bar-figure, [part="neighbours"], .series',
};

const NO_CHART = ' (no chart)\n';

/** The chart's markup, or a line saying there is none (loading, an error, nothing to draw). */
function chartMarkup(root: ShadowRoot): string {
  const tag = root.host.localName as Tag;
  if (tag === 'ofsted-journey') {
    const parts = [...root.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown')];
    return parts.length
      ? parts.map((part) => `${part.localName}:${chartMarkup(part.shadowRoot!)}`).join('\n')
      : NO_CHART;
  }
  const charts = [...root.querySelectorAll(CHARTS[tag])];
  return charts.length ? charts.map(serialiseMarkup).join('') : NO_CHART;
}

const EXAMPLES: [Tag, Record<string, Example>][] = [
  ['ofsted-timeline', timelineExamples],
  ['ofsted-scorecard', scorecardExamples],
  ['ofsted-breakdown', breakdownExamples],
  ['ofsted-journey', journeyExamples],
  ['ofsted-england', englandExamples],
];

const container = useContainer();
// The error examples log their problem, as they should; kept out of the test output.
captureConsoleErrors();

describe('chart snapshots: what each chart draws for every example', function () {
  this.timeout(20000);
  for (const [tag, examples] of EXAMPLES) {
    describe(`<${tag}>`, () => {
      // A map example that draws what an earlier one drew (a theme, a width or a table that leaves the map as it is)
      // is stored as that example's name, so the file holds each 153-hexagon drawing once.
      const drawn = new Map<string, string>();
      for (const [name, example] of Object.entries(examples)) {
        it(name, async () => {
          const { root } = await mountExample(container.element, tag, example);
          const markup = chartMarkup(root);
          const earlier = drawn.get(markup);
          if (!earlier && tag === 'ofsted-england') drawn.set(markup, name);
          await matchSnapshot(`${tag} ${name}`, earlier ? ` (drawn as ${earlier})\n` : markup);
        });
      }
    });
  }
});

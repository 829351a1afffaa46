/**
 * Property-based tests over arbitrary schema-valid datasets: they always validate, and the timeline and breakdown
 * layouts keep everything inside the space they are given.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { chipWidth, layoutBreakdown } from '../breakdown/layout.js';
import { LIMITS } from '../data/limits.js';
import { validateDataset } from '../data/validate.js';
import type { EventKind, Finding, FindingKind, GradeId, Judgement, OfstedDataset, OfstedEvent } from '../data/types.js';
import { textBox } from './label-placement.js';
import { layoutTimeline } from './layout.js';

const EVENT_KINDS: EventKind[] = [
  'inspection',
  'monitoring-visit',
  'focused-visit',
  'joint-targeted-area-inspection',
  'milestone',
];
const FINDING_KINDS: FindingKind[] = ['strength', 'improvement', 'recommendation'];
const GRADES: (GradeId | null)[] = ['outstanding', 'good', 'requires-improvement', 'inadequate', null];
const AREAS = [
  'overall-effectiveness',
  'help-and-protection',
  'children-in-care',
  'care-leavers',
  'leadership',
  'adoption',
];

/** Non-empty text with something other than white space. */
const text = fc
  .tuple(
    fc.string({ minLength: 1, maxLength: 3 }).filter((s) => s.trim() !== ''),
    fc.string({ maxLength: 30 }),
  )
  .map(([a, b]) => a + b);

const MIN_TIME = Date.UTC(1990, 0, 1);
const MAX_TIME = Date.UTC(2030, 11, 31);
const instant = fc.integer({ min: MIN_TIME, max: MAX_TIME });
const precision = fc.constantFrom(4, 7, 10);
/** A time written at a precision: truncating only ever moves its first moment earlier and its last later. */
const iso = (time: number, length: number) => new Date(time).toISOString().slice(0, length);

/** A date or an interval at random precisions, its start never after its end. */
const dateOrInterval = fc.oneof(
  fc.tuple(instant, precision).map(([t, p]) => iso(t, p)),
  fc
    .tuple(instant, instant, precision, precision)
    .map(([a, b, p, q]) => `${iso(Math.min(a, b), p)}/${iso(Math.max(a, b), q)}`),
  // Short intervals of days, as inspections are.
  fc.tuple(instant, fc.integer({ min: 0, max: 20 })).map(([t, days]) => `${iso(t, 10)}/${iso(t + days * 864e5, 10)}`),
);

const judgements: fc.Arbitrary<Judgement[]> = fc
  .uniqueArray(fc.constantFrom(...AREAS), { maxLength: AREAS.length })
  .chain((areas) =>
    fc.tuple(
      ...areas.map((area, i) =>
        fc
          .record({
            grade: fc.constantFrom(...GRADES),
            name: text,
            parent:
              i > 0 ? fc.option(fc.constantFrom(...areas.slice(0, i)), { nil: undefined }) : fc.constant(undefined),
          })
          .map(({ grade, name, parent }): Judgement => ({ area, name, grade, ...(parent ? { parent } : {}) })),
      ),
    ),
  )
  .map(withinDepthLimit);

/** Sub-judgements nest at most LIMITS.judgementDepth deep (a limit of the validator): a deeper one becomes top-level. */
function withinDepthLimit(list: Judgement[]): Judgement[] {
  const depths = new Map<string, number>();
  return list.map((judgement) => {
    const depth = judgement.parent === undefined ? 0 : depths.get(judgement.parent)! + 1;
    depths.set(judgement.area, depth > LIMITS.judgementDepth ? 0 : depth);
    return depth > LIMITS.judgementDepth
      ? { area: judgement.area, name: judgement.name, grade: judgement.grade }
      : judgement;
  });
}

const finding = (sourceIds: string[]): fc.Arbitrary<Finding> =>
  fc
    .record({
      kind: fc.constantFrom(...FINDING_KINDS),
      area: fc.option(fc.constantFrom(...AREAS, 'workforce'), { nil: null }),
      areaInferred: fc.option(fc.boolean(), { nil: undefined }),
      statement: text,
      source: fc.constantFrom(...sourceIds),
    })
    .map(({ areaInferred, ...rest }) => (areaInferred === undefined ? rest : { ...rest, areaInferred }));

/** Random id endings; the index before them keeps ids unique. (fc.stringMatching is slow to build per event.) */
const idSuffix = fc.array(fc.constantFrom(...'az09-'), { maxLength: 5 }).map((chars) => chars.join(''));

const event = (i: number, sourceIds: string[], frameworkIds: string[]): fc.Arbitrary<OfstedEvent> =>
  fc
    .record({
      suffix: idSuffix,
      kind: fc.constantFrom(...EVENT_KINDS),
      title: text,
      date: dateOrInterval,
      dateInferred: fc.option(text, { nil: undefined }),
      published: fc.option(
        fc.tuple(instant, precision).map(([t, p]) => iso(t, p)),
        { nil: undefined },
      ),
      framework: frameworkIds.length
        ? fc.option(fc.constantFrom(...frameworkIds), { nil: undefined })
        : fc.constant(undefined),
      judgements: fc.option(judgements, { nil: undefined, freq: 2 }),
      findings: fc.option(fc.array(finding(sourceIds), { maxLength: 20 }), { nil: undefined, freq: 2 }),
      sources: fc.uniqueArray(fc.constantFrom(...sourceIds), { minLength: 1 }),
    })
    .map(({ suffix, ...rest }) => {
      const result: Record<string, unknown> = { id: `e${i}-${suffix}` };
      for (const [key, value] of Object.entries(rest)) if (value !== undefined) result[key] = value;
      return result as unknown as OfstedEvent;
    });

/** A schema-valid dataset: 1–3 sources, 0–2 frameworks, 0–60 events of every kind. */
export const validDataset: fc.Arbitrary<OfstedDataset> = fc
  .record({
    sourceCount: fc.integer({ min: 1, max: 3 }),
    frameworkCount: fc.integer({ min: 0, max: 2 }),
    eventCount: fc.integer({ min: 0, max: 60 }),
  })
  .chain(({ sourceCount, frameworkCount, eventCount }) => {
    const sourceIds = Array.from({ length: sourceCount }, (_, i) => `source-${i}`);
    const frameworkIds = Array.from({ length: frameworkCount }, (_, i) => `framework-${i}`);
    return fc
      .record({
        authorityName: text,
        sources: fc.tuple(
          ...sourceIds.map((id) =>
            fc
              .record({ title: text, url: fc.option(fc.constant(`https://example.org/${id}`), { nil: undefined }) })
              .map(({ title, url }) => ({ id, title, ...(url ? { url } : {}) })),
          ),
        ),
        frameworks: fc.tuple(...frameworkIds.map((id) => text.map((name) => ({ id, name })))),
        events: eventCount
          ? fc.tuple(...Array.from({ length: eventCount }, (_, i) => event(i, sourceIds, frameworkIds)))
          : fc.constant([] as OfstedEvent[]),
      })
      .map(({ authorityName, sources, frameworks, events }): OfstedDataset => ({
        schemaVersion: 1,
        fictional: true,
        authority: { id: 'arbitrary-fictional', name: authorityName },
        ...(frameworks.length ? { frameworks } : {}),
        sources,
        events,
      }));
  });

const width = fc.integer({ min: 200, max: 2000 });
/** Rounding slack for comparisons of computed pixels. */
const EPSILON = 1e-6;

describe('layouts (properties over arbitrary valid datasets)', () => {
  it('every arbitrary valid dataset validates', () => {
    fc.assert(
      fc.property(validDataset, (dataset) => {
        const result = validateDataset(dataset);
        expect(result.ok ? [] : result.issues.map((issue) => issue.message)).to.deep.equal([]);
      }),
      { numRuns: 150 },
    );
  });

  it('layoutTimeline keeps events, ticks and labels inside the plot, in time order left to right', () => {
    fc.assert(
      fc.property(validDataset, width, fc.integer({ min: 10, max: 32 }), (dataset, w, fontSize) => {
        const layout = layoutTimeline(dataset, { width: w, fontSize });
        const { plot, text } = layout;
        expect(layout.events).to.have.length(dataset.events.length);
        expect(plot.left).to.be.at.least(0);
        expect(plot.right).to.be.at.most(w);
        let previous = -Infinity;
        layout.events.forEach((placed, i) => {
          const where = `${placed.event.id} (${placed.event.date}) at width ${w}`;
          expect(placed.index, where).to.equal(i);
          expect(placed.x, where).to.be.within(plot.left - EPSILON, plot.right + EPSILON);
          expect(placed.y, where).to.be.within(plot.top - EPSILON, plot.bottom + EPSILON);
          expect(placed.x, `${where} is not left of the event before it`).to.be.at.least(previous - EPSILON);
          previous = placed.x;
          if (placed.label) {
            const box = placed.label.box;
            expect(box.x0, `label of ${where}`).to.be.at.least(plot.left - EPSILON);
            expect(box.x1, `label of ${where}`).to.be.at.most(plot.right + EPSILON);
            expect(box.y0, `label of ${where}`).to.be.at.least(0);
            expect(box.y1, `label of ${where}`).to.be.at.most(layout.height);
          }
        });
        expect(layout.ticks.length, `ticks at width ${w}`).to.be.above(0);
        let lastTickEnd = -Infinity;
        for (const tick of layout.ticks) {
          expect(tick.x, `tick ${tick.label}`).to.be.within(plot.left - EPSILON, plot.right + EPSILON);
          const box = textBox(tick.label, tick.x, layout.tickLabelY, tick.anchor, text.regular, text);
          expect(box.y1, `tick label ${tick.label} inside the chart`).to.be.at.most(layout.height);
          expect(box.x0, `tick label ${tick.label} at width ${w}`).to.be.at.least(0);
          expect(box.x1, `tick label ${tick.label} at width ${w}`).to.be.at.most(w);
          expect(box.x0, `tick label ${tick.label} clear of the one before at width ${w}`).to.be.at.least(lastTickEnd);
          lastTickEnd = box.x1;
        }
      }),
      { numRuns: 150 },
    );
  });

  it('layoutBreakdown keeps every bar and count inside its width', () => {
    const eventWithFindings = validDataset
      .filter((dataset) => dataset.events.length > 0)
      .chain((dataset) => fc.constantFrom(...dataset.events));
    const kind = fc.constantFrom(undefined, null, '', 'strength', 'improvement', 'recommendation', 'nonsense');
    fc.assert(
      fc.property(
        eventWithFindings,
        width,
        kind,
        fc.option(fc.constantFrom(...AREAS, 'workforce', '(none)', 'nowhere'), { nil: undefined }),
        fc.integer({ min: 10, max: 24 }),
        (ev, w, k, area, fontSize) => {
          const layout = layoutBreakdown(ev, { width: w, kind: k, area, fontSize });
          const { track } = layout;
          expect(track.left).to.be.at.least(0);
          expect(track.left + track.width, `track at width ${w}`).to.be.at.most(w);
          for (const bar of layout.bars) {
            for (const segment of bar.segments) {
              const where = `${bar.group.key} ${segment.kind} ×${segment.count} at width ${w}`;
              expect(segment.x, where).to.be.at.least(-EPSILON);
              expect(segment.width, where).to.be.at.least(0);
              expect(segment.x + segment.width, where).to.be.at.most(track.width + EPSILON);
              const label = segment.label;
              const chip = chipWidth(segment.count, label.inside, fontSize);
              const [x0, x1] =
                label.anchor === 'start'
                  ? [label.x, label.x + chip]
                  : label.anchor === 'end'
                    ? [label.x - chip, label.x]
                    : [label.x - chip / 2, label.x + chip / 2];
              expect(x0, `count of ${where}`).to.be.at.least(-EPSILON);
              expect(x1, `count of ${where}`).to.be.at.most(track.width + EPSILON);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

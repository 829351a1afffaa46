import { expect } from '@open-wc/testing';
import { eventsInTimeOrder } from '../data/queries.js';
import type { OfstedDataset } from '../data/types.js';
import { validateDataset } from '../data/validate.js';
import {
  barnet,
  barnetInline,
  fictionalFindings,
  fictionalFocusedVisit,
  fictionalPicked,
  fictionalPickedInFile,
} from '../fixtures/datasets.js';
import { areaNameFromId, groupFindings, NO_AREA } from './areas.js';
import { chipWidth, layoutBreakdown, ROW_INSET, type BreakdownLayout } from './layout.js';
import { describeFilters, missingKindsNote, noFindingsReason, noMatchText, summariseFindings } from './summary.js';

const eventOf = (dataset: OfstedDataset, id: string) => dataset.events.find((event) => event.id === id)!;
const datedOf = (dataset: OfstedDataset, id: string) =>
  eventsInTimeOrder(dataset).find((dated) => dated.event.id === id)!;
/** Each bar as [area, strengths, improvements, recommendations]. */
const countsOf = (layout: BreakdownLayout) =>
  layout.bars.map((bar) => [bar.group.key, bar.counts.strength, bar.counts.improvement, bar.counts.recommendation]);

describe('groupFindings(event)', () => {
  it("groups Barnet's 2019 findings in the inspection's judgement order, named as the inspection names them", () => {
    const groups = groupFindings(eventOf(barnetInline, 'inspection-2019'));
    expect(groups.map((g) => [g.key, g.name, g.judged, g.findings.length])).to.deep.equal([
      ['leadership', 'The impact of leaders on social work practice with children and families', true, 16],
      ['help-and-protection', 'The experiences and progress of children who need help and protection', true, 45],
      [
        'children-in-care-and-care-leavers',
        'The experiences and progress of children in care and care leavers',
        true,
        47,
      ],
    ]);
  });

  it('names areas the event did not judge from their ids, in the order the findings first name them', () => {
    const groups = groupFindings(eventOf(fictionalFocusedVisit, 'focused-visit-2021'));
    expect(groups.map((g) => [g.key, g.name, g.judged])).to.deep.equal([
      ['leadership', 'Leadership', false],
      ['children-in-care', 'Children in care', false],
    ]);
    expect(areaNameFromId('children-in-care-and-care-leavers')).to.equal('Children in care and care leavers');
  });

  it('puts judged areas first, then other areas, then findings tied to no judgement', () => {
    const groups = groupFindings(eventOf(fictionalFindings, 'inspection-2022'));
    expect(groups.map((g) => g.key)).to.deep.equal([
      'leadership',
      'help-and-protection',
      'care-leavers',
      'adoption-support',
      NO_AREA,
    ]);
    expect(groups.at(-1)!.name).to.equal('Not tied to one judgement');
    expect(groups.at(-1)!.area).to.equal(null);
  });

  it('the fictional fixtures are valid datasets', () => {
    for (const dataset of [fictionalFindings, fictionalPicked, fictionalPickedInFile]) {
      const result = validateDataset(dataset);
      expect(result.ok ? [] : result.issues.map((issue) => issue.message)).to.deep.equal([]);
    }
  });
});

describe('layoutBreakdown(event, {width, kind, area})', () => {
  it("counts Barnet's 2019 findings per area", () => {
    const layout = layoutBreakdown(eventOf(barnetInline, 'inspection-2019'), { width: 640 });
    expect(countsOf(layout)).to.deep.equal([
      ['leadership', 16, 0, 0],
      ['help-and-protection', 42, 1, 0],
      ['children-in-care-and-care-leavers', 43, 2, 0],
    ]);
    expect(layout.totals).to.deep.equal({ strength: 101, improvement: 3, recommendation: 0 });
    expect(layout.list.map((finding) => finding.kind)).to.deep.equal(Array(4).fill('recommendation'));
  });

  it("keeps Ofsted's own list apart from the bars, in the data's order, and gives each judged row its grade", () => {
    const layout = layoutBreakdown(eventOf(fictionalPicked, 'inspection-2024'), { width: 640 });
    expect(countsOf(layout)).to.deep.equal([
      ['overall-effectiveness', 2, 0, 0],
      ['leadership', 9, 2, 0],
      ['help-and-protection', 4, 6, 0],
      ['children-in-care', 11, 1, 0],
      ['care-leavers', 7, 0, 0],
    ]);
    expect(layout.bars.map((bar) => bar.group.grade)).to.deep.equal([
      'good',
      'good',
      'requires-improvement',
      'good',
      'outstanding',
    ]);
    expect(layout.list.map((finding) => finding.statement)).to.deep.equal([
      'Fictional: the timeliness of assessments for children in need of help.',
      'Fictional: the quality of supervision, including:\n- how often it happens\n- what it records',
    ]);
    expect(
      layoutBreakdown(eventOf(fictionalPicked, 'inspection-2024'), { width: 640, kind: 'strength' }).list,
    ).to.deep.equal([]);
    expect(
      layoutBreakdown(eventOf(fictionalPicked, 'inspection-2024'), { width: 640, area: 'leadership' }).list,
    ).to.have.length(1);
  });

  it("keeps Barnet's 2024 list of four recommendations apart from the bars, which are empty until its section findings load", () => {
    const layout = layoutBreakdown(eventOf(barnet, 'inspection-2024'), { width: 640 });
    expect(countsOf(layout)).to.deep.equal([]);
    expect(layout.list.map((finding) => [finding.kind, finding.area])).to.deep.equal([
      ['recommendation', 'help-and-protection'],
      ['recommendation', 'care-leavers'],
      ['recommendation', 'help-and-protection'],
      ['recommendation', 'help-and-protection'],
    ]);
  });

  it("reserves a row for each of Barnet's 2024 judgements but overall effectiveness while its section findings load", () => {
    const event = eventOf(barnet, 'inspection-2024');
    const awaiting = layoutBreakdown(event, { width: 640, awaitingPicked: true });
    expect(awaiting.awaited.map((group) => [group.key, group.grade])).to.deep.equal([
      ['leadership', 'good'],
      ['help-and-protection', 'good'],
      ['children-in-care', 'outstanding'],
      ['care-leavers', 'good'],
    ]);
    expect(awaiting.awaited.every((group) => group.findings.length === 0)).to.equal(true);
    // The key's kinds are the file's, as its counts in the event say.
    expect(awaiting.totals).to.deep.equal({ strength: 112, improvement: 13, recommendation: 0 });
    expect(layoutBreakdown(event, { width: 640 }).awaited).to.deep.equal([]);
    expect(layoutBreakdown(event, { width: 640, awaitingPicked: true, area: 'leadership' }).awaited).to.have.length(1);
    expect(layoutBreakdown(event, { width: 640, awaitingPicked: true, kind: 'improvement' }).totals).to.deep.equal({
      strength: 0,
      improvement: 13,
      recommendation: 0,
    });
    expect(layoutBreakdown(event, { width: 640, awaitingPicked: true, kind: 'recommendation' }).awaited).to.deep.equal(
      [],
    );
    // An event with no file of picked sentences awaits nothing.
    expect(
      layoutBreakdown(eventOf(barnetInline, 'inspection-2019'), { width: 640, awaitingPicked: true }).awaited,
    ).to.deep.equal([]);
  });

  it('filters by kind, dropping areas with nothing left, and keeps every area as a filter choice', () => {
    const layout = layoutBreakdown(eventOf(barnetInline, 'inspection-2019'), { width: 640, kind: 'recommendation' });
    expect(countsOf(layout)).to.deep.equal([]);
    expect(layout.list.map((f) => f.kind)).to.deep.equal(Array(4).fill('recommendation'));
    expect(
      countsOf(layoutBreakdown(eventOf(barnetInline, 'inspection-2019'), { width: 640, kind: 'improvement' })),
    ).to.deep.equal([
      ['help-and-protection', 0, 1, 0],
      ['children-in-care-and-care-leavers', 0, 2, 0],
    ]);
    expect(layout.groups).to.have.length(3);
    expect(layout.allTotals).to.deep.equal({ strength: 101, improvement: 3, recommendation: 4 });
  });

  it('filters by area, by kind and area together, and by the group tied to no judgement', () => {
    const event = eventOf(barnetInline, 'inspection-2019');
    expect(countsOf(layoutBreakdown(event, { width: 640, area: 'help-and-protection' }))).to.deep.equal([
      ['help-and-protection', 42, 1, 0],
    ]);
    expect(layoutBreakdown(event, { width: 640, area: 'help-and-protection' }).list).to.have.length(2);
    expect(countsOf(layoutBreakdown(event, { width: 640, area: 'leadership', kind: 'improvement' }))).to.deep.equal([]);
    const untied = layoutBreakdown(eventOf(fictionalFindings, 'inspection-2022'), { width: 640, area: NO_AREA });
    expect(countsOf(untied)).to.deep.equal([[NO_AREA, 1, 0, 0]]);
    expect(untied.list).to.have.length(2);
  });

  it('treats an empty or unrecognised kind as every kind, and an unknown area as matching nothing', () => {
    const event = eventOf(barnetInline, 'inspection-2019');
    expect(layoutBreakdown(event, { width: 640, kind: 'weakness' }).filters.kind).to.equal(undefined);
    expect(layoutBreakdown(event, { width: 640, kind: '' }).bars).to.have.length(3);
    expect(layoutBreakdown(event, { width: 640, area: 'nowhere' }).bars).to.deep.equal([]);
  });

  it('lays out nothing for an event without findings', () => {
    const layout = layoutBreakdown(eventOf(barnet, 'inspection-2017'), { width: 640 });
    expect(layout.bars).to.deep.equal([]);
    expect(layout.groups).to.deep.equal([]);
  });

  const cases: [string, OfstedDataset, string, string?][] = [
    ['Barnet 2019', barnetInline, 'inspection-2019'],
    ['Barnet 2019, recommendations', barnetInline, 'inspection-2019', 'recommendation'],
    ['Barnet 2019, strengths', barnetInline, 'inspection-2019', 'strength'],
    ['fictional focused visit', fictionalFocusedVisit, 'focused-visit-2021'],
    ['Barnet 2024', barnetInline, 'inspection-2024'],
    ['fictional, 25 strengths in one area', fictionalFindings, 'inspection-2022'],
  ];
  for (const [width, fontSize] of [
    [320, 14],
    [1000, 14],
    [320, 28],
    [1000, 28],
  ] as const) {
    for (const [name, dataset, id, kind] of cases) {
      it(`keeps every bar and count inside ${width}px with ${fontSize}px text: ${name}`, () => {
        const layout = layoutBreakdown(eventOf(dataset, id), { width, kind, fontSize });
        const { track } = layout;
        expect(track.left, 'track left').to.be.at.least(ROW_INSET);
        expect(track.left + track.width, 'track right').to.be.at.most(width - ROW_INSET);
        expect(layout.narrow).to.equal(width === 320);
        const units = new Set<string>();
        for (const bar of layout.bars) {
          for (const segment of bar.segments) {
            const where = `${bar.group.key} ${segment.kind}`;
            expect(segment.x, where).to.be.at.least(-1e-9);
            expect(segment.x + segment.width, where).to.be.at.most(track.width + 1e-9);
            // One scale on both sides of the centre line.
            units.add((segment.width / segment.count).toFixed(6));
            const { label } = segment;
            const chip = chipWidth(segment.count, label.inside, fontSize);
            const [from, to] =
              label.anchor === 'start'
                ? [label.x, label.x + chip]
                : label.anchor === 'end'
                  ? [label.x - chip, label.x]
                  : [label.x - chip / 2, label.x + chip / 2];
            expect(from, `${where} count`).to.be.at.least(0);
            expect(to, `${where} count`).to.be.at.most(track.width + 1e-9);
            if (label.inside) expect(to - from, `${where} count fits`).to.be.at.most(segment.width);
          }
          const strength = bar.segments.find((s) => s.kind === 'strength');
          if (strength) expect(strength.x + strength.width).to.be.closeTo(track.centre, 1e-9);
          const right = bar.segments.filter((s) => s.kind !== 'strength');
          if (right[0]) expect(right[0].x).to.be.closeTo(track.centre, 1e-9);
          if (right[1]) expect(right[1].x).to.be.closeTo(right[0]!.x + right[0]!.width, 1e-9);
        }
        expect(units.size, 'one pixels-per-finding scale').to.be.at.most(1);
      });
    }
  }

  it('fits the scale to the data: the longest bars reach the ends of the track, so counts of 1 to 4 are long bars', () => {
    for (const width of [320, 768, 1280]) {
      const layout = layoutBreakdown(eventOf(fictionalFocusedVisit, 'focused-visit-2021'), { width });
      const ends = layout.bars.flatMap((bar) => bar.segments.map((segment) => [segment.x, segment.x + segment.width]));
      const left = Math.min(...ends.map(([x0]) => x0!));
      const right = Math.max(...ends.map(([, x1]) => x1!));
      expect(left, `${width}px: from the track's left`).to.be.closeTo(0, 1e-6);
      expect(right, `${width}px: to the track's right`).to.be.closeTo(layout.track.width, 1e-6);
      // Every count fits on its own bar: nothing is pushed outside, so no room is held back for it.
      for (const bar of layout.bars)
        for (const segment of bar.segments) expect(segment.label.inside, `${width}px ${segment.kind}`).to.equal(true);
    }
  });

  it('puts names above the bars at 320px and beside them at 1000px', () => {
    const narrow = layoutBreakdown(eventOf(barnetInline, 'inspection-2019'), { width: 320 });
    const wide = layoutBreakdown(eventOf(barnetInline, 'inspection-2019'), { width: 1000 });
    expect(narrow.labelWidth).to.equal(0);
    expect(narrow.track.width).to.equal(320 - 2 * ROW_INSET);
    expect(wide.labelWidth).to.be.within(120, 260);
    expect(wide.track.left).to.be.above(wide.labelWidth);
  });

  it('moves a count beyond its bar when the segment is too short to hold it', () => {
    const layout = layoutBreakdown(eventOf(fictionalFindings, 'inspection-2022'), { width: 320 });
    const leadership = layout.bars.find((bar) => bar.group.key === 'leadership')!;
    const outside = leadership.segments.filter((s) => !s.label.inside);
    expect(outside.map((s) => s.kind)).to.include('improvement');
    for (const segment of outside) {
      if (segment.kind === 'strength') expect(segment.label.x).to.be.below(segment.x);
      else expect(segment.label.x).to.be.at.least(segment.x + segment.width);
    }
  });
});

describe('breakdown sentences', () => {
  const groupsOf = (dataset: OfstedDataset, id: string) => groupFindings(eventOf(dataset, id));
  const summary = (dataset: OfstedDataset, id: string) =>
    summariseFindings(dataset, datedOf(dataset, id), groupsOf(dataset, id));
  /** As the element says it while an inspection's picked sentences load: over the areas awaiting them too. */
  const summaryWhileLoading = (dataset: OfstedDataset, id: string) => {
    const layout = layoutBreakdown(eventOf(dataset, id), { width: 640, awaitingPicked: true });
    return summariseFindings(dataset, datedOf(dataset, id), [...layout.groups, ...layout.awaited]);
  };

  it("summarises Barnet's inspections from their reports, and its 2021 visit, whose only sentences came from a newspaper, as holding none", () => {
    expect(summaryWhileLoading(barnet, 'inspection-2019')).to.equal(
      "Ofsted's 2019 report on Barnet: 101 strengths and 3 areas for improvement picked from its findings on three judgements; its own list names 4 things to improve.",
    );
    expect(summaryWhileLoading(barnet, 'inspection-2024')).to.equal(
      "Ofsted's 2024 report on Barnet: 112 strengths and 13 areas for improvement picked from its findings on four judgements; its own list names 4 things to improve.",
    );
    expect(summary(barnet, 'focused-visit-2021')).to.equal(
      "Barnet's 23 and 24 June 2021 focused visit has no strengths, areas for improvement or recommendations recorded in this data.",
    );
    expect(summary(fictionalFocusedVisit, 'focused-visit-2021')).to.equal(
      "Northfield (fictional)'s 23 and 24 June 2021 focused visit recorded 7 strengths and 3 areas for improvement across 2 areas.",
    );
  });

  it("says what the chart shows for an inspection whose sentences were picked from its report, with Ofsted's list", () => {
    expect(summary(fictionalPicked, 'inspection-2024')).to.equal(
      "Ofsted's 2024 report on Westbrook (fictional): 33 strengths and 9 areas for improvement picked from its findings on five judgements; its own list names 2 things to improve.",
    );
    // Before the file of picked sentences has loaded, the counts come from the event and the judgements from its
    // judgements but overall effectiveness (the importer picks none under it), as the chart's rows awaiting them.
    expect(summaryWhileLoading(fictionalPickedInFile, 'inspection-2024')).to.equal(
      "Ofsted's 2024 report on Westbrook (fictional): 33 strengths and 9 areas for improvement picked from its findings on four judgements; its own list names 2 things to improve.",
    );
  });

  it('says why an inspection has no findings: no report in the data, or a report with nothing kept', () => {
    expect(noFindingsReason(fictionalPicked, eventOf(fictionalPicked, 'inspection-2026'))).to.equal(
      'This data holds no findings from this inspection: no report of it has been read into the data; its dates and grades come from Fictional notes (invented for testing; not a real document).',
    );
    const kept = { ...eventOf(fictionalPicked, 'inspection-2024'), findings: [] };
    expect(noFindingsReason(fictionalPicked, kept)).to.equal(
      'This data holds no findings from this inspection: its report was read, and no statement from it is kept.',
    );
  });

  it('says plainly when an event has no findings, and counts findings tied to no judgement', () => {
    expect(summary(barnet, 'inspection-2017')).to.equal(
      "Barnet's 25 April to 18 May 2017 inspection has no strengths, areas for improvement or recommendations recorded in this data.",
    );
    expect(summary(fictionalFindings, 'inspection-2022')).to.equal(
      "Eastmoor (fictional)'s 7 to 18 March 2022 inspection recorded 31 strengths, 13 areas for improvement and 6 recommendations across 4 areas; 3 findings are not tied to one judgement.",
    );
  });

  it('notes the kinds the data has none of, and what the filters leave', () => {
    const event = eventOf(fictionalFocusedVisit, 'focused-visit-2021');
    expect(missingKindsNote(layoutBreakdown(event, { width: 640 }).allTotals)).to.equal(
      'This data records no recommendations for this event: it holds only the statements its sources quote.',
    );
    expect(
      missingKindsNote(layoutBreakdown(eventOf(barnetInline, 'inspection-2019'), { width: 640 }).allTotals),
    ).to.equal('');
    const filtered = layoutBreakdown(eventOf(barnetInline, 'inspection-2019'), {
      width: 640,
      kind: 'recommendation',
      area: 'help-and-protection',
    });
    expect(describeFilters(filtered)).to.equal(
      'Showing 2 of 108 findings: recommendations only in “The experiences and progress of children who need help and protection”.',
    );
    expect(filtered.list).to.have.length(2);
    expect(describeFilters(layoutBreakdown(event, { width: 640 }))).to.equal('');
    expect(noMatchText(layoutBreakdown(event, { width: 640, kind: 'recommendation' }))).to.equal(
      'This data records no recommendations for this event.',
    );
  });
});

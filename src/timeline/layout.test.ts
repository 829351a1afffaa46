import { expect } from '@open-wc/testing';
import { barnet, fictionalAllGrades, fictionalOneEvent } from '../fixtures/datasets.js';
import bradfordJson from '../../data/authorities/bradford.json';
import cumberlandJson from '../../data/authorities/cumberland.json';
import kentJson from '../../data/authorities/kent.json';
import somersetJson from '../../data/authorities/somerset.json';
import type { OfstedDataset } from '../data/types.js';
import { overlaps, textBox, textWidth } from './label-placement.js';
import { layoutTimeline, type PlacedEvent } from './layout.js';
import { describeEventCounts, summariseJourney } from './summary.js';

describe('layoutTimeline(dataset, {width})', () => {
  for (const width of [320, 640, 1200]) {
    it(`keeps every event and tick inside the plot at ${width}px`, () => {
      const layout = layoutTimeline(barnet, { width });
      expect(layout.width).to.equal(width);
      for (const placed of layout.events) {
        expect(placed.x, placed.event.id).to.be.within(layout.plot.left, layout.plot.right);
        expect(placed.y, placed.event.id).to.be.within(layout.plot.top, layout.plot.bottom);
      }
      for (const tick of layout.ticks) expect(tick.x).to.be.within(layout.plot.left, layout.plot.right);
      // Each year label stays inside the SVG, at the width the chart's 14px text takes.
      const yearWidth = textWidth('2024', layout.text.regular, layout.text);
      for (const tick of layout.ticks) {
        const labelLeft =
          tick.anchor === 'start' ? tick.x : tick.anchor === 'end' ? tick.x - yearWidth : tick.x - yearWidth / 2;
        expect(labelLeft, tick.label).to.be.within(0, width - yearWidth);
      }
    });
  }

  it('orders events in time and never moves one left of its predecessor', () => {
    const layout = layoutTimeline(barnet, { width: 640 });
    expect(layout.events.map((p) => p.event.id).slice(0, 3)).to.deep.equal([
      'inspection-2012',
      'inspection-2017',
      'commissioner-appointed-2017',
    ]);
    layout.events.forEach((placed, i) => {
      expect(placed.index).to.equal(i);
      if (i > 0) expect(placed.x).to.be.at.least(layout.events[i - 1]!.x);
    });
  });

  it("places Barnet's overall grades in their bands: Inadequate 2017, Good 2019, Good 2024", () => {
    const layout = layoutTimeline(barnet, { width: 640 });
    const graded = layout.events.filter((p) => p.grade);
    expect(graded.map((p) => [p.event.id, p.grade, p.label?.text])).to.deep.equal([
      ['inspection-2017', 'inadequate', 'Inadequate'],
      ['inspection-2019', 'good', 'Good'],
      ['inspection-2024', 'good', 'Good'],
    ]);
    for (const placed of graded) {
      const band = layout.bands.find((b) => b.grade === placed.grade)!;
      expect(placed.y).to.be.within(band.y, band.y + band.height);
    }
    expect(layout.journeyPath.match(/[ML]/g)).to.have.length(3);
  });

  for (const width of [320, 480, 640, 768, 1200, 1280]) {
    it(`keeps point labels clear of band captions and of each other at ${width}px, with the page's text at 100% and 200%`, () => {
      for (const [dataset, fontSize] of [
        [barnet, 14],
        [fictionalAllGrades, 14],
        [barnet, 28],
        [fictionalAllGrades, 28],
      ] as const) {
        const layout = layoutTimeline(dataset, { width, fontSize });
        const captions = layout.bands.map(({ caption }) => caption.box);
        const labels = layout.events.flatMap((p) => (p.label ? [p.label.box] : []));
        if (dataset === barnet && fontSize === 14)
          expect(labels, 'every graded point labelled at the default size').to.have.length(3);
        labels.forEach((box, i) => {
          expect(box.x0, 'inside the plot').to.be.at.least(layout.plot.left);
          expect(box.x1, 'inside the plot').to.be.at.most(layout.plot.right);
          for (const caption of captions) expect(overlaps(box, caption), `label ${i} / caption`).to.equal(false);
          labels.forEach((other, j) => j !== i && expect(overlaps(box, other), `label ${i} / ${j}`).to.equal(false));
        });
      }
    });
  }

  it('puts ungraded events below the bands, in rows that keep neighbours apart', () => {
    const layout = layoutTimeline(barnet, { width: 320 });
    const lowestBand = Math.max(...layout.bands.map((b) => b.y + b.height));
    const lanes = layout.events.filter((p) => !p.grade);
    expect(lanes.map((p) => p.event.id)).to.include.members([
      'inspection-2012',
      'monitoring-visit-2017-11',
      'focused-visit-2021',
    ]);
    for (const placed of lanes) expect(placed.y).to.be.above(lowestBand);
    for (const a of lanes) {
      for (const b of lanes) {
        if (a !== b && a.y === b.y) expect(Math.abs(a.x - b.x), `${a.event.id} / ${b.event.id}`).to.be.at.least(14);
      }
    }
  });

  /** Pairs of events whose 24px targets (circles at their centres) intersect. */
  const meetingTargets = (events: readonly PlacedEvent[]) =>
    events.flatMap((a, i) =>
      events
        .slice(i + 1)
        .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 24)
        .map((b) => `${a.event.id} / ${b.event.id}`),
    );

  for (const width of [640, 1280]) {
    it(`spreads Barnet's 2017-18 cluster so no two 24px targets meet at ${width}px (WCAG 2.5.8)`, () => {
      const layout = layoutTimeline(barnet, { width });
      expect(meetingTargets(layout.events)).to.deep.equal([]);
      expect(layout.crowded).to.equal(false);
    });
  }

  it('says the chart is crowded when the lanes cannot spread the events', () => {
    const sameDay = structuredClone(fictionalOneEvent);
    const [only] = sameDay.events;
    sameDay.events = Array.from({ length: 8 }, (_, i) => ({ ...only!, id: `visit-${i}` }));
    const layout = layoutTimeline(sameDay, { width: 640 });
    expect(meetingTargets(layout.events)).to.not.deep.equal([]);
    expect(layout.crowded).to.equal(true);
  });

  it('thins year ticks so labels never collide', () => {
    const narrow = layoutTimeline(barnet, { width: 320 });
    const wide = layoutTimeline(barnet, { width: 1200 });
    expect(wide.ticks.map((t) => t.label)).to.include.members(['2012', '2017', '2024']);
    expect(narrow.ticks.length).to.be.below(wide.ticks.length);
    narrow.ticks.forEach((tick, i) => i && expect(tick.x - narrow.ticks[i - 1]!.x).to.be.at.least(40));
  });

  it('lays out for 14px text by default, and for larger text when the page enlarges its own', () => {
    const normal = layoutTimeline(barnet, { width: 768 });
    const large = layoutTimeline(barnet, { width: 768, fontSize: 28 });
    expect(normal.text.fontSize).to.equal(14);
    expect(large.bands[0]!.height, 'taller caption rows').to.be.above(normal.bands[0]!.height);
    expect(large.tickLabelY - large.axisY).to.be.above(normal.tickLabelY - normal.axisY);
    expect(large.ticks.length, 'fewer, wider-spaced years').to.be.below(normal.ticks.length);
    for (const layout of [normal, large]) {
      const years = layout.ticks.map((tick) =>
        textBox(tick.label, tick.x, layout.tickLabelY, tick.anchor, layout.text.regular, layout.text),
      );
      years.forEach((box, i) => i && expect(box.x0, layout.ticks[i]!.label).to.be.at.least(years[i - 1]!.x1));
    }
    expect(
      large.bands.map((band) => band.label),
      'short grade words in a narrow chart of large text',
    ).to.include('Requires improvement');
  });

  it('handles a single event and a grade that is not known', () => {
    const one = layoutTimeline(fictionalOneEvent, { width: 320 });
    expect(one.events).to.have.length(1);
    expect(one.journeyPath).to.equal('');
    const all = layoutTimeline(fictionalAllGrades, { width: 640 });
    expect(all.events.find((p) => p.event.id === 'inspection-2011')!.grade).to.equal(undefined);
    expect(new Set(all.events.flatMap((p) => (p.grade ? [p.grade] : [])))).to.have.property('size', 4);
  });
});

describe('an inspection held in parts', () => {
  const inParts = {
    ...fictionalAllGrades,
    events: [
      ...fictionalAllGrades.events,
      {
        id: 'inspection-in-parts',
        kind: 'inspection' as const,
        title: 'Fictional inspection held in two parts',
        date: '2022-12-05/2023-02-15',
        parts: ['2022-12-05/2022-12-09', '2023-02-14/2023-02-15'],
        sources: ['fictional-notes'],
      },
    ],
  };

  it('places each part as its own span, in order, with the gap between them, inside the plot', () => {
    for (const width of [320, 640, 1200]) {
      const layout = layoutTimeline(inParts, { width });
      const placed = layout.events.find((p) => p.event.id === 'inspection-in-parts')!;
      const [first, second] = placed.parts!;
      expect(placed.parts, `${width}px`).to.have.length(2);
      expect(first![0]).to.be.at.least(layout.plot.left);
      expect(first![0]).to.be.at.most(first![1]);
      expect(second![0], 'the second part starts after the first ends').to.be.above(first![1]);
      expect(second![1]).to.be.at.most(layout.plot.right);
    }
    expect(layoutTimeline(fictionalAllGrades, { width: 640 }).events.filter((p) => p.parts)).to.have.length(0);
  });
});

describe('summaries', () => {
  it('summariseJourney(barnet) tells the journey in one sentence', () => {
    expect(summariseJourney(barnet)).to.equal(
      "Barnet children's services were judged Inadequate in 2017, Good in 2019 and Good in 2024 (children in care: Outstanding). The 2012 inspection, which gave no overall grade, judged safeguarding Good and looked after children Good.",
    );
  });

  it("summariseJourney(dataset) names a predecessor council's inspections as such", () => {
    const reorganised = structuredClone(barnet);
    reorganised.events.find((event) => event.id === 'inspection-2017')!.predecessor = 'Barnet Borough';
    expect(summariseJourney(reorganised)).to.equal(
      "Barnet children's services were judged Inadequate in 2017 (then Barnet Borough), Good in 2019 and Good in 2024 (children in care: Outstanding). The 2012 inspection, which gave no overall grade, judged safeguarding Good and looked after children Good.",
    );
  });

  it('summariseJourney(cumberland) puts a predecessor and a differing grade in one bracket, never two in a row', () => {
    const summary = summariseJourney(cumberlandJson as OfstedDataset);
    expect(summary).to.contain('in 2022 (then Cumbria');
    expect(summary).not.to.contain(') (');
  });

  it('summariseJourney(somerset) tells its 2026 inspection, which gave no overall grade, and says so', () => {
    expect(summariseJourney(somersetJson as OfstedDataset)).to.match(
      /The 2026 inspection, which gave no overall grade, judged .*\.$/,
    );
  });

  it('summariseJourney(kent) names its two 2013 inspections without an overall grade by month, not twice "The 2013 inspection"', () => {
    const summary = summariseJourney(kentJson as OfstedDataset);
    expect(summary).to.match(/ The January 2013 inspection, which gave no overall grade, judged safeguarding /);
    expect(summary).to.match(/ The July 2013 inspection, which gave no overall grade, judged looked after children /);
    expect(summary).to.contain('The 2010 inspection, which gave no overall grade');
  });

  it('describeEventCounts(barnet) counts the events by kind', () => {
    expect(describeEventCounts(barnet)).to.equal(
      '13 events from February 2012 to June 2024: 4 inspections, 3 milestones, 5 monitoring visits and 1 focused visit.',
    );
  });

  it('summariseJourney(bradford) tells the grades of its 2012 inspection, which had no overall grade and sits in the lanes', () => {
    expect(summariseJourney(bradfordJson as OfstedDataset)).to.match(
      /\. The 2012 inspection, which gave no overall grade, judged safeguarding Good and looked after children Good\.$/,
    );
  });

  it('says plainly when no inspection has an overall grade', () => {
    expect(summariseJourney(fictionalOneEvent)).to.equal(
      "No inspection of Singleton (fictional council) children's services in this data gives an overall effectiveness grade.",
    );
  });
});

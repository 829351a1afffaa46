import { expect } from '@open-wc/testing';
import { chooseEvent, eventsInTimeOrder, isGraded, type DatedEvent } from '../data/queries.js';
import type { OfstedDataset } from '../data/types.js';
import { barnet, fictionalAllGrades, fictionalOneEvent } from '../fixtures/datasets.js';
import { flattenRows, layoutScorecard, type ScorecardRow } from './layout.js';

const dated = (dataset: OfstedDataset, id: string): DatedEvent =>
  eventsInTimeOrder(dataset).find((item) => item.event.id === id)!;
const scorecardOf = (dataset: OfstedDataset, id: string) => layoutScorecard(dataset, dated(dataset, id));
const byArea = (rows: ScorecardRow[], area: string) => flattenRows(rows).find((row) => row.judgement.area === area)!;

describe('layoutScorecard(dataset, dated)', () => {
  it('defaults, through chooseEvent, to the latest graded inspection: Barnet 2024', () => {
    const choice = chooseEvent(barnet, undefined, isGraded, 'graded inspection');
    expect(choice.ok && choice.dated.event.id).to.equal('inspection-2024');
  });

  it('puts overall effectiveness first, then the rest in the data order', () => {
    const { rows, framework, previous } = scorecardOf(barnet, 'inspection-2024');
    expect(rows.map((row) => [row.judgement.area, row.gradeText, row.overall])).to.deep.equal([
      ['overall-effectiveness', 'Good', true],
      ['leadership', 'Good', false],
      ['help-and-protection', 'Good', false],
      ['children-in-care', 'Outstanding', false],
      ['care-leavers', 'Good', false],
    ]);
    expect(framework?.shortName).to.equal('ILACS');
    expect(previous?.event.id).to.equal('inspection-2019');
  });

  it('nests SIF sub-judgements under their parent (Barnet 2017) and keeps the LSCB review', () => {
    const { rows } = scorecardOf(barnet, 'inspection-2017');
    expect(rows.map((row) => row.judgement.area)).to.deep.equal([
      'overall-effectiveness',
      'help-and-protection',
      'children-looked-after',
      'leadership',
      'lscb',
    ]);
    const lookedAfter = rows[2]!;
    expect(lookedAfter.subRows.map((row) => [row.judgement.name, row.gradeText, row.parentName])).to.deep.equal([
      ['Adoption performance', 'Requires improvement to be good', 'Children looked after and achieving permanence'],
      [
        'Experiences and progress of care leavers',
        'Requires improvement to be good',
        'Children looked after and achieving permanence',
      ],
    ]);
    expect(flattenRows(rows).map((row) => row.judgement.area)).to.deep.equal([
      'overall-effectiveness',
      'help-and-protection',
      'children-looked-after',
      'adoption',
      'care-leavers',
      'leadership',
      'lscb',
    ]);
  });

  it('Barnet 2019 against 2017: Inadequate → Good where areas match or correspond, naming the 2017 judgement', () => {
    const { rows, previous } = scorecardOf(barnet, 'inspection-2019');
    expect(previous?.event.id).to.equal('inspection-2017');
    expect(byArea(rows, 'overall-effectiveness').change).to.deep.equal({
      direction: 'improved',
      text: 'Inadequate → Good, improved',
      grades: 'Inadequate → Good',
      previousText: 'Inadequate (2017)',
      previousName: undefined,
    });
    expect(byArea(rows, 'leadership').change).to.deep.equal({
      direction: 'improved',
      text: 'Inadequate → Good, improved',
      grades: 'Inadequate → Good',
      previousText: 'Inadequate (2017)',
      previousName: '2017: Leadership, management and governance',
    });
    expect(byArea(rows, 'help-and-protection').change.previousName).to.equal(
      '2017: Children who need help and protection',
    );
    // SIF's children looked after is the area ILACS judged as children in care and care leavers: said so in the row.
    expect(byArea(rows, 'children-in-care-and-care-leavers').change).to.deep.equal({
      direction: 'improved',
      text: 'Inadequate → Good, improved',
      grades: 'Inadequate → Good',
      previousText: 'Inadequate (2017)',
      previousName: '2017: Children looked after and achieving permanence, the corresponding judgement then',
    });
  });

  it('Barnet 2024 against 2019: unchanged where areas match; children in care and care leavers against the judgement they were split from', () => {
    const { rows, summary } = scorecardOf(barnet, 'inspection-2024');
    expect(byArea(rows, 'leadership').change).to.include({
      direction: 'unchanged',
      text: 'Good → Good, unchanged',
      grades: 'Good',
      previousName: undefined,
    });
    expect(byArea(rows, 'children-in-care').change).to.deep.equal({
      direction: 'improved',
      text: 'Good → Outstanding, improved',
      grades: 'Good → Outstanding',
      previousText: 'Good (2019)',
      previousName:
        '2019: The experiences and progress of children in care and care leavers, the corresponding judgement then',
    });
    expect(byArea(rows, 'care-leavers').change).to.include({
      direction: 'unchanged',
      text: 'Good → Good, unchanged',
      previousName:
        '2019: The experiences and progress of children in care and care leavers, the corresponding judgement then',
    });
    expect(summary).to.equal(
      "Barnet's 10 to 14 June 2024 inspection judged overall effectiveness Good, the same as in 2019.",
    );
  });

  it("names a predecessor council's inspection as its own, and as the one before", () => {
    const reorganised = structuredClone(barnet);
    reorganised.events.find((event) => event.id === 'inspection-2017')!.predecessor = 'Barnet Borough';
    expect(scorecardOf(reorganised, 'inspection-2017').summary).to.match(
      /^Barnet Borough's 25 April to 18 May 2017 inspection/,
    );
    expect(scorecardOf(reorganised, 'inspection-2019').summary).to.equal(
      "Barnet's 13 to 24 May 2019 inspection judged overall effectiveness Good, up from Inadequate in 2017 (then Barnet Borough).",
    );
  });

  it('tells the change in a one-sentence summary', () => {
    expect(scorecardOf(barnet, 'inspection-2019').summary).to.equal(
      "Barnet's 13 to 24 May 2019 inspection judged overall effectiveness Good, up from Inadequate in 2017.",
    );
    // 2017's previous graded event is the 2012 inspection, which made no overall judgement and shares no area.
    const sif = scorecardOf(barnet, 'inspection-2017');
    expect(sif.summary).to.equal(
      "Barnet's 25 April to 18 May 2017 inspection judged overall effectiveness Inadequate; the 2012 inspection made no overall effectiveness judgement.",
    );
    expect(new Set(flattenRows(sif.rows).map((row) => row.change.text))).to.deep.equal(
      new Set(['No matching judgement in 2012']),
    );
    expect(scorecardOf(barnet, 'inspection-2012').summary).to.equal(
      "Barnet's February 2012 inspection made 2 judgements, none of them of overall effectiveness.",
    );
  });

  it('says when a grade is not known, and when there is no earlier graded inspection', () => {
    const first = scorecardOf(fictionalAllGrades, 'inspection-2011');
    expect(first.previous).to.equal(undefined);
    expect(first.rows.map((row) => [row.gradeText, row.grade, row.change.text])).to.deep.equal([
      ['Not known', undefined, 'First graded inspection in this data'],
      ['Good', first.rows[1]!.grade, 'First graded inspection in this data'],
    ]);
    expect(first.summary).to.equal(
      "The overall effectiveness grade from Northwick (fictional)'s March 2011 inspection is not known.",
    );
    // 2014 against 2011: overall was not known then; safeguarding was not judged in 2014.
    const sif = scorecardOf(fictionalAllGrades, 'inspection-2014');
    expect(byArea(sif.rows, 'overall-effectiveness').change).to.deep.equal({
      text: '2011 grade not known',
      previousText: 'Not known (2011)',
      previousName: undefined,
    });
    expect(sif.summary).to.equal(
      "Northwick (fictional)'s 3 to 26 February 2014 inspection judged overall effectiveness Requires improvement to be good; the 2011 overall effectiveness grade is not known.",
    );
    expect(byArea(sif.rows, 'adoption').gradeText).to.equal('Not known');
  });

  it('marks a decline, and a grade not known now against one known before', () => {
    const declined = scorecardOf(fictionalAllGrades, 'inspection-2017');
    expect(declined.rows[0]!.change).to.include({
      direction: 'declined',
      text: 'Requires improvement to be good → Inadequate, declined',
    });
    expect(declined.summary).to.match(/Inadequate, down from Requires improvement to be good in 2014\.$/);
    const unknownNow = structuredClone(fictionalAllGrades);
    unknownNow.events[3]!.judgements![0]!.grade = null;
    expect(scorecardOf(unknownNow, 'inspection-2017').rows[0]!.change).to.deep.equal({
      text: 'This grade not known; Requires improvement to be good in 2014',
      previousText: 'Requires improvement to be good (2014)',
      previousName: undefined,
    });
  });

  it('keeps a judgement whose parent is missing or circular at the top level', () => {
    const odd = structuredClone(fictionalAllGrades);
    const judgements = odd.events[1]!.judgements!;
    judgements[1]!.parent = 'no-such-area';
    judgements[2]!.parent = 'leadership';
    judgements[4]!.parent = 'children-looked-after';
    const rows = flattenRows(scorecardOf(odd, 'inspection-2014').rows);
    expect(rows).to.have.length(5);
    expect(rows[1]!.judgement.area).to.equal('help-and-protection');
    expect(rows[1]!.parentName).to.equal(undefined);
  });

  it('has no rows for an event without judgements', () => {
    const visit = scorecardOf(fictionalOneEvent, 'visit');
    expect(visit.rows).to.deep.equal([]);
    expect(visit.summary).to.equal(
      "Singleton (fictional council)'s 15 January 2020 monitoring visit made no graded judgements.",
    );
  });
});

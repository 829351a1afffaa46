import { expect } from '@open-wc/testing';
import { barnet, fictionalAllGrades, fictionalInvalid } from '../fixtures/datasets.js';
import type { ValidationResult } from './validate.js';
import { validateDataset } from './validate.js';

const messages = (result: ValidationResult) => (result.ok ? [] : result.issues.map((issue) => issue.message));
const withEvents = (events: unknown[]) => ({ ...structuredClone(fictionalAllGrades), events });

describe('validateDataset', () => {
  it('accepts the Barnet dataset and the fictional all-grades dataset', () => {
    expect(messages(validateDataset(barnet))).to.deep.equal([]);
    expect(messages(validateDataset(fictionalAllGrades))).to.deep.equal([]);
  });

  it('names the path and the bad value of each problem', () => {
    expect(messages(validateDataset(fictionalInvalid))).to.deep.equal([
      'events[0].date: "2019-02-30" is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, or start/end)',
      'events[1].judgements[0].grade: "superb" is not a grade (expected outstanding, good, requires-improvement, inadequate or null)',
    ]);
  });

  it('returns the issue path and value as fields too', () => {
    const result = validateDataset(fictionalInvalid);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[1]).to.include({ path: 'events[1].judgements[0].grade', value: 'superb' });
  });

  it('rejects values that are not datasets at all', () => {
    expect(messages(validateDataset(null))).to.deep.equal(['(root): null is not an object']);
    expect(messages(validateDataset([]))).to.deep.equal(['(root): [] is not an object']);
    expect(messages(validateDataset({}))[0]).to.equal('schemaVersion: missing value is not a supported schema version (expected 1)');
  });

  it('checks references, duplicate ids and unknown properties', () => {
    const event = { id: 'x', kind: 'milestone', title: 'Fictional', date: '2020', sources: ['nope'] };
    expect(messages(validateDataset(withEvents([event, { ...event, sources: ['fictional-notes'], colour: 'red' }])))).to.deep.equal([
      'events[0].sources[0]: "nope" is not a known source id (known: fictional-notes)',
      'events[1].id: "x" is used twice',
      'events[1].colour: "red" is not a known property',
    ]);
  });

  it('rejects an unknown event kind and a sub-judgement whose parent is not an earlier judgement', () => {
    const event = {
      id: 'x',
      kind: 'party',
      title: 'Fictional',
      date: '2020',
      judgements: [{ area: 'adoption', name: 'Adoption', grade: 'good', parent: 'children-looked-after' }],
      sources: ['fictional-notes'],
    };
    expect(messages(validateDataset(withEvents([event])))).to.deep.equal([
      'events[0].kind: "party" is not an event kind (expected inspection, monitoring-visit, focused-visit, joint-targeted-area-inspection or milestone)',
      'events[0].judgements[0].parent: "children-looked-after" is not a known earlier judgement area id (there are none)',
    ]);
  });

  it('accepts a paragraph number, an assigned kind and the counts of an inspection\'s section findings', () => {
    const finding = { kind: 'strength', area: 'leadership', statement: 'Fictional.', source: 'fictional-notes', paragraph: 12, kindAssigned: true };
    const event = { id: 'x', kind: 'inspection', title: 'Fictional', date: '2020', findings: [finding], sectionFindings: { strengths: 3, improvements: 0 }, sources: ['fictional-notes'] };
    expect(messages(validateDataset(withEvents([event])))).to.deep.equal([]);
  });

  it('rejects a paragraph number below 1 or not whole, an assigned kind not true, and broken section findings counts', () => {
    const finding = { kind: 'strength', area: 'leadership', statement: 'Fictional.', source: 'fictional-notes' };
    const event = {
      id: 'x',
      kind: 'inspection',
      title: 'Fictional',
      date: '2020',
      findings: [{ ...finding, paragraph: 0 }, { ...finding, paragraph: 1.5, kindAssigned: false }],
      sectionFindings: { strengths: -2, improvements: '4', mixed: 1 },
      sources: ['fictional-notes'],
    };
    expect(messages(validateDataset(withEvents([event])))).to.deep.equal([
      'events[0].sectionFindings.mixed: 1 is not a known property',
      'events[0].sectionFindings.strengths: -2 is not a whole number of at least 0',
      'events[0].sectionFindings.improvements: "4" is not a whole number of at least 0',
      'events[0].findings[0].paragraph: 0 is not a whole number of at least 1',
      'events[0].findings[1].paragraph: 1.5 is not a whole number of at least 1',
      'events[0].findings[1].kindAssigned: false is not true (leave it out when the source printed the kind)',
    ]);
  });

  it('shortens long bad values in messages', () => {
    const event = { id: 'x', kind: 'milestone', title: 'Fictional', date: 'x'.repeat(200), sources: ['fictional-notes'] };
    const [message] = messages(validateDataset(withEvents([event])));
    expect(message!.length).to.be.below(160);
    expect(message).to.contain('…');
  });

  it("accepts an inspection's parts within its date, and a file's coverage", () => {
    const event = { id: 'x', kind: 'inspection', title: 'Fictional', date: '2022-12-05/2023-02-15', parts: ['2022-12-05/2022-12-09', '2023-02-14/2023-02-15'], sources: ['fictional-notes'] };
    const coverage = { visitsFrom: '2022-04-01', statisticsTo: '2025-03-31', reportsTo: '2026-08-20' };
    expect(messages(validateDataset({ ...withEvents([event]), coverage }))).to.deep.equal([]);
  });

  it('rejects parts out of order, outside the date or fewer than two, and a coverage date that is not a date', () => {
    const event = (parts: unknown) => ({ id: 'x', kind: 'inspection', title: 'Fictional', date: '2022-12-05/2023-02-15', parts, sources: ['fictional-notes'] });
    expect(messages(validateDataset(withEvents([event(['2023-02-14/2023-02-15', '2022-12-05/2022-12-09'])])))).to.deep.equal([
      'events[0].parts[1]: "2022-12-05/2022-12-09" starts before the part before it ends (parts are earliest first)',
    ]);
    expect(messages(validateDataset(withEvents([event(['2022-12-05/2022-12-09', '2023-02-14/2023-02-16'])])))).to.deep.equal([
      'events[0].parts[1]: "2023-02-14/2023-02-16" lies outside the event\'s date',
    ]);
    expect(messages(validateDataset(withEvents([event(['2022-12-05/2023-02-15'])])))).to.deep.equal([
      'events[0].parts: ["2022-12-05/2023-02-15"] must be a list of at least two dates or intervals',
    ]);
    expect(messages(validateDataset({ ...withEvents([]), coverage: { visitsFrom: 'April 2022', to: '2025' } }))).to.deep.equal([
      'coverage.to: "2025" is not a known property',
      'coverage.visitsFrom: "April 2022" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ]);
  });
});

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
});

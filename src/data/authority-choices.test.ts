import { expect } from '@open-wc/testing';
import type { AuthorityIndex, AuthoritySummary } from './authority-index.js';
import { authoritiesByRegion, describeAuthority, NO_OVERALL_GRADE } from './authority-choices.js';
import { GRADES } from './grades.js';
import { loadAuthorityIndex } from './authority-index.js';

const summary = (id: string, shortName: string, region: string, grade: AuthoritySummary['grade'], date?: string): AuthoritySummary => ({
  id, name: `${shortName} Council`, shortName, region, onsCode: 'E00000000', laNumber: '0', urn: '0', grade, ...(date ? { date } : {}),
});

/** A fixed index, so these tests hold whatever the importer writes. */
const index: AuthorityIndex = {
  schemaVersion: 1,
  dataUpTo: '2026-03-01',
  statisticsUpTo: '2025-03-31',
  authorities: [
    summary('york', 'York', 'Yorkshire and the Humber', 'good', '2022-11'),
    summary('barnet', 'Barnet', 'London', 'good', '2024-06-10/2024-06-14'),
    summary('bradford', 'Bradford', 'Yorkshire and the Humber', 'requires-improvement', '2026-01-26/2026-02-06'),
    summary('newham', 'Newham', 'London', null),
  ],
};

describe('describeAuthority(summary)', () => {
  it('gives the grade in Ofsted\'s words, not the index\'s id', () => {
    const bradford = describeAuthority(index.authorities[2]!);
    expect(bradford.grade).to.equal('Requires improvement to be good');
    expect(bradford.label).to.equal('Bradford: Requires improvement to be good (January 2026)');
    expect(bradford.label).not.to.contain('requires-improvement');
  });

  it('gives the month the latest inspection began, at the precision its source gives', () => {
    expect(describeAuthority(index.authorities[1]!)).to.deep.equal({
      id: 'barnet', name: 'Barnet', region: 'London', grade: 'Good', inspected: 'June 2024', label: 'Barnet: Good (June 2024)',
    });
    expect(describeAuthority(index.authorities[0]!).inspected).to.equal('November 2022');
  });

  it('says when there is no overall grade, with no date', () => {
    expect(describeAuthority(index.authorities[3]!).label).to.equal('Newham: No overall grade');
  });
});

describe('authoritiesByRegion(index)', () => {
  it('groups the authorities by region, regions and names in alphabetical order', () => {
    const groups = authoritiesByRegion(index);
    expect(groups.map((group) => group.region)).to.deep.equal(['London', 'Yorkshire and the Humber']);
    expect(groups.map((group) => group.authorities.map((a) => a.id))).to.deep.equal([['barnet', 'newham'], ['bradford', 'york']]);
  });

  it('words every shipped authority without a grade id in any label', async () => {
    const shipped = await loadAuthorityIndex();
    const choices = authoritiesByRegion(shipped).flatMap((group) => group.authorities);
    expect(choices).to.have.length(shipped.authorities.length);
    const words = [...GRADES.map((grade) => grade.label), NO_OVERALL_GRADE];
    for (const choice of choices) {
      expect(words, choice.label).to.include(choice.grade);
      expect(choice.label.startsWith(`${choice.name}: ${choice.grade}`), choice.label).to.equal(true);
    }
  });
});

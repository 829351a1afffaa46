import { expect } from '@open-wc/testing';
import type { AuthorityIndex, AuthoritySummary } from './authority-index.js';
import { matchAuthority, suggestAuthorities } from './authority-lookup.js';
import { authoritySlug } from './find-authority.js';

const summary = (id: string, name: string, shortName: string, onsCode: string, laNumber: string, urn: string): AuthoritySummary => ({
  id, name, shortName, onsCode, laNumber, urn, region: 'Somewhere', grade: null,
});

/** A fixed index, so these tests hold whatever the importer writes. */
const index: AuthorityIndex = {
  schemaVersion: 1,
  dataUpTo: '2026-03-01',
  statisticsUpTo: '2025-03-31',
  authorities: [
    summary('barnet', 'London Borough of Barnet', 'Barnet', 'E09000003', '302', '80487'),
    summary('barnsley', 'Barnsley Metropolitan Borough Council', 'Barnsley', 'E08000016', '370', '80426'),
    summary('bristol', 'Bristol City Council', 'Bristol', 'E06000023', '801', '80519'),
    summary('kingston-upon-hull', 'Hull City Council', 'Kingston upon Hull', 'E06000010', '810', '80484'),
    summary('bournemouth-christchurch-and-poole', 'Bournemouth, Christchurch and Poole Council', 'Bournemouth, Christchurch and Poole', 'E06000058', '839', '2532287'),
  ],
};

describe('authoritySlug(name)', () => {
  it('gives the id the importer gives a statistics name', () => {
    expect(authoritySlug('Barnet')).to.equal('barnet');
    expect(authoritySlug('Bristol, City of')).to.equal('bristol');
    expect(authoritySlug('Kingston upon Hull, City of')).to.equal('kingston-upon-hull');
    expect(authoritySlug('Bournemouth, Christchurch & Poole')).to.equal('bournemouth-christchurch-and-poole');
  });
});

describe('matchAuthority(index, value)', () => {
  it('finds an authority by id, name, short name, ONS code, LA number and Ofsted URN', () => {
    for (const value of ['barnet', 'Barnet', 'BARNET', 'London Borough of Barnet', 'london borough of barnet', 'E09000003', 'e09000003', '302', '80487', ' 302 ']) {
      expect(matchAuthority(index, value)?.id, value).to.equal('barnet');
    }
  });

  it('finds a council by the name it calls itself, with or without "Council"', () => {
    expect(matchAuthority(index, 'Barnsley Metropolitan Borough Council')?.id).to.equal('barnsley');
    expect(matchAuthority(index, 'Bristol City Council')?.id).to.equal('bristol');
    expect(matchAuthority(index, 'Hull City Council')?.id).to.equal('kingston-upon-hull');
    expect(matchAuthority(index, 'Bournemouth, Christchurch & Poole')?.id).to.equal('bournemouth-christchurch-and-poole');
  });

  it('finds nothing for an unknown, empty or very long value', () => {
    expect(matchAuthority(index, 'Atlantis')).to.equal(undefined);
    expect(matchAuthority(index, '   ')).to.equal(undefined);
    expect(matchAuthority(index, 'Barnet'.repeat(100_000))).to.equal(undefined);
  });
});

describe('suggestAuthorities(index, value)', () => {
  it('offers the closest names first', () => {
    expect(suggestAuthorities(index, 'Barnsly').map((a) => a.id)).to.deep.equal(['barnsley']);
    expect(suggestAuthorities(index, 'Barnit').map((a) => a.id)).to.deep.equal(['barnet']);
    expect(suggestAuthorities(index, 'Bristle').map((a) => a.id)).to.deep.equal(['bristol']);
  });

  it('offers nothing for a value like no name, nor for a huge one (its time is measured by npm run bench)', () => {
    expect(suggestAuthorities(index, 'Atlantis')).to.deep.equal([]);
    expect(suggestAuthorities(index, 'x'.repeat(1_000_000))).to.deep.equal([]);
  });
});

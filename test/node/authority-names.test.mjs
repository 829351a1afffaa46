// Issue 26 items 6 and 8: what people type for their council, looked up in the real authority index
// (data/authorities/index.json) by the package's lookup (src/data/authority-lookup.ts, bundled here with esbuild):
// common short names, "County"/"CC"/"Council" forms and well-known abbreviations resolve or are suggested, and a
// council abolished in a reorganisation points to its successors.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const bundled = await build({
  stdin: { contents: "export * from './src/data/authority-lookup.ts';", resolveDir: fileURLToPath(root), loader: 'ts' },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  write: false,
  logLevel: 'silent',
});
const { matchAuthority, suggestAuthorities, lookUpAuthorityId } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
);
const index = JSON.parse(readFileSync(new URL('data/authorities/index.json', root), 'utf8'));

/** What people type, and the council they mean. */
const RESOLVES = {
  kent: ['Kent', 'Kent County', 'Kent CC', 'Kent County Council', 'kent council'],
  'kingston-upon-hull': ['Hull', 'Hull City Council', 'Kingston upon Hull', 'City of Hull'],
  durham: ['County Durham', 'Durham', 'Durham County Council', 'Durham CC'],
  'brighton-and-hove': ['Brighton', 'Brighton & Hove', 'Brighton and Hove City Council', 'Hove'],
  'southend-on-sea': ['Southend', 'Southend-on-Sea', 'Southend on Sea Borough Council'],
  'bournemouth-christchurch-and-poole': ['BCP', 'BCP Council', 'Christchurch', 'Bournemouth, Christchurch and Poole'],
  'westmorland-and-furness': ['Westmorland', 'Westmorland and Furness Council', 'Furness'],
  'telford-and-wrekin': ['Telford', 'Wrekin', 'Telford & Wrekin'],
  'stoke-on-trent': ['Stoke', 'Stoke-on-Trent City Council'],
  'windsor-and-maidenhead': ['Windsor', 'Maidenhead', 'RBWM'],
  'kensington-and-chelsea': ['Kensington', 'Chelsea', 'RBKC', 'Kensington & Chelsea'],
  'hammersmith-and-fulham': ['Hammersmith', 'Fulham', 'LBHF'],
  'barking-and-dagenham': ['Barking', 'Dagenham', 'LBBD'],
  'bath-and-north-east-somerset': ['Bath', 'BANES', 'B&NES'],
  'redcar-and-cleveland': ['Redcar', 'Redcar & Cleveland Borough Council'],
  'blackburn-with-darwen': ['Blackburn', 'Darwen'],
  'isle-of-wight': ['Isle of Wight', 'IOW', 'Isle of Wight Council'],
  'isles-of-scilly': ['Scilly', 'Isles of Scilly'],
  'east-riding-of-yorkshire': ['East Riding', 'East Riding of Yorkshire Council'],
  leeds: ['Leeds City Council', 'Leeds City'],
  barnsley: ['Barnsley MBC', 'Barnsley Metropolitan Borough Council'],
  bradford: ['Bradford', 'Bradford Metropolitan District Council', 'City of Bradford'],
  cumberland: ['Cumberland', 'Cumberland Council'],
  rutland: ['Rutland County Council', 'Rutland CC'],
  'st-helens': ['St Helens', 'St. Helens'],
};

test('common short names, "County"/"CC"/"Council" forms and abbreviations name the council meant', () => {
  const wrong = [];
  for (const [id, values] of Object.entries(RESOLVES)) {
    for (const value of values) {
      const found = matchAuthority(index, value)?.id;
      if (found !== id) wrong.push(`"${value}" gave ${found ?? 'nothing'}, not ${id}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('a name two councils share is answered with both, nearest first', () => {
  for (const [value, ids] of [
    ['Kingston', ['kingston-upon-hull', 'kingston-upon-thames']],
    ['Sussex', ['east-sussex', 'west-sussex']],
    ['Richmond', ['richmond-upon-thames']],
  ]) {
    if (ids.length > 1) assert.equal(matchAuthority(index, value), undefined, value);
    assert.deepEqual(
      suggestAuthorities(index, value)
        .map((a) => a.id)
        .slice(0, ids.length),
      ids,
      value,
    );
  }
});

test('"Telford" is not taken for Bedford or Salford; a misspelling still gets "Did you mean"', () => {
  assert.equal(matchAuthority(index, 'Telford')?.id, 'telford-and-wrekin');
  assert.throws(() => lookUpAuthorityId(index, 'Knet'), /Did you mean Kent\?/);
  assert.throws(
    () => lookUpAuthorityId(index, 'Atlantis'),
    /There is no Ofsted data for a council called "Atlantis"\. Check the council's name/,
  );
});

test('a council abolished in a reorganisation points to the councils that took over, by name or code', () => {
  for (const [value, successors] of [
    ['Cumbria', ['cumberland', 'westmorland-and-furness']],
    ['Cumbria County Council', ['cumberland', 'westmorland-and-furness']],
    ['E10000006', ['cumberland', 'westmorland-and-furness']],
    ['Northamptonshire', ['north-northamptonshire', 'west-northamptonshire']],
    ['E10000021', ['north-northamptonshire', 'west-northamptonshire']],
    ['Bournemouth', ['bournemouth-christchurch-and-poole']],
    ['Poole', ['bournemouth-christchurch-and-poole']],
  ]) {
    assert.equal(matchAuthority(index, value), undefined, value);
    assert.throws(
      () => lookUpAuthorityId(index, value),
      (error) => {
        assert.deepEqual(error.details.suggestions, successors, value);
        assert.match(
          error.message,
          /children's services passed to .* in April 20\d\d: name (one of them|it), for example authority="/,
          value,
        );
        return true;
      },
    );
  }
  assert.throws(() => lookUpAuthorityId(index, 'Cumbria'), {
    message:
      "Cumbria's children's services passed to Cumberland and to Westmorland and Furness in April 2023: name one of them, " +
      'for example authority="cumberland". Their charts show Cumbria\'s inspections before then.',
  });
});

test("every former council's code is in Ofsted's files in data/raw/, under that council's name (none from memory)", async () => {
  const { FORMER_COUNCILS } = await import(
    `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
  );
  const { readOutcomes2025 } = await import('../../scripts/import/read-statistics.mjs');
  const { parseCsv } = await import('../../scripts/import/read-scrape.mjs');
  const [header, ...rows] = parseCsv(
    readFileSync(new URL('data/raw/Provider_data_lookup.csv', root), 'utf8').replace(/^\uFEFF/, ''),
  );
  const nameColumn = header.indexOf('local_authority_ons_name');
  const gone = readOutcomes2025().history.filter((record) => record.status === 'No longer exists');
  for (const former of FORMER_COUNCILS) {
    for (const code of former.codes) {
      const inLookup = rows.some((cells) => cells[nameColumn] === former.name && cells.includes(code));
      const inHistory = gone.some((record) => record.name === former.name && record.owner.ons === code);
      assert.ok(inLookup || inHistory, `${former.name} ${code}`);
    }
  }
});

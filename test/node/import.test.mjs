// The importer (scripts/import/): its pure steps, the defects an audit of its output found (each test compares the
// output with the source the fact comes from), and the rebuild of data/authorities/ byte for byte, in-process.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { slug } from '../../scripts/import/ids.mjs';
import { runImport } from '../../scripts/import/run.mjs';
import { readWorkbook } from '../../scripts/import/sheets.mjs';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const files = readdirSync(new URL('data/authorities/', root)).filter(
  (name) => name.endsWith('.json') && name !== 'index.json',
);
const datasets = new Map(files.map((name) => [name.replace(/\.json$/, ''), readJson(`data/authorities/${name}`)]));
const dataset = (id) => datasets.get(id);

/**
 * A sheet's rows as objects keyed by the heading row (the first row holding `marker`), read cell by cell here (not by
 * the importer's reader); dates are the cells' serial day numbers.
 */
function sheetRows(file, sheet, marker) {
  const cells = readWorkbook(new URL(`data/raw/${file}`, root), [sheet]).Sheets[sheet];
  const range = XLSX.utils.decode_range(cells['!ref']);
  const rows = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(cells[XLSX.utils.encode_cell({ r, c })]?.v ?? null);
    rows.push(row);
  }
  const at = rows.findIndex((row) => row.includes(marker));
  const headings = rows[at].map((heading) =>
    String(heading ?? '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  return rows
    .slice(at + 1)
    .filter((row) => row.some((cell) => cell !== null))
    .map((row) => Object.fromEntries(headings.map((heading, i) => [heading, row[i]])));
}
const serialDate = (value) => new Date(Math.round((value - 25569) * 86_400_000)).toISOString().slice(0, 10);

test('2023-24 visits: every focused and monitoring visit in the "as at 31 March 2024" in-year sheet is in its council\'s file', () => {
  const rows = sheetRows(
    'LA_Inspection_Outcomes_as_at_31_March_2024.ods',
    'Inspections_in_year_2023-24',
    'Local authority name',
  );
  const visits = rows.filter((row) => /visit/i.test(row['Inspection/Visit type']));
  assert.equal(visits.length, 65);
  const kinds = { 'ILACS Focused Visit': 'focused-visit', 'LA Monitoring visit': 'monitoring-visit' };
  // Names as the sheet spells them ("Bristol, City of", "Kingston Upon Hull"): found by the same slug as every id.
  const missing = visits.filter((row) => {
    const found = dataset(slug(row['Local authority name']));
    return !found?.events.some(
      (event) =>
        event.kind === kinds[row['Inspection/Visit type']] && event.date === serialDate(row['Inspection/Visit date']),
    );
  });
  assert.deepEqual(
    missing.map((row) => `${row['Local authority name']} ${row['Inspection/Visit type']}`),
    [],
  );
  // Nottingham, inadequate since 2022: its two monitoring visits of 2023-24, cited to the 2024 edition.
  const nottingham = dataset('nottingham').events.filter(
    (event) => event.date.startsWith('2023-') && event.kind === 'monitoring-visit',
  );
  assert.deepEqual(
    nottingham.map((event) => [event.date, event.sources[0]]),
    [
      ['2023-07-25', 'ofsted-outcomes-2024'],
      ['2023-11-22', 'ofsted-outcomes-2024'],
    ],
  );
});

test('council names: not the misnamings of old report covers, but the name each council goes by', () => {
  const index = readJson('data/authorities/index.json');
  const names = new Map(index.authorities.map((entry) => [entry.id, entry.name]));
  for (const wrong of [
    'Norfolk Council',
    'York City Council',
    'Wakefield District Metropolitan Council',
    'Gateshead Borough Council',
    'Bury Borough Council',
    'Metropolitan Borough of Barnsley Council',
    'London Borough of Merton Council',
  ]) {
    assert.ok(![...names.values()].includes(wrong), wrong);
  }
  assert.deepEqual(
    ['norfolk', 'york', 'wakefield', 'gateshead', 'bury', 'barnsley'].map((id) => [
      names.get(id),
      dataset(id).authority.name,
    ]),
    [
      ['Norfolk County Council', 'Norfolk County Council'],
      ['City of York Council', 'City of York Council'],
      ['Wakefield Council', 'Wakefield Council'],
      ['Gateshead Council', 'Gateshead Council'],
      ['Bury Council', 'Bury Council'],
      ['Barnsley Metropolitan Borough Council', 'Barnsley Metropolitan Borough Council'],
    ],
  );
});

test("Bournemouth, Christchurch and Poole shows Dorset County Council, which ran Christchurch's children's services, as a predecessor", () => {
  const bcp = dataset('bournemouth-christchurch-and-poole');
  const fromDorset = bcp.events.filter((event) => event.predecessor === 'Dorset County Council');
  // The same inspections as Dorset's own file lists under its predecessor, from the 2023 statistics' restructured table.
  const inDorset = dataset('dorset').events.filter((event) => event.predecessor === 'Dorset County Council');
  assert.ok(inDorset.length >= 2);
  assert.deepEqual(
    fromDorset.map((event) => [event.date, event.title]),
    inDorset.map((event) => [event.date, event.title]),
  );
  assert.match(bcp.note, /Dorset County Council ran its children’s services until 2019/);
});

test('inspections held in separate parts carry each part as the report cover prints it', () => {
  const extract = (urn) => readJson(`data/sources/reports/${urn}.json`).reports;
  const printed = (urn, published) => extract(urn).find((report) => report.published === published).inspectionDates;
  const cases = [
    [
      'south-tyneside',
      '80557',
      '2023-05-10',
      '5 to 9 December 2022 and 14 to 15 February 2023',
      ['2022-12-05/2022-12-09', '2023-02-14/2023-02-15'],
    ],
    [
      'sheffield',
      '80551',
      '2014-02-21',
      '19 November-11 December 2013 and 28 – 30 January 2014',
      ['2013-11-19/2013-12-11', '2014-01-28/2014-01-30'],
    ],
    [
      'derbyshire',
      '80460',
      '2019-09-19',
      '8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019',
      ['2019-07-08/2019-07-12', '2019-08-07/2019-08-08'],
    ],
    // From JT-39's archive (reports to August 2026).
    [
      'devon',
      '80461',
      '2025-05-13',
      '30 September to 11 October 2024 and 13 to 16 January 2025',
      ['2024-09-30/2024-10-11', '2025-01-13/2025-01-16'],
    ],
  ];
  for (const [id, urn, published, text, parts] of cases) {
    assert.equal(printed(urn, published), text);
    const event = dataset(id).events.find((candidate) => candidate.sources.includes(`ofsted-report-${published}`));
    assert.deepEqual(event.parts, parts, id);
    assert.equal(event.date, `${parts[0].split('/')[0]}/${parts.at(-1).split('/')[1]}`);
  }
  const withParts = [...datasets.values()].flatMap((d) =>
    d.events.filter((event) => event.parts).map((event) => `${d.authority.id} ${event.id}`),
  );
  assert.equal(withParts.length, 4, withParts.join(', '));
});

test('every generated file says where its sources stop: visits from April 2021, statistics to March 2025, the latest report', () => {
  const latestReport = readdirSync(new URL('data/sources/reports/', root))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => readJson(`data/sources/reports/${name}`).reports.map((report) => report.published))
    .sort()
    .at(-1);
  for (const [id, d] of datasets) {
    const curated = id === 'barnet';
    assert.deepEqual(
      d.coverage,
      { ...(curated ? {} : { visitsFrom: '2021-04-01' }), statisticsTo: '2025-03-31', reportsTo: latestReport },
      id,
    );
  }
});

test('an inspection whose sources give only its publication date is shown in that month, marked as inferred (Barnet 2012)', () => {
  // Before the single inspection framework, the 2023 statistics give a publication date only; without a report cover,
  // nothing gives the inspection's own dates.
  const dateless = [...datasets.values()].flatMap((d) =>
    d.events
      .filter((event) => event.framework === 'pre-sif' && !event.sources.some((id) => id.startsWith('ofsted-report-')))
      .map((event) => [d.authority.id, event]),
  );
  assert.ok(dateless.some(([id]) => id === 'barnet'));
  for (const [id, event] of dateless) {
    assert.equal(event.date, event.published.slice(0, 7), `${id} ${event.id}`);
    assert.match(event.dateInferred ?? '', /publication date/, `${id} ${event.id}`);
  }
  const barnet2012 = dataset('barnet').events.find((event) => event.id === 'inspection-2012');
  assert.deepEqual([barnet2012.date, barnet2012.published], ['2012-02', '2012-02-24']);
});

test('every report is dated as printed on its cover, which is the publication date the statistics give (six were dated from file names)', () => {
  let cited = 0;
  for (const d of datasets.values()) {
    const sources = new Map(d.sources.map((source) => [source.id, source]));
    for (const event of d.events) {
      for (const id of event.sources.filter((source) => source.startsWith('ofsted-report-'))) {
        cited++;
        // West Berkshire's 2015 cover prints "Report published: 13 May 2015"; the statistics give 18 May.
        const printed = { 'west-berkshire inspection-2015-03': '2015-05-13' }[`${d.authority.id} ${event.id}`];
        if (event.published)
          assert.equal(sources.get(id).date, printed ?? event.published, `${d.authority.id} ${event.id}`);
      }
    }
  }
  assert.ok(cited > 400);
  // Stoke-on-Trent's cover prints "Report published: 10/08/2015"; the archived file is named "12 august 2015".
  const stoke = readJson('data/sources/reports/80564.json').reports.find((report) =>
    /12 august 2015/.test(report.file),
  );
  assert.equal(stoke.published, '2015-08-10');
  assert.ok(dataset('stoke-on-trent').sources.some((source) => source.id === 'ofsted-report-2015-08-10'));
});

test("the Local Safeguarding Children Board: Slough 2016 has the grade its report gives; Surrey 2014's cites the separate review it came from", () => {
  const board = (id, eventId) =>
    dataset(id)
      .events.find((event) => event.id === eventId)
      .judgements.find((j) => j.area === 'lscb');
  const sloughReport = readJson('data/sources/reports/80553.json').reports.find(
    (report) => report.published === '2016-02-17',
  );
  assert.ok(sloughReport.judgements.some((j) => j.name === 'The Local Safeguarding Children Board is inadequate'));
  assert.deepEqual(board('slough', 'inspection-2015-11'), {
    area: 'lscb',
    name: 'Local Safeguarding Children Board overall effectiveness',
    grade: 'inadequate',
    sources: ['ofsted-report-2016-02-17'],
  });
  const review = readJson('data/sources/reports/80567.json').reports.find(
    (report) => report.published === '2015-08-03',
  );
  assert.equal(review.title, 'Review of the effectiveness of the Local Safeguarding Children Board');
  assert.deepEqual(review.judgements, [
    { name: 'The Local Safeguarding Children Board requires improvement', grade: 'requires improvement' },
  ]);
  const surrey = board('surrey', 'inspection-2014-10');
  assert.equal(surrey.grade, 'requires-improvement');
  assert.deepEqual(surrey.sources, ['ofsted-statistics-2023', 'ofsted-report-2015-08-03']);
  assert.match(
    surrey.note,
    /^From a separate review of the Local Safeguarding Children Board \(15 to 17 June 2015\), published 3 August 2015/,
  );
  assert.ok(dataset('surrey').sources.some((source) => source.id === 'ofsted-report-2015-08-03'));
});

test("2021-22 visits: every focused and monitoring visit in the 2022 release's in-year sheet is in its council's file", () => {
  const rows = sheetRows(
    'Childrens_social_care_in_England_2022_underlying_data.ods',
    'LA_level_in_year_2021-22',
    'Local authority name',
  );
  const visits = rows.filter((row) => /visit/i.test(row['Inspection/Visit type'] ?? ''));
  assert.equal(visits.length, 106);
  const kinds = { 'ILACS Focused Visit': 'focused-visit', 'LA Monitoring visit': 'monitoring-visit' };
  const owners = (name) => (slug(name) === 'cumbria' ? ['cumberland', 'westmorland-and-furness'] : [slug(name)]);
  const missing = visits.filter((row) =>
    owners(row['Local authority name']).some(
      (id) =>
        !dataset(id)?.events.some(
          (event) =>
            // Barnet's hand-made file dates its visit 23 to 24 June 2021; the sheet gives its first day.
            event.kind === kinds[row['Inspection/Visit type']] &&
            event.date.split('/')[0] === serialDate(row['Inspection/Visit date']),
        ),
    ),
  );
  assert.deepEqual(
    missing.map((row) => `${row['Local authority name']} ${row['Inspection/Visit type']}`),
    [],
  );
  // Bradford, inadequate from 2018: its monitoring visits of 2021-22, cited to the 2022 release.
  const bradford = dataset('bradford').events.filter(
    (event) => event.kind === 'monitoring-visit' && event.date < '2022-04-01',
  );
  assert.ok(bradford.length >= 3);
  for (const event of bradford) assert.equal(event.sources[0], 'ofsted-statistics-2022');
});

test('npm run data:import rebuilds data/authorities/ and data/findings/ byte for byte (runImport, in-process)', () => {
  const out = mkdtempSync(join(tmpdir(), 'ofsted-import-'));
  try {
    const { problems } = runImport({ out });
    assert.deepEqual(problems, []);
    // Elsewhere than data/authorities/, the section findings go to <out>/findings/<authority>/<event>.json.
    const written = readdirSync(out)
      .filter((name) => name !== 'findings')
      .sort();
    assert.deepEqual(written, [...files, 'index.json'].sort());
    for (const name of written) {
      assert.ok(
        readFileSync(join(out, name)).equals(readFileSync(new URL(`data/authorities/${name}`, root))),
        `${name} differs`,
      );
    }
    const listFindings = (dir) =>
      readdirSync(dir, { recursive: true })
        .filter((name) => /\.json$|[/\\]index\.js$/.test(name))
        .sort();
    const findings = listFindings(join(out, 'findings'));
    assert.deepEqual(findings, listFindings(new URL('data/findings/', root)));
    for (const name of findings) {
      const same = readFileSync(join(out, 'findings', name)).equals(
        readFileSync(new URL(`data/findings/${name}`, root)),
      );
      assert.ok(same, `findings/${name} differs`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

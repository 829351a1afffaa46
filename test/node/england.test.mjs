// The national file of <ofsted-england> and its hex layout: exactly today's 153 councils, one a cell; rebuilt from
// the committed councils' files byte for byte; at most 8.1 kB gzip; neighbours and regions as the lookup gives them;
// the 31 March series checked against the statistics' own "as at 31 March" tables.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { buildEngland, inspectionAt, readHexmap, serialiseEngland } from '../../scripts/import/england.mjs';
import { slug } from '../../scripts/import/ids.mjs';
import { parseCsv } from '../../scripts/import/read-scrape.mjs';
import { readWorkbook } from '../../scripts/import/sheets.mjs';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const files = readdirSync(new URL('data/authorities/', root)).filter(
  (name) => name.endsWith('.json') && name !== 'index.json',
);
const datasets = files.map((name) => JSON.parse(read(`data/authorities/${name}`)));
const index = JSON.parse(read('data/authorities/index.json'));
const englandText = read('data/national/england.json');
const england = JSON.parse(englandText);
const idOf = (entry) => (entry.length === 7 ? entry[0] : slug(entry[0]));
const onsOf = new Map(index.authorities.map((authority) => [authority.id, authority.onsCode]));

const [header, ...lookupRows] = parseCsv(read('data/raw/Provider_data_lookup.csv').replace(/^\uFEFF/, ''));
const lookup = lookupRows.map((cells) => Object.fromEntries(header.map((heading, i) => [heading, cells[i]])));
const currentCodes = index.authorities.map((authority) => authority.onsCode).sort();

test('the hex layout holds exactly the 153 current ONS codes, each in the lookup, no two on one cell', () => {
  const { layout, hexes } = JSON.parse(read('data/hexmap/england.hexjson'));
  assert.equal(layout, 'odd-r');
  assert.deepEqual(Object.keys(hexes).sort(), currentCodes);
  assert.equal(currentCodes.length, 153);
  const lookupCodes = new Set(lookup.map((row) => row.la_code_new));
  assert.deepEqual(
    currentCodes.filter((code) => !lookupCodes.has(code)),
    [],
  );
  const cells = Object.values(hexes).map((hex) => `${hex.q},${hex.r}`);
  assert.equal(new Set(cells).size, 153);
  for (const [code, hex] of Object.entries(hexes)) assert.equal(hex.id, code);
});

test('readHexmap stops on a missing council, an old code and two councils on one cell', () => {
  const { hexes } = JSON.parse(read('data/hexmap/england.hexjson'));
  const text = (changed) => JSON.stringify({ layout: 'odd-r', hexes: changed });
  const { E06000063: _cumberland, ...withoutCumberland } = hexes;
  assert.throws(() => readHexmap(currentCodes, text(withoutCumberland)), /missing E06000063/);
  assert.throws(
    () => readHexmap(currentCodes, text({ ...hexes, E10000006: { q: 0, r: 17 } })),
    /not a current council E10000006/,
  );
  assert.throws(
    () => readHexmap(currentCodes, text({ ...hexes, E06000063: { ...hexes.E06000064 } })),
    /share the cell/,
  );
});

test('data/national/england.json is what the importer builds from the committed councils, byte for byte', () => {
  assert.equal(serialiseEngland(buildEngland(datasets)), englandText);
});

test("regions: ONS's nine, with 15 councils in Yorkshire and the Humber, though the lookup gives Gloucestershire that region's code", () => {
  assert.deepEqual(
    england.regions.map((region) => region.code),
    [
      'E12000001',
      'E12000002',
      'E12000003',
      'E12000004',
      'E12000005',
      'E12000006',
      'E12000007',
      'E12000008',
      'E12000009',
    ],
  );
  const yorkshire = england.regions.findIndex((region) => region.name === 'Yorkshire and the Humber');
  assert.equal(england.authorities.filter((entry) => entry.at(-5) === yorkshire).length, 15);
  const gloucestershire = lookup.find((row) => row.local_authority_ons_name === 'Gloucestershire');
  assert.deepEqual([gloucestershire.rgn22cd, gloucestershire.rgn22nm], ['E12000003', 'South West']);
});

test('data/national/england.json is at most 8.1 kB gzip', () => {
  // 8.0 kB with the reports to 22 August 2026 (nine more councils inspected under the April 2026 framework).
  assert.ok(gzipSync(englandText, { level: 9 }).length <= 8100);
});

test("every council's neighbours are the lookup's stat_neighbours_la_code, in its order", () => {
  assert.equal(england.authorities.length, 153);
  for (const entry of england.authorities) {
    const ons = onsOf.get(idOf(entry));
    const row = lookup.find((candidate) => candidate.la_code_new === ons);
    const expected = row.stat_neighbours_la_code.split(',').map((code) => code.trim());
    assert.deepEqual(
      entry.at(-2).map((i) => onsOf.get(idOf(england.authorities[i]))),
      expected,
      idOf(entry),
    );
    assert.equal(england.regions[entry.at(-5)].name, row.rgn22nm.replace(' The ', ' the '), idOf(entry));
  }
});

test("every council's latest inspection in the file is the latest SIF or ILACS inspection of its own file", () => {
  for (const entry of england.authorities) {
    const dataset = datasets.find((candidate) => candidate.authority.id === idOf(entry));
    const latest = dataset.events
      .filter((event) => event.kind === 'inspection' && ['sif', 'ilacs'].includes(event.framework))
      .at(-1);
    const record = entry.at(-1).split(',').at(-1);
    assert.equal(record.split(' ')[0], latest.published, idOf(entry));
    const overall = latest.judgements.find((judgement) => judgement.area === 'overall-effectiveness');
    assert.equal(
      record.split(' ')[2][0],
      overall ? { outstanding: 'O', good: 'G', 'requires-improvement': 'R', inadequate: 'I' }[overall.grade] : '-',
    );
  }
});

const LETTERS = { Outstanding: 'O', Good: 'G', 'Requires improvement to be good': 'R', Inadequate: 'I' };
function statisticsTable(file, sheet, nameColumn) {
  const workbook = readWorkbook(new URL(`data/raw/${file}`, root), [sheet]);
  const rows = XLSX.utils.sheet_to_json(workbook.Sheets[sheet], { header: 1, raw: false, defval: null });
  const at = rows.findIndex((row) => row.includes('Overall effectiveness'));
  const headings = rows[at];
  return rows
    .slice(at + 1)
    .filter((row) => row[headings.indexOf(nameColumn)])
    .map((row) => ({
      key: row[headings.indexOf(nameColumn)],
      grade: LETTERS[row[headings.indexOf('Overall effectiveness')]],
    }));
}
const gradeAt = (entry, year) => inspectionAt(entry.at(-1).split(','), `${year}-03-31`, `${year}-06-30`)?.grades[0];
const seriesRow = (year) => england.series.rows.find((row) => row[0] === year);

test('the 31 March 2025 grades are those of the statistics "as at 31 March 2025", council by council', () => {
  const table = statisticsTable(
    'LA_Inspection_Outcomes_as_at_31_March_2025.ods',
    'Inspections_as_at_31_March',
    'Local authority area code',
  );
  assert.equal(table.length, 153);
  const differ = england.authorities.filter(
    (entry) => gradeAt(entry, 2025) !== table.find((row) => row.key === onsOf.get(idOf(entry)))?.grade,
  );
  assert.deepEqual(differ.map(idOf), []);
  const counts = [...'OGRI'].map((letter) => table.filter((row) => row.grade === letter).length);
  assert.deepEqual(seriesRow(2025).slice(1), [...counts, 0, 0]);
});

test('the 31 March 2023 grades are those of the 2023 statistics but for three published after that edition closed', () => {
  // That edition's cut-off for publication was earlier than 30 June: Liverpool's, Middlesbrough's and West Sussex's
  // reports of inspections begun on 13 March 2023 came out in May 2023. Cumbria stands for the two councils that
  // replaced it.
  const table = statisticsTable(
    'Childrens_social_care_in_England_2023_underlying_data.ods',
    'LA_level_at_31_Mar_2023',
    'Local authority name',
  );
  assert.equal(table.length, 152);
  const successors = { cumberland: 'cumbria', 'westmorland-and-furness': 'cumbria' };
  const differ = england.authorities.filter((entry) => {
    const id = idOf(entry);
    return gradeAt(entry, 2023) !== table.find((row) => slug(row.key) === (successors[id] ?? id))?.grade;
  });
  assert.deepEqual(differ.map(idOf), ['liverpool', 'middlesbrough', 'west-sussex']);
});

test('the series counts 153 councils each year from 2014, and the April 2026 inspections as no overall grade', () => {
  assert.deepEqual(
    england.series.rows.map((row) => row[0]),
    [2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026],
  );
  for (const row of england.series.rows)
    assert.equal(
      row.slice(1).reduce((a, b) => a + b, 0),
      153,
      String(row[0]),
    );
  const noOverall = england.authorities
    .filter((entry) => entry.at(-1).split(',').at(-1).split(' ')[2][0] === '-')
    .map(idOf);
  assert.deepEqual(noOverall, [
    'blackpool',
    'brent',
    'lancashire',
    'liverpool',
    'middlesbrough',
    'north-northamptonshire',
    'portsmouth',
    'somerset',
    'south-tyneside',
    'trafford',
    'west-northamptonshire',
  ]);
});

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
const files = readdirSync(new URL('data/authorities/', root)).filter((name) => name.endsWith('.json') && name !== 'index.json');
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
  const headings = rows[at].map((heading) => String(heading ?? '').replace(/\s+/g, ' ').trim());
  return rows.slice(at + 1).filter((row) => row.some((cell) => cell !== null))
    .map((row) => Object.fromEntries(headings.map((heading, i) => [heading, row[i]])));
}
const serialDate = (value) => new Date(Math.round((value - 25569) * 86_400_000)).toISOString().slice(0, 10);

test('2023-24 visits: every focused and monitoring visit in the "as at 31 March 2024" in-year sheet is in its council\'s file', () => {
  const rows = sheetRows('LA_Inspection_Outcomes_as_at_31_March_2024.ods', 'Inspections_in_year_2023-24', 'Local authority name');
  const visits = rows.filter((row) => /visit/i.test(row['Inspection/Visit type']));
  assert.equal(visits.length, 65);
  const kinds = { 'ILACS Focused Visit': 'focused-visit', 'LA Monitoring visit': 'monitoring-visit' };
  // Names as the sheet spells them ("Bristol, City of", "Kingston Upon Hull"): found by the same slug as every id.
  const missing = visits.filter((row) => {
    const found = dataset(slug(row['Local authority name']));
    return !found?.events.some((event) => event.kind === kinds[row['Inspection/Visit type']] && event.date === serialDate(row['Inspection/Visit date']));
  });
  assert.deepEqual(missing.map((row) => `${row['Local authority name']} ${row['Inspection/Visit type']}`), []);
  // Nottingham, inadequate since 2022: its two monitoring visits of 2023-24, cited to the 2024 edition.
  const nottingham = dataset('nottingham').events.filter((event) => event.date.startsWith('2023-') && event.kind === 'monitoring-visit');
  assert.deepEqual(nottingham.map((event) => [event.date, event.sources[0]]), [
    ['2023-07-25', 'ofsted-outcomes-2024'],
    ['2023-11-22', 'ofsted-outcomes-2024'],
  ]);
});

test('council names: not the misnamings of old report covers, but the name each council goes by', () => {
  const index = readJson('data/authorities/index.json');
  const names = new Map(index.authorities.map((entry) => [entry.id, entry.name]));
  for (const wrong of ['Norfolk Council', 'York City Council', 'Wakefield District Metropolitan Council', 'Gateshead Borough Council',
    'Bury Borough Council', 'Metropolitan Borough of Barnsley Council', 'London Borough of Merton Council']) {
    assert.ok(![...names.values()].includes(wrong), wrong);
  }
  assert.deepEqual(['norfolk', 'york', 'wakefield', 'gateshead', 'bury', 'barnsley'].map((id) => [names.get(id), dataset(id).authority.name]), [
    ['Norfolk County Council', 'Norfolk County Council'],
    ['City of York Council', 'City of York Council'],
    ['Wakefield Council', 'Wakefield Council'],
    ['Gateshead Council', 'Gateshead Council'],
    ['Bury Council', 'Bury Council'],
    ['Barnsley Metropolitan Borough Council', 'Barnsley Metropolitan Borough Council'],
  ]);
});

test('Bournemouth, Christchurch and Poole shows Dorset County Council, which ran Christchurch\'s children\'s services, as a predecessor', () => {
  const bcp = dataset('bournemouth-christchurch-and-poole');
  const fromDorset = bcp.events.filter((event) => event.predecessor === 'Dorset County Council');
  // The same inspections as Dorset's own file lists under its predecessor, from the 2023 statistics' restructured table.
  const inDorset = dataset('dorset').events.filter((event) => event.predecessor === 'Dorset County Council');
  assert.ok(inDorset.length >= 2);
  assert.deepEqual(fromDorset.map((event) => [event.date, event.title]), inDorset.map((event) => [event.date, event.title]));
  assert.match(bcp.note, /Dorset County Council ran its children’s services until 2019/);
});

test('npm run data:import rebuilds data/authorities/ byte for byte (runImport, in-process)', () => {
  const out = mkdtempSync(join(tmpdir(), 'ofsted-import-'));
  try {
    const { problems } = runImport({ out });
    assert.deepEqual(problems, []);
    const written = readdirSync(out).sort();
    assert.deepEqual(written, [...files, 'index.json'].sort());
    for (const name of written) {
      assert.ok(readFileSync(join(out, name)).equals(readFileSync(new URL(`data/authorities/${name}`, root))), `${name} differs`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

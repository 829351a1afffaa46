// Every English authority's data: found by every kind of id, consistent with the index, equal to Ofsted's
// statistics (read here from data/raw/, apart from the importer's own reading). The rebuild is checked in import.test.mjs.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as XLSX from '@e965/xlsx';
import { slug as importerSlug } from '../../scripts/import/ids.mjs';
import { readWorkbook } from '../../scripts/import/sheets.mjs';
import {
  authoritySlug,
  loadAuthorityIndex,
  matchAuthority,
  loadBundledDataset,
  resolveAuthorityId,
} from '../../dist/data.js';
import { authorityIdsModule } from '../../scripts/write-authority-ids.mjs';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const files = readdirSync(new URL('data/authorities/', root)).filter(
  (name) => name.endsWith('.json') && name !== 'index.json',
);
const datasets = files.map((name) => readJson(`data/authorities/${name}`));
const index = readJson('data/authorities/index.json');

const GRADE_IDS = {
  Outstanding: 'outstanding',
  Good: 'good',
  'Requires improvement to be good': 'requires-improvement',
  Inadequate: 'inadequate',
};
/** dd/mm/yyyy → yyyy-mm-dd */
const isoDate = (text) => text.split('/').reverse().join('-');
/**
 * One table of a sheet as objects keyed by its header row's headings, whitespace collapsed (the 2023 sheet's
 * headings carry double spaces and line breaks). The table runs to the first empty row.
 */
function sheetRows(file, sheet, headerRow) {
  const workbook = readWorkbook(new URL(`data/raw/${file}`, root), [sheet]); // SheetJS, quieted; rows read here
  const rows = XLSX.utils.sheet_to_json(workbook.Sheets[sheet], {
    header: 1,
    raw: false,
    defval: null,
    blankrows: true,
  });
  const headings = rows[headerRow].map((heading) => String(heading).replace(/\s+/g, ' ').trim());
  const end = rows.findIndex((row, i) => i > headerRow && !row.some((cell) => cell !== null));
  return rows
    .slice(headerRow + 1, end === -1 ? undefined : end)
    .map((row) => Object.fromEntries(headings.map((heading, i) => [heading, row[i]])));
}
const STATISTICS_2023 = ['Childrens_social_care_in_England_2023_underlying_data.ods', 'LA_inspections_2009-2023'];
const overallOf = (event) => event.judgements?.find((judgement) => judgement.area === 'overall-effectiveness');
/** Events of predecessors appear in each successor's file: count each inspection once. */
const distinct = (pairs) =>
  new Map(pairs.map(([dataset, event]) => [`${event.predecessor ?? dataset.authority.id} ${event.id}`, event]));
const allEvents = datasets.flatMap((dataset) => dataset.events.map((event) => [dataset, event]));

test('153 current English authorities, each in the index, and src/data/authority-ids.ts lists exactly their files', () => {
  assert.equal(files.length, 153);
  assert.deepEqual(
    index.authorities.map((a) => `${a.id}.json`),
    [...files].sort(),
  );
  assert.equal(
    readFileSync(new URL('src/data/authority-ids.ts', root), 'utf8'),
    authorityIdsModule(new URL('data/authorities/', root)),
  );
});

test("the elements' authoritySlug gives every statistics name the id the importer gives it (the rule is written twice)", () => {
  const names = new Set([
    ...sheetRows('LA_Inspection_Outcomes_as_at_31_March_2025.ods', 'ILACS_inspection_history', 2).map(
      (row) => row['Local authority name'],
    ),
    ...sheetRows(...STATISTICS_2023, 4).map((row) => row['Local authority name']),
  ]);
  assert.ok(names.size > 150);
  const differ = [...names].filter((name) => authoritySlug(name) !== importerSlug(name));
  assert.deepEqual(differ, []);
});

test("the index agrees with each authority's file: names, codes and latest overall grade", () => {
  for (const entry of index.authorities) {
    const { authority, events } = datasets.find((dataset) => dataset.authority.id === entry.id);
    assert.equal(entry.name, authority.name);
    assert.equal(entry.shortName, authority.shortName);
    assert.deepEqual(
      [entry.onsCode, entry.laNumber, entry.urn, entry.region],
      [
        authority.identifiers.onsCode,
        authority.identifiers.localAuthorityNumber,
        authority.identifiers.ofstedUrn,
        authority.identifiers.region,
      ],
    );
    const latest = events.filter((event) => overallOf(event)?.grade).at(-1);
    assert.equal(entry.grade, latest ? overallOf(latest).grade : null, entry.id);
    assert.equal(entry.date, latest?.date, entry.id);
  }
});

test('every authority is found by its id, names, ONS code, LA number and Ofsted URN, and its data loads and validates', async () => {
  const loadedIndex = await loadAuthorityIndex();
  const wrong = [];
  for (const entry of loadedIndex.authorities) {
    for (const value of [
      entry.id,
      entry.name,
      entry.name.toUpperCase(),
      entry.shortName,
      entry.onsCode,
      entry.laNumber,
      entry.urn,
    ]) {
      const found = await resolveAuthorityId(value).catch((error) => error.message);
      if (found !== entry.id) wrong.push(`${value} → ${found} (expected ${entry.id})`);
    }
    const dataset = await loadBundledDataset(entry.id);
    assert.equal(dataset.authority.id, entry.id);
  }
  assert.deepEqual(wrong, []);
});

test('every ILACS inspection in the 2025 statistics, January 2018 to March 2025, with its grades: 271 (171 standard, 100 short)', () => {
  const rows = sheetRows('LA_Inspection_Outcomes_as_at_31_March_2025.ods', 'ILACS_inspection_history', 2);
  assert.equal(rows.length, 271);
  const types = rows.map((row) => row['Inspection type']);
  assert.equal(types.filter((type) => /standard/i.test(type)).length, 171);
  assert.equal(types.filter((type) => /short/i.test(type)).length, 100);
  const columns = [
    ['overall-effectiveness', 'Overall effectiveness'],
    ['leadership', 'The impact of leaders on social work practice with children and families'],
    ['help-and-protection', 'The experiences and progress of children who need help and protection'],
    [/^children-in-care/, 'The experiences and progress of children in care'],
    ['care-leavers', 'The experiences and progress of care leavers'],
  ];
  const problems = [];
  for (const row of rows) {
    const start = isoDate(row['Inspection date']);
    const matches = allEvents.filter(
      ([dataset, event]) =>
        event.framework === 'ilacs' &&
        event.kind === 'inspection' &&
        event.date.startsWith(start) &&
        (dataset.authority.identifiers.onsCode === row['Local authority area code'] ||
          event.predecessor === row['Local authority name']),
    );
    if (matches.length === 0) problems.push(`${row['Local authority name']} ${start}: no event`);
    for (const [dataset, event] of matches) {
      for (const [area, heading] of columns) {
        const want = row[heading] ? GRADE_IDS[row[heading]] : undefined;
        const judgement = event.judgements.find(
          (j) => (typeof area === 'string' ? j.area === area : area.test(j.area)) && !j.parent,
        );
        if (want !== judgement?.grade)
          problems.push(`${dataset.authority.id} ${event.id} ${heading}: ${judgement?.grade} ≠ ${row[heading]}`);
      }
      if (event.published !== isoDate(row['Publication date']))
        problems.push(`${dataset.authority.id} ${event.id}: published ${event.published}`);
    }
  }
  assert.deepEqual(problems, []);
  // Wakefield's March 2025 inspection, published in July, is later than the statistics: it comes from its report.
  const fromStatistics = distinct(
    allEvents.filter(
      ([, event]) =>
        event.framework === 'ilacs' &&
        event.kind === 'inspection' &&
        event.date.slice(0, 10) <= '2025-03-31' &&
        !event.sources.every((id) => id === 'ofsted-scrape' || id.startsWith('ofsted-report-')),
    ),
  );
  assert.equal(fromStatistics.size, 271);
});

test("every inspection of 2009-2018 in the 2023 statistics: SLAC 148 + 11 re-inspections, child protection 49 + 1, looked after children 4, SIF 148 + 21, and the predecessors' table", () => {
  const current = sheetRows(...STATISTICS_2023, 4);
  const predecessors = sheetRows(...STATISTICS_2023, 160);
  const count = (rows) => {
    const dated = (heading) => rows.filter((row) => /^\d\d\/\d\d\/\d{4}$/.test(row[heading] ?? '')).length;
    return {
      slac: dated('Safeguarding & Looked After Children (SLAC) Inspection publication date'),
      slacRe:
        dated('SLAC re-inspection of Safeguarding publication date') +
        dated('SLAC re-inspection of services for Children Looked After publication date'),
      cp: dated('Child Protection Inspections (CPI) publication date'),
      cpRe: dated('Child Protection Re-Inspection (CPRI) publication date'),
      lac: dated('Targeted Looked After Children (TLAC) inspection publication date'),
      sif: dated("Single Inspection of LA Children's Services (SIF) First SIF publication date"),
      sifRe: dated("Single Inspection of LA Children's Services (SIF) SIF Re-inspection publication date"),
    };
  };
  const inCurrent = count(current);
  assert.deepEqual(inCurrent, { slac: 148, slacRe: 11, cp: 49, cpRe: 1, lac: 4, sif: 148, sifRe: 21 });
  const inBoth = Object.fromEntries(Object.entries(count(predecessors)).map(([key, n]) => [key, n + inCurrent[key]]));
  const data = {
    preSif: distinct(allEvents.filter(([, event]) => event.framework === 'pre-sif' && event.kind === 'inspection'))
      .size,
    sif: distinct(allEvents.filter(([, event]) => event.framework === 'sif')).size,
  };
  assert.deepEqual(data, {
    preSif: inBoth.slac + inBoth.slacRe + inBoth.cp + inBoth.cpRe + inBoth.lac,
    sif: inBoth.sif + inBoth.sifRe,
  });
});

test('every SIF inspection in the 2023 statistics has its overall grade and publication date in the data', () => {
  const problems = [];
  for (const row of sheetRows(...STATISTICS_2023, 4)) {
    for (const prefix of ['First SIF', 'SIF Re-inspection']) {
      const published = row[`Single Inspection of LA Children's Services (SIF) ${prefix} publication date`];
      if (!/^\d\d\/\d\d\/\d{4}$/.test(published ?? '')) continue;
      // The 2023 sheet names "Bedford Borough" and still lists Cumbria, whose inspections its two successors show.
      const name = row['Local authority name'];
      const id = matchAuthority(index, name)?.id ?? authoritySlug(name);
      const event = allEvents.find(
        ([dataset, e]) =>
          (dataset.authority.id === id || e.predecessor === name) &&
          e.framework === 'sif' &&
          e.published === isoDate(published),
      )?.[1];
      const want = GRADE_IDS[row[`${prefix} Overall Judgement (OE)`]] ?? null;
      if (!event) problems.push(`${id} ${prefix} ${published}: no event`);
      else if (overallOf(event)?.grade !== want)
        problems.push(`${id} ${event.id}: ${overallOf(event)?.grade} ≠ ${want}`);
    }
  }
  assert.deepEqual(problems, []);
});

test('grades the statistics relabelled say so: "Adequate" in the reports before the SIF', () => {
  const preSif = allEvents
    .filter(([, event]) => event.framework === 'pre-sif')
    .flatMap(([, event]) => event.judgements ?? []);
  const requiresImprovement = preSif.filter((judgement) => judgement.grade === 'requires-improvement');
  assert.ok(requiresImprovement.length > 0);
  for (const judgement of requiresImprovement) {
    assert.equal(judgement.wording, 'Adequate');
    assert.match(judgement.note, /Requires improvement to be good/);
  }
  const later = allEvents
    .filter(([, event]) => event.framework !== 'pre-sif')
    .flatMap(([, event]) => event.judgements ?? []);
  assert.equal(later.filter((judgement) => judgement.wording === 'Adequate').length, 0);
});

test("Barnet's hand-made history keeps its grades equal to the statistics', and its 2024 findings are the report's words", () => {
  const barnet = datasets.find((dataset) => dataset.authority.id === 'barnet');
  const grades = (id) =>
    Object.fromEntries(barnet.events.find((event) => event.id === id).judgements.map((j) => [j.area, j.grade]));
  const row = sheetRows(...STATISTICS_2023, 4).find((r) => r['Local authority name'] === 'Barnet');
  assert.deepEqual(grades('inspection-2012'), {
    safeguarding: GRADE_IDS[row['SLAC Safeguarding Overall effectiveness (OE)']],
    'looked-after-children': GRADE_IDS[row['SLAC Looked After Children Overall Effectiveness (OE)']],
  });
  assert.equal(grades('inspection-2017')['overall-effectiveness'], GRADE_IDS[row['First SIF Overall Judgement (OE)']]);
  assert.deepEqual(
    barnet.events.find((event) => event.id === 'inspection-2024').findings.map((f) => f.statement),
    [
      'Return home interviews informing safety plans for children who go missing.',
      'Communication about living arrangements for care leavers.',
      'Timeliness of early help support.',
      'Management oversight of the local authority designated officer (LADO).',
    ],
  );
});

test("reorganised councils show their predecessors' inspections, labelled as such", () => {
  const predecessors = (id) =>
    [
      ...new Set(
        datasets
          .find((d) => d.authority.id === id)
          .events.map((event) => event.predecessor)
          .filter(Boolean),
      ),
    ].sort();
  assert.deepEqual(predecessors('bournemouth-christchurch-and-poole'), [
    'Bournemouth',
    'Dorset County Council',
    'Poole',
  ]);
  assert.deepEqual(predecessors('north-northamptonshire'), ['Northamptonshire']);
  assert.deepEqual(predecessors('west-northamptonshire'), ['Northamptonshire']);
  assert.deepEqual(predecessors('cumberland'), ['Cumbria']);
  assert.deepEqual(predecessors('westmorland-and-furness'), ['Cumbria']);
  for (const [, event] of allEvents.filter(([, e]) => e.predecessor)) assert.match(event.title, /predecessor/);
});

test('each council that replaced others marks the change with a milestone, dated and cited where Ofsted prints it', () => {
  const expected = {
    cumberland: ['2023-04', 'ofsted-report-2024-11-26'],
    'westmorland-and-furness': ['2023-04', 'ofsted-report-2024-07-12'],
    'north-northamptonshire': ['2021-04-01', 'ofsted-report-2026-07-07'],
    'west-northamptonshire': ['2021-04-01', 'ofsted-report-2026-07-07'],
    'bournemouth-christchurch-and-poole': ['2019-04', 'ofsted-statistics-2022-restructure'],
  };
  for (const dataset of datasets) {
    const milestones = dataset.events.filter((event) => event.kind === 'milestone' && /takes over/.test(event.title));
    const id = dataset.authority.id;
    if (!expected[id]) {
      assert.equal(milestones.length, 0, id);
      continue;
    }
    assert.equal(milestones.length, 1, id);
    const [milestone] = milestones;
    assert.deepEqual([milestone.date, ...milestone.sources], expected[id], id);
    assert.ok(
      dataset.sources.some((source) => source.id === milestone.sources[0]),
      `${id} cites a listed source`,
    );
    // The predecessor's inspections all come before it; the council's own after it.
    for (const event of dataset.events.filter((e) => e.kind === 'inspection'))
      assert.equal(event.date < milestone.date, Boolean(event.predecessor), `${id} ${event.id}`);
  }
  // What is quoted is in the report extract, word for word.
  const quoted = readJson('data/authorities/cumberland.json').events.find((e) => e.kind === 'milestone').summary;
  const said = quoted.match(/“(.+)”/)[1];
  assert.ok(readFileSync(new URL('data/sources/reports/2733690.json', root), 'utf8').includes(said));
});

test('inspections after April 2026 carry no overall effectiveness judgement at all', () => {
  const late = allEvents.filter(([, event]) => event.kind === 'inspection' && event.date.slice(0, 10) >= '2026-04-01');
  assert.ok(late.length > 0, 'the scrape has inspections from April 2026');
  for (const [dataset, event] of late) assert.equal(overallOf(event), undefined, `${dataset.authority.id} ${event.id}`);
});

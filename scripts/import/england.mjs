// The national file data/national/england.json, read only by <ofsted-england>: every council's graded inspections
// (SIF and ILACS), its region, statistical neighbours and hexagon, and the 31 March series of latest overall grades.
// Built from the datasets the import has just made, the lookup and the hex layout; same inputs, same bytes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { paths, provenance, rawFiles } from './inputs.mjs';
import { slug } from './ids.mjs';
import { parseCsv } from './read-scrape.mjs';
import { baseSources } from './sources.mjs';
import { JUDGEMENTS } from '../../src/england/judgements.js';

export const englandPath = `${paths.root}data/national/england.json`;
export const hexmapPath = `${paths.root}data/hexmap/england.hexjson`;

/** The judgements the element can colour by, in this order in each inspection's grade string: the element's list. */
export { JUDGEMENTS };

/** The areas of each framework that a column takes, nearest first (SIF's children looked after is its children in care). */
const COLUMN_AREAS = [
  ['overall-effectiveness'],
  ['leadership'],
  ['help-and-protection'],
  ['children-in-care', 'children-in-care-and-care-leavers', 'children-looked-after'],
  ['care-leavers'],
];

const GRADE_LETTERS = { outstanding: 'O', good: 'G', 'requires-improvement': 'R', inadequate: 'I' };

export const FIRST_YEAR = 2014;

/** The lookup's current councils: ONS code, region and ranked statistical neighbours. */
export function readNeighbourLookup(text = readFileSync(paths.raw + rawFiles.lookup, 'utf8')) {
  const [header, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  const column = (name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${rawFiles.lookup}: no column ${name}`);
    return index;
  };
  const [ons, neighbours, regionCode, regionName] = [
    'la_code_new',
    'stat_neighbours_la_code',
    'rgn22cd',
    'rgn22nm',
  ].map(column);
  return rows
    .filter((cells) => /^E1[02]/.test(cells[regionCode]) && cells[ons])
    .map((cells) => ({
      ons: cells[ons].trim(),
      // One region is spelt two ways in the lookup ("Yorkshire and The Humber"); ONS writes "the".
      region: { code: cells[regionCode].trim(), name: cells[regionName].trim().replace(' The ', ' the ') },
      neighbours: cells[neighbours]
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean),
    }));
}

/**
 * The ONS regions, each named once, with the code most of its councils carry: the lookup gives Gloucestershire the
 * code of Yorkshire and the Humber (E12000003) beside the name South West, so names, not codes, place a council.
 */
export function regionsOf(lookup) {
  const codesByName = new Map();
  for (const { region } of lookup) codesByName.set(region.name, [...(codesByName.get(region.name) ?? []), region.code]);
  const mostCommon = (codes) =>
    codes
      .sort()
      .reduce((best, code) =>
        codes.filter((c) => c === code).length > codes.filter((c) => c === best).length ? code : best,
      );
  return [...codesByName]
    .map(([name, codes]) => ({ code: mostCommon(codes), name }))
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** The hexagons by ONS code; stops unless they are exactly `codes`, one a cell. */
export function readHexmap(codes, text = readFileSync(hexmapPath, 'utf8')) {
  const hexmap = JSON.parse(text);
  if (hexmap.layout !== 'odd-r') throw new Error(`england.hexjson: layout ${hexmap.layout}, expected odd-r`);
  const hexes = new Map(Object.entries(hexmap.hexes));
  const missing = codes.filter((code) => !hexes.has(code));
  const extra = [...hexes.keys()].filter((code) => !codes.includes(code));
  if (missing.length || extra.length)
    throw new Error(
      `england.hexjson: missing ${missing.join(' ') || 'none'}; not a current council ${extra.join(' ') || 'none'}`,
    );
  const cells = new Map();
  for (const [code, hex] of hexes) {
    const cell = `${hex.q},${hex.r}`;
    if (cells.has(cell)) throw new Error(`england.hexjson: ${code} and ${cells.get(cell)} share the cell ${cell}`);
    cells.set(cell, code);
  }
  return hexes;
}

const daysBetween = (from, to) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * One inspection as "<publication date> <days from its first day to publication (0: the sources give only the
 * publication date)> <grades> <source index>", grades a letter per judgement (O G R I; "-" or left off at the end:
 * not judged). A council's inspections are one string, comma-separated, oldest first.
 */
function inspectionRecord(event, sourceIndex) {
  const grades = COLUMN_AREAS.map((areas) => {
    for (const area of areas) {
      const judgement = event.judgements.find((candidate) => candidate.area === area);
      if (judgement) return GRADE_LETTERS[judgement.grade] ?? '-';
    }
    return '-';
  })
    .join('')
    .replace(/-+$/, '');
  const firstDay = event.date.slice(0, 10);
  return [
    event.published,
    firstDay.length === 10 ? daysBetween(firstDay, event.published) : 0,
    grades,
    sourceIndex(event.sources),
  ].join(' ');
}

const isGradedInspection = (event) =>
  event.kind === 'inspection' && (event.framework === 'sif' || event.framework === 'ilacs') && event.published;

/** An inspection record's fields: publication date, first day (the publication date when the sources give no other), grades, source. */
export function parseInspection(record) {
  const [published, days, letters, source] = record.split(' ');
  const grades = letters.padEnd(JUDGEMENTS.length, '-');
  const firstDay = new Date(Date.parse(published) - Number(days) * 86_400_000).toISOString().slice(0, 10);
  return { published, firstDay, grades, source: Number(source) };
}

/** The inspection whose grades stood at `asAt`: the latest started by `asAt` and published by `publishedBy`. */
export function inspectionAt(inspections, asAt, publishedBy = asAt) {
  let found;
  for (const record of inspections) {
    const inspection = parseInspection(record);
    if (inspection.firstDay <= asAt && inspection.published <= publishedBy) found = inspection;
  }
  return found;
}

/**
 * Counts of latest overall grades at each 31 March, as Ofsted's statistics count them: inspections started by 31
 * March whose report was published by 30 June. [outstanding, good, requires improvement, inadequate, no overall
 * grade yet (no SIF or ILACS inspection), no overall grade (the latest inspection, from April 2026, gives none)].
 */
export function seriesCounts(authorities, lastYear) {
  const rows = [];
  for (let year = FIRST_YEAR; year <= lastYear; year++) {
    const counts = [0, 0, 0, 0, 0, 0];
    for (const authority of authorities) {
      const inspection = inspectionAt(authority.at(-1).split(','), `${year}-03-31`, `${year}-06-30`);
      const letter = inspection?.grades[0];
      counts[inspection ? ('OGRI'.indexOf(letter) >= 0 ? 'OGRI'.indexOf(letter) : 5) : 4] += 1;
    }
    rows.push([year, ...counts]);
  }
  return rows;
}

/** Only what a reader of the map needs to know about a source; the councils' own files carry the sources' full notes. */
const notes = {
  lookup: 'Regions and statistical neighbours, nearest first (DfE, 2025 model).',
  hexmap: 'MIT licence; Cumbria and Northamptonshire split into today’s councils.',
};

const lookupSource = {
  id: 'lookup',
  title: 'Provider data lookup (Provider_data_lookup.csv)',
  publisher: 'data-to-insight',
  date: provenance.scrapeCommitDate,
  url: provenance.scrapeRepository,
};

const hexmapSource = {
  id: 'hexmap',
  title: 'UK upper tier local authorities hex map',
  publisher: 'Open Innovations',
  date: '2020-10-30',
  url: 'https://github.com/odileeds/hexmaps',
};

const authorityFileSource = {
  id: 'authority-file',
  title: 'The council’s own data file',
  publisher: 'ofsted-widgets',
};

/** The national file's content from the import's datasets (one per current council). */
export function buildEngland(datasets, { lookup = readNeighbourLookup(), hexmapText } = {}) {
  const lookupByOns = new Map(lookup.map((entry) => [entry.ons, entry]));
  const codes = datasets.map((dataset) => dataset.authority.identifiers.onsCode);
  const unknown = codes.filter((code) => !lookupByOns.has(code));
  if (unknown.length || lookup.length !== codes.length)
    throw new Error(
      `lookup: ${lookup.length} current councils, datasets ${codes.length}; unknown ${unknown.join(' ')}`,
    );
  const hexes = readHexmap(codes, hexmapText);

  const sources = [
    baseSources['ofsted-statistics-2023'],
    baseSources['ofsted-outcomes-2025'],
    baseSources['ofsted-scrape'],
    lookupSource,
    hexmapSource,
    authorityFileSource,
  ];
  // An inspection cites the first of the statistics or the scrape that its event cites; else (a hand-made history,
  // Barnet's) the council's own file, whose event cites Ofsted's report or letter.
  const sourceIndex = (ids) => {
    const index = sources.slice(0, 3).findIndex((source) => ids.includes(source.id));
    return index < 0 ? sources.length - 1 : index;
  };
  const regions = regionsOf(lookup);
  const ordered = [...datasets].sort((a, b) => (a.authority.id < b.authority.id ? -1 : 1));
  const position = new Map(ordered.map((dataset, index) => [dataset.authority.identifiers.onsCode, index]));

  const authorities = ordered.map((dataset) => {
    const ons = dataset.authority.identifiers.onsCode;
    const entry = lookupByOns.get(ons);
    const neighbours = entry.neighbours.map((code) => {
      if (!position.has(code)) throw new Error(`lookup: ${ons}'s neighbour ${code} is not a current council`);
      return position.get(code);
    });
    const hex = hexes.get(ons);
    // An array, not an object: the file ships to every page with the map, and keys would be a tenth of it.
    const name = dataset.authority.shortName ?? dataset.authority.name;
    // The id is left out where it is the name's slug (every council today): the element derives it (authoritySlug).
    const id = dataset.authority.id === slug(name) ? [] : [dataset.authority.id];
    return [
      ...id,
      name,
      regions.findIndex((region) => region.name === entry.region.name),
      hex.q,
      hex.r,
      neighbours,
      dataset.events
        .filter(isGradedInspection)
        .map((event) => inspectionRecord(event, sourceIndex))
        .join(','),
    ];
  });
  const published = authorities
    .flatMap((authority) =>
      authority
        .at(-1)
        .split(',')
        .map((record) => record.slice(0, 10)),
    )
    .sort();
  const dataUpTo = published.at(-1);
  const lastYear = Number(dataUpTo.slice(0, 4)) - (dataUpTo.slice(5) < '03-31' ? 1 : 0);
  return {
    schemaVersion: 1,
    note: 'Generated by npm run data:import.',
    dataUpTo,
    statisticsUpTo: provenance.statisticsUpTo,
    sources: sources.map(({ id, title, publisher, date, url }) => ({
      id,
      title,
      publisher,
      date,
      url,
      ...(notes[id] && { note: notes[id] }),
    })),
    judgements: JUDGEMENTS,
    regions,
    authorities,
    series: {
      rows: seriesCounts(authorities, lastYear),
    },
  };
}

/** The national file as written: one line, since it ships to every page with the map. */
export const serialiseEngland = (england) => `${JSON.stringify(england)}\n`;

/** Writes the national file and says its size. */
export function writeEngland(datasets, path = englandPath) {
  const text = serialiseEngland(buildEngland(datasets));
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`Wrote data/national/england.json: ${(gzipSync(text, { level: 9 }).length / 1000).toFixed(1)} kB gzip`);
}

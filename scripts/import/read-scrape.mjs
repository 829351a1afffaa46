// The data-to-insight files: the lookup of Ofsted URN, LA number and ONS code, and the scrape of Ofsted's website.
import { readFileSync } from 'node:fs';
import { paths, rawFiles } from './inputs.mjs';
import { gradeOf, isoDate, readWorkbook, sheetTables, tidy } from './sheets.mjs';

/** RFC 4180 fields: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.some((cell) => cell !== ''));
}

/** Lookup rows by ONS code and by URN. Rows without an ONS code are councils that no longer exist. */
export function readLookup() {
  const [header, ...rows] = parseCsv(readFileSync(paths.raw + rawFiles.lookup, 'utf8').replace(/^\uFEFF/, ''));
  const column = (name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`${rawFiles.lookup}: no column ${name}`);
    return index;
  };
  // also_known_as is left out: "[BCP, Bournemouth, Christchurch & Poole]" cannot be split into names reliably.
  const [urn, laCode, ons, name] = ['urn', 'la_code', 'la_code_new', 'local_authority_ons_name'].map(column);
  const entries = rows.map((cells) => ({
    urn: tidy(cells[urn]),
    laNumber: tidy(cells[laCode]),
    ons: tidy(cells[ons]),
    name: tidy(cells[name]),
  }));
  return {
    entries,
    byOns: new Map(entries.filter((entry) => entry.ons).map((entry) => [entry.ons, entry])),
    byUrn: new Map(entries.map((entry) => [entry.urn, entry])),
  };
}

const scrapeGrades = [
  ['overall-effectiveness', 'overall_effectiveness_grade'],
  ['leadership', 'impact_of_leaders_grade'],
  ['help-and-protection', 'help_and_protection_grade'],
  ['children-in-care', 'in_care_grade'],
  ['care-leavers', 'care_leavers_grade'],
];

/** One record per row: each authority's latest ILACS inspection as the scrape read it from Ofsted's website. */
export function readScrape() {
  const workbook = readWorkbook(paths.raw + rawFiles.scrape);
  const sheetName = workbook.SheetNames[0];
  const [rows] = sheetTables(workbook, sheetName, 'urn');
  return rows.map((row) => {
    const framework = tidy(row.get('inspection_framework')).toLowerCase();
    return {
      source: 'ofsted-scrape',
      sheet: sheetName,
      row: row.row,
      urn: tidy(row.get('urn')),
      laNumber: tidy(row.get('la_code')),
      name: tidy(row.get('local_authority')),
      type: framework === 'standard' ? 'ilacs-standard' : framework === 'short' ? 'ilacs-short' : null,
      start: isoDate(row.get('inspection_start_date')),
      end: isoDate(row.get('inspection_end_date')),
      published: isoDate(row.get('publication_date')),
      reportLink: tidy(row.get('inspection_link')),
      grades: scrapeGrades.flatMap(([area, heading]) => {
        const value = gradeOf(row.get(heading));
        return value ? [{ area, heading, ...value }] : [];
      }),
    };
  });
}

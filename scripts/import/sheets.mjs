// Reading spreadsheet tables as stored: serial dates rather than formatted text, so output never depends on locale or
// time zone; rows keyed by their column heading, so a moved column cannot shift a value into the wrong field.
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';

export function readWorkbook(path, sheetNames) {
  // SheetJS prints "ODS number format may be incorrect" for conditional formats on the cover sheets; values are
  // read raw, so formats do not matter, and the noise would hide the run's own summary.
  const printError = console.error;
  console.error = (...args) => /^ODS number format/.test(String(args[0])) || printError(...args);
  try {
    return XLSX.read(readFileSync(path), { sheets: sheetNames, cellDates: false, cellStyles: false, cellHTML: false });
  } finally {
    console.error = printError;
  }
}

/** Headings wrap lines and carry stray spaces ("First SIF Overall Judgement\n(OE)"). */
export const tidy = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * The tables of a sheet. A table starts at a heading row holding `marker` and runs to the first blank row; each row
 * becomes { row, link, get(heading) } where `link` is column A's formula (the statistics' hyperlink).
 */
export function sheetTables(workbook, sheetName, marker) {
  const sheet = workbook.Sheets[sheetName];
  if (!sheet) throw new Error(`sheet "${sheetName}" not found`);
  const range = XLSX.utils.decode_range(sheet['!ref']);
  const cellAt = (r, c) => sheet[XLSX.utils.encode_cell({ r, c })];
  const valuesOf = (r) => {
    const values = [];
    for (let c = range.s.c; c <= range.e.c; c++) values.push(cellAt(r, c)?.v ?? '');
    return values;
  };
  const tables = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const headings = valuesOf(r).map(tidy);
    if (!headings.includes(marker)) continue;
    const rows = [];
    for (r += 1; r <= range.e.r; r++) {
      const values = valuesOf(r);
      if (values.every((value) => tidy(value) === '')) break;
      const byHeading = new Map(headings.map((heading, index) => [heading, values[index]]));
      rows.push({
        row: r + 1,
        link: cellAt(r, range.s.c)?.f ?? '',
        get(heading) {
          if (!byHeading.has(heading)) throw new Error(`${sheetName}: no column "${heading}"`);
          return byHeading.get(heading);
        },
      });
    }
    tables.push(rows);
  }
  if (tables.length === 0) throw new Error(`${sheetName}: no table headed "${marker}"`);
  return tables;
}

const excelEpochDays = 25569; // serial day number of 1970-01-01 in the 1900 date system

/** A cell's date as YYYY-MM-DD: a serial day number, or text "DD/MM/YYYY" or "DD/MM/YY" (the scrape). null if blank. */
export function isoDate(value) {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') {
    return new Date(Math.round((value - excelEpochDays) * 86_400_000)).toISOString().slice(0, 10);
  }
  const text = tidy(value);
  if (text === '' || /^(none|nan)$/i.test(text)) return null;
  const match = text.match(/^(\d{2})\/(\d{2})\/(\d{4}|\d{2})$/);
  if (!match) throw new Error(`not a date: ${JSON.stringify(value)}`);
  const year = match[3].length === 2 ? `20${match[3]}` : match[3];
  return `${year}-${match[2]}-${match[1]}`;
}

const gradeWords = new Map([
  ['outstanding', 'outstanding'],
  ['good', 'good'],
  ['requires improvement to be good', 'requires-improvement'],
  ['requires improvement', 'requires-improvement'],
  ['inadequate', 'inadequate'],
]);

/**
 * A cell's grade: { grade } for a grade, { grade: null, dash: true } where the statistics print "-" (not graded),
 * or undefined where the cell is blank (not part of that inspection). Anything else is an error, not a guess.
 */
export function gradeOf(value) {
  const text = tidy(value).toLowerCase();
  // JT-39's scrape writes "not_reported_post_reform" for the overall grade Ofsted stopped giving in April 2026.
  if (['', 'nan', 'none', 'inspection_pre_dates_judgement', 'not_reported_post_reform'].includes(text))
    return undefined;
  if (text === '-') return { grade: null, dash: true };
  if (gradeWords.has(text)) return { grade: gradeWords.get(text) };
  throw new Error(`not a grade: ${JSON.stringify(value)}`);
}

import { DatasetError } from '../data/dataset-error.js';
import { authoritySlug } from '../data/find-authority.js';
import type { GradeId, SourceDocument } from '../data/types.js';
import type { ValidationIssue } from '../data/validate.js';
import { JUDGEMENTS } from './judgements.js';

export { JUDGEMENTS };
export type JudgementId = (typeof JUDGEMENTS)[number];

/** How a sentence names each judgement ("whose latest leadership grade is Good"). */
export const JUDGEMENT_NAMES: Record<JudgementId, string> = {
  'overall-effectiveness': 'overall effectiveness',
  leadership: 'leadership',
  'help-and-protection': 'help and protection',
  'children-in-care': 'children in care',
  'care-leavers': 'care leavers',
};

/** The first day of inspections under the framework that gives no overall grade. */
export const NO_OVERALL_FROM = '2026-04-01';

export interface Inspection {
  published: string;
  /** Its first day; the publication date when the sources give no other (the statistics' SIF inspections). */
  firstDay: string;
  /** A grade per judgement, in JUDGEMENTS order; null: not judged. */
  grades: (GradeId | null)[];
  source: SourceDocument;
}

export interface Council {
  id: string;
  name: string;
  region: string;
  /** Column and row of its hexagon (odd-r; rows counted upwards). */
  q: number;
  r: number;
  /** Statistical neighbours, nearest first, as indexes into `councils`. */
  neighbours: number[];
  /** Oldest first. */
  inspections: Inspection[];
}

/** data/national/england.json, checked and unpacked (its format: data/national/README.md). */
export interface England {
  councils: Council[];
  sources: SourceDocument[];
  dataUpTo: string;
  statisticsUpTo: string;
  /** [year, Outstanding, Good, Requires improvement, Inadequate, no overall grade yet, no overall grade] */
  series: number[][];
}

const LETTER_GRADES: Record<string, GradeId | null> = {
  O: 'outstanding',
  G: 'good',
  R: 'requires-improvement',
  I: 'inadequate',
  '-': null,
};
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_COUNCILS = 400;

/** Unpacks the national file; anything it does not expect is a DatasetError naming where, never a throw of another kind. */
export function checkEngland(raw: unknown, origin = 'The national file'): England {
  const issues: ValidationIssue[] = [];
  const fail = (path: string, message: string): never => {
    issues.push({ path, message: `${path} ${message}` });
    throw new DatasetError(`${origin} is not a national file of Ofsted grades: ${path} ${message}.`, 'invalid', {
      issues,
    });
  };
  const file = isObject(raw) ? raw : fail('$', 'is not an object');
  const sources = Array.isArray(file.sources) ? file.sources : fail('$.sources', 'is not a list');
  const checkedSources = sources.map((source, i) => {
    if (!isObject(source) || typeof source.id !== 'string' || typeof source.title !== 'string')
      return fail(`$.sources[${i}]`, 'has no id or title');
    if (source.url !== undefined && (typeof source.url !== 'string' || !/^https:\/\//.test(source.url)))
      return fail(`$.sources[${i}].url`, 'is not an https address');
    return source as unknown as SourceDocument;
  });
  const regions = Array.isArray(file.regions) ? file.regions : fail('$.regions', 'is not a list');
  const regionNames = regions.map((region, i) =>
    isObject(region) && typeof region.name === 'string' ? region.name : fail(`$.regions[${i}]`, 'has no name'),
  );
  const entries =
    Array.isArray(file.authorities) && file.authorities.length <= MAX_COUNCILS
      ? file.authorities
      : fail('$.authorities', `is not a list of at most ${MAX_COUNCILS}`);
  const councils = entries.map((entry, i): Council => {
    const path = `$.authorities[${i}]`;
    if (!Array.isArray(entry) || (entry.length !== 6 && entry.length !== 7))
      return fail(path, 'is not a council entry');
    const values = entry.length === 7 ? entry.slice(1) : entry;
    const [name, region, q, r, neighbours, inspections] = values as unknown[];
    if (typeof name !== 'string' || name.length === 0 || name.length > 120) return fail(path, 'has no name');
    const id = entry.length === 7 ? entry[0] : authoritySlug(name);
    if (typeof id !== 'string' || !/^[a-z0-9-]{1,80}$/.test(id)) return fail(path, 'has no id');
    if (!Number.isInteger(region) || regionNames[region as number] === undefined)
      return fail(`${path} (${name})`, 'names no region');
    if (
      !Number.isInteger(q) ||
      !Number.isInteger(r) ||
      (q as number) < 0 ||
      (r as number) < 0 ||
      (q as number) > 60 ||
      (r as number) > 60
    )
      return fail(`${path} (${name})`, 'has no hexagon');
    if (!Array.isArray(neighbours) || neighbours.some((n) => !Number.isInteger(n) || n < 0 || n >= entries.length))
      return fail(`${path} (${name})`, 'has neighbours that are not councils');
    if (typeof inspections !== 'string') return fail(`${path} (${name})`, 'has no inspections');
    return {
      id,
      name,
      region: regionNames[region as number]!,
      q: q as number,
      r: r as number,
      neighbours: neighbours as number[],
      inspections: inspections
        ? inspections
            .split(',')
            .map((record) =>
              parseInspection(record, checkedSources, () =>
                fail(`${path} (${name})`, `has an inspection "${record.slice(0, 40)}" that cannot be read`),
              ),
            )
        : [],
    };
  });
  const cells = new Set(councils.map((council) => `${council.q},${council.r}`));
  if (cells.size !== councils.length) fail('$.authorities', 'puts two councils on one hexagon');
  const series =
    isObject(file.series) && Array.isArray(file.series.rows)
      ? file.series.rows
      : fail('$.series.rows', 'is not a list');
  for (const [i, row] of series.entries()) {
    if (!Array.isArray(row) || row.length !== 7 || row.some((n) => !Number.isInteger(n) || n < 0))
      fail(`$.series.rows[${i}]`, 'is not a year and six counts');
  }
  const dataUpTo =
    typeof file.dataUpTo === 'string' && ISO_DAY.test(file.dataUpTo)
      ? file.dataUpTo
      : fail('$.dataUpTo', 'is not a date');
  const statisticsUpTo =
    typeof file.statisticsUpTo === 'string' && ISO_DAY.test(file.statisticsUpTo)
      ? file.statisticsUpTo
      : fail('$.statisticsUpTo', 'is not a date');
  return { councils, sources: checkedSources, dataUpTo, statisticsUpTo, series: series as number[][] };
}

function parseInspection(record: string, sources: SourceDocument[], fail: () => never): Inspection {
  const [published = '', days = '', letters = '', sourceIndex = ''] = record.split(' ');
  const source = sources[Number(sourceIndex)];
  if (!ISO_DAY.test(published) || !/^\d{1,4}$/.test(days) || !/^[OGRI-]{0,5}$/.test(letters) || !source) return fail();
  const firstDay = new Date(Date.parse(published) - Number(days) * 86_400_000).toISOString().slice(0, 10);
  const grades = JUDGEMENTS.map((_, i) => LETTER_GRADES[letters[i] ?? '-']!);
  return { published, firstDay, grades, source };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

import type { GradeId } from './types.js';

export interface Grade {
  id: GradeId;
  /** Ofsted's wording. */
  label: string;
  /** For tight spaces; the full label stays in the table and accessible names. */
  shortLabel: string;
  /** Where even the short label has no room (a narrow chart, large text): the chart's key spells it out. */
  abbreviation: string;
  /** 1 = Outstanding … 4 = Inadequate, Ofsted's order. */
  rank: number;
}

/** The four-point scale, best first. */
export const GRADES: readonly Grade[] = [
  { id: 'outstanding', label: 'Outstanding', shortLabel: 'Outstanding', abbreviation: 'O', rank: 1 },
  { id: 'good', label: 'Good', shortLabel: 'Good', abbreviation: 'G', rank: 2 },
  {
    id: 'requires-improvement',
    label: 'Requires improvement to be good',
    shortLabel: 'Requires improvement',
    abbreviation: 'RI',
    rank: 3,
  },
  { id: 'inadequate', label: 'Inadequate', shortLabel: 'Inadequate', abbreviation: 'I', rank: 4 },
];

const gradesById = new Map(GRADES.map((grade) => [grade.id, grade]));

/** Whether a value is one of the four grade ids ("outstanding", "good", "requires-improvement", "inadequate"). */
export function isGradeId(value: unknown): value is GradeId {
  return typeof value === 'string' && gradesById.has(value as GradeId);
}

/**
 * A grade id in words: Ofsted's ("Requires improvement to be good"), or with `short` the chart's ("Requires
 * improvement"); "Not known" for null (the sources do not give it). The authority index and datasets hold ids.
 * @example
 * gradeLabel('requires-improvement') // "Requires improvement to be good"
 * gradeLabel('requires-improvement', true) // "Requires improvement"
 */
export function gradeLabel(grade: GradeId | null, short = false): string {
  const found = grade === null ? undefined : gradesById.get(grade);
  if (!found) return 'Not known';
  return short ? found.shortLabel : found.label;
}

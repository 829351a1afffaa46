import type { GradeId } from '../data/types.js';
import { JUDGEMENTS, NO_OVERALL_FROM, type Council, type Inspection, type JudgementId } from './national-data.js';

/** Why a council has no grade for a judgement on a day, when it has none. */
export type NoGradeReason = 'no-overall-grade' | 'not-judged' | 'not-yet-inspected';

/** A council's grade for one judgement as it stood on a day: from its latest inspection published by then. */
export interface Standing {
  grade: GradeId | null;
  inspection?: Inspection;
  reason?: NoGradeReason;
}

/** The grade as it stood on `asOf` (reports published by that day). */
export function standingAt(council: Council, judgement: JudgementId, asOf: string): Standing {
  let inspection: Inspection | undefined;
  for (const candidate of council.inspections) if (candidate.published <= asOf) inspection = candidate;
  if (!inspection) return { grade: null, reason: 'not-yet-inspected' };
  const grade = inspection.grades[JUDGEMENTS.indexOf(judgement)] ?? null;
  if (grade) return { grade, inspection };
  const noOverall = judgement === 'overall-effectiveness' && inspection.firstDay >= NO_OVERALL_FROM;
  return { grade: null, inspection, reason: noOverall ? 'no-overall-grade' : 'not-judged' };
}

/** The bar's keys: the four grades, best first, then no grade. */
export const BAR_KEYS = ['outstanding', 'good', 'requires-improvement', 'inadequate', 'none'] as const;
export type BarKey = (typeof BAR_KEYS)[number];

export const keyOf = (standing: Standing): BarKey => standing.grade ?? 'none';

/** How many councils stand at each key, in BAR_KEYS order. */
export function countByKey(standings: readonly Standing[]): number[] {
  const counts = BAR_KEYS.map(() => 0);
  for (const standing of standings) counts[BAR_KEYS.indexOf(keyOf(standing))]! += 1;
  return counts;
}

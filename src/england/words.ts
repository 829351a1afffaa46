import { formatIsoDate } from '../data/dates.js';
import { gradeLabel } from '../data/grades.js';
import { percent } from './layout.js';
import { JUDGEMENT_NAMES, type Council, type JudgementId } from './national-data.js';
import type { BarKey, Standing } from './standing.js';

/** A standing's grade in words, or why there is none. */
export function standingWords(standing: Standing): string {
  if (standing.grade) return gradeLabel(standing.grade);
  if (standing.reason === 'no-overall-grade') return 'No overall grade (framework from April 2026)';
  if (standing.reason === 'not-judged') return 'Not judged separately';
  return 'Not yet inspected under the SIF or ILACS';
}

/** "inspected 30 June 2025", or "report published May 2015" when the sources give only that. */
export function inspectionWords(standing: Standing): string {
  const inspection = standing.inspection;
  if (!inspection) return '';
  return inspection.firstDay === inspection.published
    ? `report published ${formatIsoDate(inspection.published)}`
    : `inspected ${formatIsoDate(inspection.firstDay)}`;
}

/** A hexagon's accessible name: the council, its grade in words and the inspection's date. */
export const hexName = (council: Council, standing: Standing): string =>
  [`${council.name}: ${standingWords(standing)}`, inspectionWords(standing)].filter(Boolean).join(', ');

/** What a bar's key means, for its label: the grade, or no grade for the judgement shown. */
export function keyWords(key: BarKey, judgement: JudgementId): string {
  if (key !== 'none') return gradeLabel(key);
  return judgement === 'overall-effectiveness' ? 'No overall grade' : 'Not judged separately';
}

/**
 * "Leeds is one of 46 councils whose latest overall effectiveness grade is Outstanding (30% of England; 4 of 15 in
 * Yorkshire and the Humber)." Councils without a grade are said as such.
 */
export function standingSentence(
  council: Council,
  standing: Standing,
  judgement: JudgementId,
  england: number[],
  region: number[],
  keyIndex: number,
): string {
  const inEngland = england[keyIndex] ?? 0;
  const total = england.reduce((sum, n) => sum + n, 0);
  const regionTotal = region.reduce((sum, n) => sum + n, 0);
  const name = JUDGEMENT_NAMES[judgement];
  const what = standing.grade
    ? `whose latest ${name} grade is ${gradeLabel(standing.grade)}`
    : standing.reason === 'no-overall-grade'
      ? 'whose latest inspection, under the framework from April 2026, gave no overall effectiveness grade'
      : standing.reason === 'not-judged'
        ? `whose latest inspection did not judge ${name} separately`
        : 'not yet inspected under the SIF or ILACS';
  const councils = inEngland === 1 ? 'council' : 'councils';
  return `${council.name} is one of ${inEngland} ${councils} ${what} (${percent(inEngland, total)}% of England; ${region[keyIndex] ?? 0} of ${regionTotal} in ${council.region}).`;
}

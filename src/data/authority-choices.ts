import type { AuthorityIndex, AuthoritySummary } from './authority-index.js';
import { formatPartialDate, parseDateSpan } from './dates.js';
import { gradeLabel } from './grades.js';

/** One authority as a council picker lists it: in words, never the index's ids. */
export interface AuthorityChoice {
  /** The value for the elements' `authority` attribute (an `<option>`'s value), e.g. "barnet". */
  id: string;
  /** The name people know it by, e.g. "Barnet". */
  name: string;
  /** Its region, e.g. "London": a picker's group. */
  region: string;
  /** The latest overall grade in Ofsted's words ("Requires improvement to be good"), or "No overall grade". */
  grade: string;
  /** When that inspection began, as people write it ("June 2024"), or "" when the index gives no date. */
  inspected: string;
  /** All of it for an `<option>`'s text: "Barnet: Good (June 2024)". */
  label: string;
}

/** The words shown for an authority whose latest inspection gave no overall grade. */
export const NO_OVERALL_GRADE = 'No overall grade';

/**
 * An index entry in words, for a picker: the grade id becomes Ofsted's words (`gradeLabel`), the date a month.
 * @example
 * describeAuthority(index.authorities[0]).label // "Barking and Dagenham: Requires improvement to be good (July 2023)"
 */
export function describeAuthority(authority: AuthoritySummary): AuthorityChoice {
  const grade = authority.grade ? gradeLabel(authority.grade) : NO_OVERALL_GRADE;
  const start = authority.date ? parseDateSpan(authority.date)?.start : undefined;
  const inspected = start ? formatPartialDate({ ...start, day: undefined, precision: start.month ? 'month' : 'year' }) : '';
  const label = `${authority.shortName}: ${grade}${inspected && authority.grade ? ` (${inspected})` : ''}`;
  return { id: authority.id, name: authority.shortName, region: authority.region, grade, inspected, label };
}

/**
 * Every authority in the index in words (`describeAuthority`), grouped by region: regions, and the authorities in
 * each, in alphabetical order. One group a picker's `<optgroup>`.
 */
export function authoritiesByRegion(index: AuthorityIndex): { region: string; authorities: AuthorityChoice[] }[] {
  const regions = new Map<string, AuthorityChoice[]>();
  for (const authority of [...index.authorities].sort((a, b) => a.shortName.localeCompare(b.shortName, 'en'))) {
    regions.set(authority.region, [...(regions.get(authority.region) ?? []), describeAuthority(authority)]);
  }
  return [...regions]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([region, authorities]) => ({ region, authorities }));
}

import { areaShortName, differingJudgements, inSentence } from '../data/areas.js';
import { formatDateSpan, formatYear, parseDateSpan, type DateSpan } from '../data/dates.js';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import { gradeLabel } from '../data/grades.js';
import { inspectedName, overallGrade, type DatedEvent } from '../data/queries.js';
import type { OfstedDataset, OfstedEvent } from '../data/types.js';
import { joinWords } from './words.js';

/**
 * The date as shown: its source's precision, flagged when inferred. An inspection held in parts says each part
 * ("5 to 9 December 2022 and 14 and 15 February 2023"), not one span over the weeks between them.
 */
export function eventDateLabel({ event, span }: DatedEvent): string {
  const parts = eventParts(event);
  const when = parts ? joinWords(parts.map(formatDateSpan)) : formatDateSpan(span);
  return `${when}${event.dateInferred ? ' (date inferred)' : ''}`;
}

/** "Kent's 2022 inspection": whose event, its year and kind, the few words a heading names it by. */
export function eventShortName(dataset: OfstedDataset, { event, span }: DatedEvent): string {
  return `${inspectedName(dataset, event)}'s ${formatYear(span.start.year)} ${EVENT_KIND_LABELS[event.kind].toLowerCase()}`;
}

/** An event's parts as spans, or undefined when it has none (or one does not read as a date). */
export function eventParts(event: OfstedEvent): DateSpan[] | undefined {
  const parts = event.parts?.map(parseDateSpan);
  return parts && parts.length > 1 && parts.every((part) => part) ? (parts as DateSpan[]) : undefined;
}

/**
 * What the event's accessible name says: kind, date, title and any overall grade, with the judgements graded
 * differently from it, so "Good" is never all a listener hears of an inspection that also found Outstanding.
 */
export function describeEvent(dated: DatedEvent): string {
  const { event } = dated;
  const grade = overallGrade(event);
  const outcome =
    grade !== undefined
      ? ` Overall effectiveness: ${gradeLabel(grade)}${differingClause(event)}.`
      : event.judgements?.length
        ? ` No overall effectiveness grade${ownGradesClause(event)}.`
        : '';
  return `${EVENT_KIND_LABELS[event.kind]}, ${eventDateLabel(dated)}: ${event.title}.${outcome}`;
}

/**
 * "; it judged safeguarding Good and looked after children Good": an inspection without an overall grade (before 2013,
 * or under the 2026 framework) is heard with its own grades, as the summary tells them; empty when it has none.
 */
function ownGradesClause(event: OfstedEvent): string {
  const grades = ownGrades(event);
  return grades.length ? `; it judged ${joinWords(grades)}` : '';
}

/** ["safeguarding Good", "looked after children Good"]: each graded judgement, as the summary and names tell them. */
export function ownGrades(event: OfstedEvent): string[] {
  return (event.judgements ?? [])
    .filter((judgement) => judgement.grade)
    .map((judgement) => `${areaShortName(judgement)} ${gradeLabel(judgement.grade)}`);
}

/** ", with the experiences and progress of children in care judged Outstanding"; empty when every grade matches. */
export function differingClause(event: OfstedEvent): string {
  const differing = differingJudgements(event);
  if (differing.length === 0) return '';
  const byGrade = new Map<string, string[]>();
  for (const judgement of differing) {
    const label = gradeLabel(judgement.grade);
    byGrade.set(label, [...(byGrade.get(label) ?? []), inSentence(judgement.name)]);
  }
  return `, with ${joinWords([...byGrade].map(([label, names]) => `${joinWords(names)} judged ${label}`))}`;
}

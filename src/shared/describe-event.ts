import { formatDateSpan } from '../data/dates.js';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import { gradeLabel } from '../data/grades.js';
import { overallGrade, type DatedEvent } from '../data/queries.js';

/** The date as shown: its source's precision, flagged when inferred. */
export function eventDateLabel({ event, span }: DatedEvent): string {
  return `${formatDateSpan(span)}${event.dateInferred ? ' (date inferred)' : ''}`;
}

/** What the event's accessible name says: kind, date, title and any overall grade. */
export function describeEvent(dated: DatedEvent): string {
  const { event } = dated;
  const grade = overallGrade(event);
  const outcome =
    grade !== undefined
      ? ` Overall effectiveness: ${gradeLabel(grade)}.`
      : event.judgements?.length
        ? ' No overall effectiveness grade.'
        : '';
  return `${EVENT_KIND_LABELS[event.kind]}, ${eventDateLabel(dated)}: ${event.title}.${outcome}`;
}

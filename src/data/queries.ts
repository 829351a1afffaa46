import { parseDateSpan, type DateSpan } from './dates.js';
import type { GradeId, Judgement, OfstedDataset, OfstedEvent } from './types.js';

/** The area id of the judgement that sums up an inspection. */
export const OVERALL_AREA = 'overall-effectiveness';

/** An event with its parsed date, as every element reads it. */
export interface DatedEvent {
  event: OfstedEvent;
  span: DateSpan;
}

/** Events in time order: by start, then end, then id, so equal dates keep a stable order. */
export function eventsInTimeOrder(dataset: OfstedDataset): DatedEvent[] {
  return dataset.events
    .map((event) => ({ event, span: parseDateSpan(event.date)! }))
    .sort(
      (a, b) =>
        a.span.startTime - b.span.startTime ||
        a.span.endTime - b.span.endTime ||
        (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
    );
}

export function overallJudgement(event: OfstedEvent): Judgement | undefined {
  return event.judgements?.find((judgement) => judgement.area === OVERALL_AREA);
}

/** The overall grade, null when the sources do not give it, undefined when the event has no overall judgement. */
export function overallGrade(event: OfstedEvent): GradeId | null | undefined {
  return overallJudgement(event)?.grade;
}

/** The name sentences use: the short name when the dataset gives one. */
export function authorityName(dataset: OfstedDataset): string {
  return dataset.authority.shortName ?? dataset.authority.name;
}

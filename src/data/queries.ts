import { parseDateSpan, type DateSpan } from './dates.js';
import type { GradeId, Judgement, OfstedDataset, OfstedEvent } from './types.js';

/** The area id of the judgement that sums up an inspection. */
export const OVERALL_AREA = 'overall-effectiveness';

/** An event with its parsed date, as every element reads it. */
export interface DatedEvent {
  event: OfstedEvent;
  span: DateSpan;
}

/**
 * Each dataset's events parsed and sorted once: one render reads them several times (layout, summary sentences,
 * the chosen event), which at 10,000 events meant parsing every date and sorting three times over. Datasets are
 * treated as immutable (see checkDataset), so the object is the key.
 */
const timeOrders = new WeakMap<OfstedDataset, readonly DatedEvent[]>();

/** Events in time order: by start, then end, then id, so equal dates keep a stable order. A new array each call. */
export function eventsInTimeOrder(dataset: OfstedDataset): DatedEvent[] {
  let ordered = timeOrders.get(dataset);
  if (!ordered) {
    ordered = dataset.events
      .map((event) => ({ event, span: parseDateSpan(event.date)! }))
      .sort(
        (a, b) =>
          a.span.startTime - b.span.startTime ||
          a.span.endTime - b.span.endTime ||
          (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0),
      );
    timeOrders.set(dataset, ordered);
  }
  return ordered.slice();
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

/** Whose event it was: the authority's, or a predecessor council's ("Northamptonshire" for North Northamptonshire). */
export function inspectedName(dataset: OfstedDataset, event: OfstedEvent): string {
  return event.predecessor ?? authorityName(dataset);
}

/** The latest event in time order that passes `test`, or undefined. */
export function latestEvent(dataset: OfstedDataset, test: (event: OfstedEvent) => boolean): DatedEvent | undefined {
  return eventsInTimeOrder(dataset).filter(({ event }) => test(event)).pop();
}

/** An event that carries judgements: a graded inspection. */
export function isGraded(event: OfstedEvent): boolean {
  return (event.judgements?.length ?? 0) > 0;
}

/** An event with findings in the dataset, or sentences picked from its report in a file of their own (`sectionFindings`). */
export function hasFindings(event: OfstedEvent): boolean {
  const picked = event.sectionFindings;
  return (event.findings?.length ?? 0) > 0 || (!!picked && picked.strengths + picked.improvements > 0);
}

/** The graded event before `event` in time order, for "change since the last inspection". */
export function previousGradedEvent(dataset: OfstedDataset, event: OfstedEvent): DatedEvent | undefined {
  const dated = eventsInTimeOrder(dataset);
  const index = dated.findIndex((item) => item.event === event);
  return dated.slice(0, Math.max(0, index)).filter((item) => isGraded(item.event)).pop();
}

export type EventChoice = { ok: true; dated: DatedEvent } | { ok: false; message: string };

/**
 * The event an element shows: the one named by its `event` attribute, else the default. A name that matches no
 * event, or no event to default to, gives a sentence for the element to show instead.
 */
export function chooseEvent(
  dataset: OfstedDataset,
  id: string | null | undefined,
  fallback: (event: OfstedEvent) => boolean,
  fallbackDescription: string,
): EventChoice {
  if (id) {
    const dated = eventsInTimeOrder(dataset).find((item) => item.event.id === id);
    return dated
      ? { ok: true, dated }
      : { ok: false, message: `There is no event "${id}" in the data for ${dataset.authority.name}.` };
  }
  const dated = latestEvent(dataset, fallback);
  return dated ? { ok: true, dated } : { ok: false, message: `The data for ${dataset.authority.name} has no ${fallbackDescription}.` };
}

/**
 * The event the scorecard shows, and the breakdown by default: the one `id` names, else the latest graded inspection.
 * One function, so the two elements on a page open the same inspection.
 */
export function chooseGradedEvent(dataset: OfstedDataset, id: string | null | undefined): EventChoice {
  return chooseEvent(dataset, id, isGraded, 'graded inspection');
}

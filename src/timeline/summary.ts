import { areaShortName, differingJudgements } from '../data/areas.js';
import { formatPartialDate, formatYear, type PartialDate } from '../data/dates.js';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import { gradeLabel } from '../data/grades.js';
import { authorityName, eventsInTimeOrder, overallGrade } from '../data/queries.js';
import type { EventKind, OfstedDataset } from '../data/types.js';
import { ownGrades } from '../shared/describe-event.js';
import { countOf, joinWords } from '../shared/words.js';

/** "Ofsted inspections of Barnet children's services": the element's heading, a few words naming the chart. */
export function timelineHeading(dataset: OfstedDataset): string {
  return `Ofsted inspections of ${dataset.authority.shortName ?? authorityName(dataset)} children's services`;
}

/**
 * "Barnet children's services were judged Inadequate in 2017 and Good in 2019." The chart's text alternative.
 * A predecessor council's inspection is named as such: "Inadequate in 2019 (then Northamptonshire)"; top-level
 * judgements graded differently from the overall grade are named with theirs: "Good in 2024 (children in care:
 * Outstanding)"; both in one bracket: "Requires improvement in 2022 (then Cumbria; care leavers: Good)".
 */
export function summariseJourney(dataset: OfstedDataset): string {
  const name = authorityName(dataset);
  const judged = eventsInTimeOrder(dataset).flatMap(({ event, span }) => {
    const grade = overallGrade(event);
    const differing = differingJudgements(event, { topLevel: true }).map(
      (j) => `${areaShortName(j)}: ${gradeLabel(j.grade)}`,
    );
    const notes = [...(event.predecessor ? [`then ${event.predecessor}`] : []), ...differing];
    const also = notes.length ? ` (${notes.join('; ')})` : '';
    return grade ? [`${gradeLabel(grade)} in ${formatYear(span.start.year)}${also}`] : [];
  });
  // Inspections with grades but no overall one (before 2013) sit in the lanes: their own grades are told here, each
  // named by its year, or by its month where two share a year (Kent's January and July 2013).
  const ungradedEvents = eventsInTimeOrder(dataset).flatMap(({ event, span }) => {
    const grades = overallGrade(event) ? [] : ownGrades(event);
    return grades.length ? [{ event, span, grades }] : [];
  });
  const years = ungradedEvents.map(({ span }) => span.start.year);
  const ungraded = ungradedEvents.map(({ event, span, grades }) => {
    const shared = years.filter((year) => year === span.start.year).length > 1;
    const when = shared ? formatPartialDate(toMonth(span.start)) : formatYear(span.start.year);
    return `The ${when} inspection${event.predecessor ? ` of ${event.predecessor}` : ''}, which gave no overall grade, judged ${joinWords(grades)}.`;
  });
  const without = ungraded.length ? ` ${ungraded.join(' ')}` : '';
  if (judged.length === 0)
    return `No inspection of ${name} children's services in this data gives an overall effectiveness grade.${without}`;
  return `${name} children's services were judged ${joinWords(judged)}.${without}`;
}

/** "13 events from February 2012 to June 2024: 4 inspections, 5 monitoring visits and 3 milestones." */
export function describeEventCounts(dataset: OfstedDataset): string {
  const dated = eventsInTimeOrder(dataset);
  if (dated.length === 0) return 'There are no events in this data.';
  const counts = new Map<EventKind, number>();
  for (const { event } of dated) counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => countOf(count, EVENT_KIND_LABELS[kind].toLowerCase()));
  const first = formatPartialDate(toMonth(dated[0]!.span.start));
  const last = formatPartialDate(toMonth(dated.reduce((a, b) => (b.span.endTime > a.span.endTime ? b : a)).span.end));
  const range = first === last ? `in ${first}` : `from ${first} to ${last}`;
  return `${countOf(dated.length, 'event')} ${range}: ${joinWords(parts)}.`;
}

/** A summary's range needs months, not days. */
function toMonth(date: PartialDate): PartialDate {
  return date.precision === 'day' ? { year: date.year, month: date.month, precision: 'month' } : date;
}

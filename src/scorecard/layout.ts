import { CORRESPONDING_AREAS } from '../data/areas.js';
import { formatDateSpan, formatYear } from '../data/dates.js';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import { GRADES, gradeLabel, type Grade } from '../data/grades.js';
import { inspectedName, OVERALL_AREA, previousGradedEvent, type DatedEvent } from '../data/queries.js';
import type { Framework, Judgement, OfstedDataset } from '../data/types.js';
import { countOf } from '../shared/words.js';

export type ChangeDirection = 'improved' | 'declined' | 'unchanged';

/** How one judgement compares with the same area in the previous graded inspection, told in words. */
export interface JudgementChange {
  /** Set only when the previous inspection judged the same area and both grades are known. */
  direction?: ChangeDirection;
  /** "Inadequate → Good, improved", "No matching judgement in 2017", "2017 grade not known", "First graded inspection in this data". */
  text: string;
  /** With `direction`: the grades the change is between, "Inadequate → Good", or the one grade, "Good", when unchanged. */
  grades?: string;
  /** The table's Previous grade cell: "Inadequate (2017)", "Not known (2017)", "No matching judgement in 2017". */
  previousText: string;
  /**
   * "2017: Leadership, management and governance", when the earlier judgement of the area was named differently;
   * "…, the corresponding judgement then" when it was of another framework's corresponding area.
   */
  previousName?: string;
}

/** One judgement as the scorecard shows it. */
export interface ScorecardRow {
  judgement: Judgement;
  /** The grade on the four-point scale; undefined when the sources do not give it. */
  grade?: Grade;
  /** The grade in words, "Not known" when unknown. */
  gradeText: string;
  /** The overall effectiveness judgement, shown first and emphasised. */
  overall: boolean;
  /** The parent judgement's name, for a sub-judgement. */
  parentName?: string;
  /** Sub-judgements (SIF's 2.1, 2.2), in the data's order. */
  subRows: ScorecardRow[];
  change: JudgementChange;
}

export interface Scorecard {
  dated: DatedEvent;
  /** The graded event before this one, which changes are measured against. */
  previous?: DatedEvent;
  framework?: Framework;
  /** One sentence: what the inspection judged overall and how that compares with the one before. */
  summary: string;
  /** Overall effectiveness first, then the other judgements in the data's (the framework's) order, sub-judgements nested. */
  rows: ScorecardRow[];
}

/**
 * layoutScorecard(dataset, dated): the rows, changes and summary for one event. Pure: data in, words out.
 * Changes compare judgements with the same `area` id, else with an earlier framework's corresponding area (saying
 * so), and say so in words when they cannot.
 */
export function layoutScorecard(dataset: OfstedDataset, dated: DatedEvent): Scorecard {
  const { event } = dated;
  const previous = previousGradedEvent(dataset, event);
  const judgements = event.judgements ?? [];
  const byArea = new Map(judgements.map((judgement) => [judgement.area, judgement]));
  const hasParent = (j: Judgement) => j.parent !== undefined && j.parent !== j.area && byArea.has(j.parent);
  const placed = new Set<Judgement>();

  const childrenOf = new Map<string, Judgement[]>();
  for (const judgement of judgements) {
    if (!hasParent(judgement)) continue;
    const siblings = childrenOf.get(judgement.parent!);
    if (siblings) siblings.push(judgement);
    else childrenOf.set(judgement.parent!, [judgement]);
  }

  const toRow = (judgement: Judgement, parentName?: string): ScorecardRow => {
    placed.add(judgement);
    const grade = GRADES.find((g) => g.id === judgement.grade);
    const children = (childrenOf.get(judgement.area) ?? []).filter((j) => !placed.has(j));
    return {
      judgement,
      grade,
      gradeText: gradeLabel(judgement.grade),
      overall: judgement.area === OVERALL_AREA,
      parentName,
      subRows: children.map((child) => toRow(child, judgement.name)),
      change: compare(judgement, grade, previous),
    };
  };
  const rows = judgements.filter((j) => !hasParent(j)).map((j) => toRow(j));
  // A cycle of parents leaves judgements unplaced: show them at the top level rather than lose them.
  for (const judgement of judgements) if (!placed.has(judgement)) rows.push(toRow(judgement));
  rows.sort((a, b) => Number(b.overall) - Number(a.overall));

  return {
    dated,
    previous,
    framework: dataset.frameworks?.find((f) => f.id === event.framework),
    summary: summarise(
      dataset,
      dated,
      previous,
      rows.find((row) => row.overall),
    ),
    rows,
  };
}

/** Every row in display order, sub-judgements straight after their parent: the table's rows. */
export function flattenRows(rows: readonly ScorecardRow[]): ScorecardRow[] {
  return rows.flatMap((row) => [row, ...flattenRows(row.subRows)]);
}

function compare(judgement: Judgement, grade: Grade | undefined, previous: DatedEvent | undefined): JudgementChange {
  if (!previous) return { text: 'First graded inspection in this data', previousText: 'No earlier graded inspection' };
  const year = formatYear(previous.span.start.year);
  const judgements = previous.event.judgements ?? [];
  const same = judgements.find((j) => j.area === judgement.area);
  const corresponding = same
    ? undefined
    : (CORRESPONDING_AREAS[judgement.area] ?? []).map((area) => judgements.find((j) => j.area === area)).find(Boolean);
  const earlier = same ?? corresponding;
  if (!earlier) return { text: `No matching judgement in ${year}`, previousText: `No matching judgement in ${year}` };
  const previousName = corresponding
    ? `${year}: ${earlier.name}, the corresponding judgement then`
    : earlier.name === judgement.name
      ? undefined
      : `${year}: ${earlier.name}`;
  const earlierGrade = GRADES.find((g) => g.id === earlier.grade);
  if (!earlierGrade) return { text: `${year} grade not known`, previousText: `Not known (${year})`, previousName };
  const previousText = `${earlierGrade.label} (${year})`;
  if (!grade) return { text: `This grade not known; ${earlierGrade.label} in ${year}`, previousText, previousName };
  const direction: ChangeDirection =
    grade.rank < earlierGrade.rank ? 'improved' : grade.rank > earlierGrade.rank ? 'declined' : 'unchanged';
  const grades = direction === 'unchanged' ? grade.label : `${earlierGrade.label} → ${grade.label}`;
  return {
    direction,
    text: `${earlierGrade.label} → ${grade.label}, ${direction}`,
    grades,
    previousText,
    previousName,
  };
}

/** "Barnet's 13 to 24 May 2019 inspection judged overall effectiveness Good, up from Inadequate in 2017." */
export function summarise(
  dataset: OfstedDataset,
  dated: DatedEvent,
  previous: DatedEvent | undefined,
  overall: ScorecardRow | undefined,
): string {
  const { event, span } = dated;
  const subject = `${inspectedName(dataset, event)}'s ${formatDateSpan(span)} ${EVENT_KIND_LABELS[event.kind].toLowerCase()}`;
  const count = event.judgements?.length ?? 0;
  if (count === 0) return `${subject} made no graded judgements.`;
  if (!overall) return `${subject} made ${countOf(count, 'judgement')}, none of them of overall effectiveness.`;
  if (!overall.grade) return `The overall effectiveness grade from ${subject} is not known.`;
  const judged = `${subject} judged overall effectiveness ${overall.grade.label}`;
  if (!previous) return `${judged}, the first graded inspection in this data.`;
  const year = formatYear(previous.span.start.year);
  const earlierKind = EVENT_KIND_LABELS[previous.event.kind].toLowerCase();
  const earlier = previous.event.judgements?.find((j) => j.area === OVERALL_AREA);
  if (!earlier) return `${judged}; the ${year} ${earlierKind} made no overall effectiveness judgement.`;
  if (earlier.grade === null) return `${judged}; the ${year} overall effectiveness grade is not known.`;
  const was = gradeLabel(earlier.grade);
  const direction = overall.change.direction;
  const then =
    previous.event.predecessor && previous.event.predecessor !== event.predecessor
      ? ` (then ${previous.event.predecessor})`
      : '';
  if (direction === 'improved') return `${judged}, up from ${was} in ${year}${then}.`;
  if (direction === 'declined') return `${judged}, down from ${was} in ${year}${then}.`;
  return `${judged}, the same as in ${year}${then}.`;
}

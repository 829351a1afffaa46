import { formatDateSpan } from '../data/dates.js';
import { EVENT_KIND_LABELS, FINDING_KIND_NOUNS } from '../data/event-kinds.js';
import { inspectedName, type DatedEvent } from '../data/queries.js';
import type { FindingKind, OfstedDataset, OfstedEvent, SourceDocument } from '../data/types.js';
import { countOf, joinWords } from '../shared/words.js';
import { areaFilterName, countKinds, FINDING_KINDS, type AreaGroup, type KindCounts } from './areas.js';
import type { BreakdownLayout } from './layout.js';

/**
 * "Barnet's 13 to 24 May 2019 inspection recorded 22 strengths, 2 areas for improvement and 4 recommendations
 * across 3 judgement areas." The chart's text alternative, over the whole event whatever the filters.
 */
export function summariseFindings(dataset: OfstedDataset, dated: DatedEvent, groups: readonly AreaGroup[]): string {
  const { event, span } = dated;
  if (event.sectionFindings || event.findings?.some((finding) => finding.kindAssigned))
    return summarisePicked(dataset, dated, groups);
  const what = `${inspectedName(dataset, event)}'s ${formatDateSpan(span)} ${EVENT_KIND_LABELS[event.kind].toLowerCase()}`;
  const totals = countKinds(event.findings ?? []);
  if (!FINDING_KINDS.some((kind) => totals[kind])) {
    return `${what} has no strengths, areas for improvement or recommendations recorded in this data.`;
  }
  const tied = groups.filter((group) => group.area !== null);
  const untied = groups.find((group) => group.area === null);
  const areaWord = tied.every((group) => group.judged) ? 'judgement area' : 'area';
  const across = tied.length ? ` across ${countOf(tied.length, areaWord)}` : '';
  const rest = !untied
    ? ''
    : tied.length
      ? `; ${countOf(untied.findings.length, 'finding is', 'findings are')} not tied to one judgement`
      : ', not tied to any one judgement';
  return `${what} recorded ${describeCounts(totals)}${across}${rest}.`;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * "Ofsted's 2022 report on Leeds: 41 strengths and 9 areas for improvement picked from its findings on three
 * judgements; its own list names 2 things to improve." For an inspection whose sentences were picked from its report's
 * judgement sections; before its file of them has loaded, the counts come from the event's `sectionFindings` and the
 * judgements from the areas awaiting them (`groups` holds both), so the sentence stays the same when they arrive.
 */
function summarisePicked(dataset: OfstedDataset, { event, span }: DatedEvent, groups: readonly AreaGroup[]): string {
  const totals = countKinds(event.findings ?? []);
  const strengths = totals.strength + (event.sectionFindings?.strengths ?? 0);
  const improvements = totals.improvement + (event.sectionFindings?.improvements ?? 0);
  const year = event.published?.slice(0, 4) ?? String(new Date(span.startTime).getUTCFullYear());
  const judged = groups.filter((group) => group.area !== null).length;
  const on = judged ? ` on ${NUMBER_WORDS[judged] ?? judged} ${judged === 1 ? 'judgement' : 'judgements'}` : '';
  const list = totals.recommendation
    ? `; its own list names ${countOf(totals.recommendation, 'thing')} to improve`
    : '';
  return `Ofsted's ${year} report on ${inspectedName(dataset, event)}: ${countOf(strengths, 'strength')} and ${countOf(improvements, 'area for improvement', 'areas for improvement')} picked from its findings${on}${list}.`;
}

/** "8 strengths and 2 recommendations": the kinds with findings, strengths first. */
export function describeCounts(counts: KindCounts): string {
  return joinWords(
    FINDING_KINDS.filter((kind) => counts[kind]).map((kind) => countOf(counts[kind], ...FINDING_KIND_NOUNS[kind])),
  );
}

/**
 * Which kinds the data has none of for this event, said plainly so an empty side of the chart is not read as
 * "Ofsted found none": the data holds only what its sources quote. Empty when every kind is there, or none is.
 */
export function missingKindsNote(totals: KindCounts): string {
  const missing = FINDING_KINDS.filter((kind) => !totals[kind]).map((kind) => FINDING_KIND_NOUNS[kind][1]);
  if (missing.length === 0 || missing.length === FINDING_KINDS.length) return '';
  const list = missing.length === 2 ? `${missing[0]} or ${missing[1]}` : missing[0];
  return `This data records no ${list} for this event: it holds only the statements its sources quote.`;
}

/** "Showing 4 of 28 findings: recommendations only." Empty when no filter is set. */
export function describeFilters(layout: BreakdownLayout): string {
  const { kind, area } = layout.filters;
  if (!kind && !area) return '';
  const shown = layout.bars.reduce((sum, bar) => sum + bar.findings.length, layout.list.length);
  const all = FINDING_KINDS.reduce((sum, k) => sum + layout.allTotals[k], 0);
  const kindPart = kind ? `${FINDING_KIND_NOUNS[kind][1]} only` : 'every kind';
  return `Showing ${shown} of ${countOf(all, 'finding')}: ${kindPart}${areaPhrase(layout)}.`;
}

/** Said in place of the chart when the filters leave nothing: "This data records no strengths for this event." */
export function noMatchText(layout: BreakdownLayout): string {
  const { kind } = layout.filters;
  return `This data records no ${kindNoun(kind)} for this event${areaPhrase(layout)}.`;
}

function kindNoun(kind: FindingKind | undefined): string {
  return kind ? FINDING_KIND_NOUNS[kind][1] : 'findings';
}

function areaPhrase(layout: BreakdownLayout): string {
  const { area } = layout.filters;
  return area ? ` in “${areaFilterName(layout.groups, area)}”` : '';
}

/** Said to readers wherever the kinds of the sentences were picked by the importer's rule, not printed by Ofsted. */
export const PICKED_NOTE =
  "Picked from the report's findings on each judgement; read the report for the whole picture.";

/** The report an event's findings come from: the first of its sources that is a report extract. */
export function reportOf(dataset: OfstedDataset, event: OfstedEvent): SourceDocument | undefined {
  const ids = new Set(event.sources);
  return (
    dataset.sources.find((source) => ids.has(source.id) && source.file?.startsWith('reports/')) ??
    dataset.sources.find((source) => source.id === event.findings?.[0]?.source)
  );
}

/**
 * Why an event shows no findings, in words: its report was read and nothing kept, or no report of it is in the data
 * (its dates and grades come from elsewhere, named).
 */
export function noFindingsReason(dataset: OfstedDataset, event: OfstedEvent): string {
  const what = EVENT_KIND_LABELS[event.kind].toLowerCase();
  if (reportOf(dataset, event))
    return `This data holds no findings from this ${what}: its report was read, and no statement from it is kept.`;
  const from = dataset.sources.find((source) => source.id === event.sources[0]);
  return `This data holds no findings from this ${what}: no report of it has been read into the data${from ? `; its dates and grades come from ${from.title}` : ''}.`;
}

import type { Finding, FindingKind, GradeId, Judgement, OfstedEvent } from '../data/types.js';

/** The findings kinds in the order the chart, filters and sentences use: strengths first. */
export const FINDING_KINDS: readonly FindingKind[] = ['strength', 'improvement', 'recommendation'];

/**
 * The `area` filter value for findings tied to no judgement (`area: null`). Area ids are lower-case letters,
 * digits and hyphens, so this value can never name a real area.
 */
export const NO_AREA = '(none)';

export const NO_AREA_NAME = 'Not tied to one judgement';

/** One judgement area's findings, or the group of findings tied to none. */
export interface AreaGroup {
  /** The area id, or NO_AREA: the `area` filter's value and the key of the area's bar. */
  key: string;
  area: string | null;
  /** The event's judgement name for the area; else a name made from its id. */
  name: string;
  /** True when the event has a judgement for this area. */
  judged: boolean;
  /** The judgement's grade: null when the sources do not give it, undefined when the event did not judge the area. */
  grade?: GradeId | null;
  /** Every finding in the area, in the data's order, before any filter. */
  findings: Finding[];
}

export type KindCounts = Record<FindingKind, number>;

/**
 * The event's findings (or those given) grouped by area: judgement areas in the event's judgement order (the
 * report's), then other areas in the order the findings first name them, then the findings tied to no judgement.
 * Areas without findings are left out.
 */
export function groupFindings(event: OfstedEvent, findings: readonly Finding[] = event.findings ?? []): AreaGroup[] {
  const judgements = event.judgements ?? [];
  // Linear in the findings: each is pushed once (copying the area's list per finding made 100,000 take 24 s).
  const byKey = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = finding.area ?? NO_AREA;
    const list = byKey.get(key);
    if (list) list.push(finding);
    else byKey.set(key, [finding]);
  }
  const judgementByArea = new Map<string, Judgement>();
  for (const judgement of judgements)
    if (!judgementByArea.has(judgement.area)) judgementByArea.set(judgement.area, judgement);
  const judgedAreas = [...judgementByArea.keys()].filter((area) => byKey.has(area));
  const otherAreas = [...byKey.keys()].filter((key) => key !== NO_AREA && !judgementByArea.has(key));
  const groups = [...judgedAreas, ...otherAreas].map((area): AreaGroup => {
    const judgement = judgementByArea.get(area);
    const group: AreaGroup = {
      key: area,
      area,
      name: judgement?.name ?? areaNameFromId(area),
      judged: !!judgement,
      findings: byKey.get(area)!,
    };
    if (judgement) group.grade = judgement.grade;
    return group;
  });
  const untied = byKey.get(NO_AREA);
  if (untied) groups.push({ key: NO_AREA, area: null, name: NO_AREA_NAME, judged: false, findings: untied });
  return groups;
}

/** Overall effectiveness has no section of its own in a report, so no sentences are picked under it. */
const OVERALL_EFFECTIVENESS = 'overall-effectiveness';

/**
 * The areas an inspection's picked sentences will fill while their file loads (one per judgement of the report's
 * sections: the event's judgements but overall effectiveness), after `groups` (those already with findings), in the
 * event's judgement order, each with no findings yet: what the chart reserves a row for.
 */
export function awaitedGroups(event: OfstedEvent, groups: readonly AreaGroup[]): AreaGroup[] {
  const seen = new Set(groups.map((group) => group.key));
  const awaited: AreaGroup[] = [];
  for (const { area, name, grade } of event.judgements ?? []) {
    if (area === OVERALL_EFFECTIVENESS || seen.has(area)) continue;
    seen.add(area);
    awaited.push({ key: area, area, name, judged: true, grade, findings: [] });
  }
  return awaited;
}

/** A readable name for an area id the event has no judgement for: 'children-in-care' → "Children in care". */
export function areaNameFromId(id: string): string {
  const words = id.split('-').filter(Boolean).join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The name an `area` filter value stands for, whether or not the event has findings there. */
export function areaFilterName(groups: readonly AreaGroup[], key: string): string {
  return groups.find((group) => group.key === key)?.name ?? (key === NO_AREA ? NO_AREA_NAME : areaNameFromId(key));
}

/** The `kind` attribute as a finding kind; empty or unrecognised means every kind. */
export function parseKindFilter(value: string | null | undefined): FindingKind | undefined {
  return FINDING_KINDS.find((kind) => kind === value);
}

export function countKinds(findings: readonly Finding[]): KindCounts {
  const counts: KindCounts = { strength: 0, improvement: 0, recommendation: 0 };
  for (const finding of findings) counts[finding.kind] += 1;
  return counts;
}

/** Shown beside a statement whose area the dataset's editors chose (`areaInferred`), not the source's headings. */
export const AREA_INFERRED_NOTE = "(area assigned by the data's editors)";

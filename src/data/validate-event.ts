/** The validator's checks of one event: its fields, its judgements and its findings (see validate.ts). */
import type { Checker, Json } from './checker.js';
import { DATASET_KEYS } from './dataset-keys.js';
import { parseDateSpan, parsePartialDate, type DateSpan } from './dates.js';
import { EVENT_KIND_LABELS, isEventKind, isFindingKind } from './event-kinds.js';
import { listOr } from './framework-rules.js';
import { isGradeId } from './grades.js';
import { LIMITS } from './limits.js';

/**
 * Checks one event at `path`: its sources must be among `sourceIds` (checked by `citesSources`), its framework among
 * `frameworkIds`; its findings are not walked when the file holds too many. Positional, not an options object: the
 * object's property names cost the bundle bytes a minifier cannot take out.
 */
export function checkEvent(
  check: Checker, event: Json, path: string, sourceIds: Set<string>, frameworkIds: Set<string>,
  citesSources: (refs: unknown, path: string, required: boolean) => void, tooManyFindings: boolean,
): void {
  check.known(event, path, DATASET_KEYS.event);
  if (!isEventKind(event.kind)) check.fail(`${path}.kind`, event.kind, `is not an event kind (expected ${listOr(Object.keys(EVENT_KIND_LABELS))})`);
  check.text(event.title, `${path}.title`);
  if (typeof event.date !== 'string' || !parseDateSpan(event.date)) {
    const [start, end, ...more] = typeof event.date === 'string' ? event.date.split('/') : [];
    const reversed = start && end && !more.length && parsePartialDate(start) && parsePartialDate(end);
    check.fail(`${path}.date`, event.date, reversed
      ? 'ends before it starts (an interval is start/end, earliest first)'
      : 'is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, or start/end)');
  }
  if (event.parts !== undefined) checkParts(check, event.parts, `${path}.parts`, typeof event.date === 'string' ? parseDateSpan(event.date) : null);
  check.optional(event, path, 'dateInferred', 'text');
  check.optional(event, path, 'published', 'date');
  check.optional(event, path, 'summary', 'text');
  check.optional(event, path, 'predecessor', 'text');
  if (event.framework !== undefined) check.reference(event.framework, `${path}.framework`, frameworkIds, 'framework');
  if (event.inspectors !== undefined) {
    const inspectors = event.inspectors;
    if (!Array.isArray(inspectors)) check.fail(`${path}.inspectors`, inspectors, 'must be a list');
    else if (inspectors.length > LIMITS.listItems) check.tooMany(`${path}.inspectors`, inspectors.length, 'items', LIMITS.listItems, 'in one list');
    else for (let i = 0; i < inspectors.length; i++) check.text(inspectors[i], `${path}.inspectors[${i}]`);
  }
  if (event.sectionFindings !== undefined && check.object(event.sectionFindings, `${path}.sectionFindings`)) {
    const counts = event.sectionFindings as Json;
    check.known(counts, `${path}.sectionFindings`, DATASET_KEYS.sectionFindings);
    check.whole(counts.strengths, `${path}.sectionFindings.strengths`, 0);
    check.whole(counts.improvements, `${path}.sectionFindings.improvements`, 0);
  }
  citesSources(event.sources, `${path}.sources`, true);

  // Each judgement area's depth: how many parent links lead from it up to a top-level judgement.
  const depths = new Map<string, number>();
  if (event.judgements !== undefined) {
    check.list(event.judgements, `${path}.judgements`, (judgement, jPath) => {
      check.known(judgement, jPath, DATASET_KEYS.judgement);
      check.text(judgement.name, `${jPath}.name`);
      check.optional(judgement, jPath, 'wording', 'text');
      check.optional(judgement, jPath, 'note', 'text');
      if (judgement.grade !== null && !isGradeId(judgement.grade)) {
        check.fail(`${jPath}.grade`, judgement.grade, 'is not a grade (expected outstanding, good, requires-improvement, inadequate or null)');
      }
      let depth = 0;
      if (judgement.parent !== undefined) {
        const parentDepth = typeof judgement.parent === 'string' ? depths.get(judgement.parent) : undefined;
        if (parentDepth === undefined) check.reference(judgement.parent, `${jPath}.parent`, new Set(depths.keys()), 'earlier judgement area');
        else depth = parentDepth + 1;
        if (depth > LIMITS.judgementDepth) check.tooMany(`${jPath}.parent`, depth, 'levels of sub-judgements', LIMITS.judgementDepth);
      }
      citesSources(judgement.sources, `${jPath}.sources`, false);
      if (typeof judgement.area === 'string' && !depths.has(judgement.area)) depths.set(judgement.area, depth);
    }, { key: 'area', max: LIMITS.judgements, noun: 'judgements', where: 'in one event' });
  }
  if (event.findings !== undefined && !tooManyFindings) {
    const findingAreas = new Set<unknown>();
    check.list(event.findings, `${path}.findings`, (finding, fPath) => {
      check.known(finding, fPath, DATASET_KEYS.finding);
      if (!isFindingKind(finding.kind)) check.fail(`${fPath}.kind`, finding.kind, 'is not a finding kind (expected strength, improvement or recommendation)');
      if (finding.area !== null) check.id(finding.area, `${fPath}.area`);
      check.optional(finding, fPath, 'areaInferred', 'boolean');
      check.text(finding.statement, `${fPath}.statement`);
      check.reference(finding.source, `${fPath}.source`, sourceIds, 'source');
      if (finding.paragraph !== undefined) check.whole(finding.paragraph, `${fPath}.paragraph`, 1);
      if (finding.kindAssigned !== undefined && finding.kindAssigned !== true) check.fail(`${fPath}.kindAssigned`, finding.kindAssigned, 'is not true (leave it out when the source printed the kind)');
      findingAreas.add(finding.area);
    }, { key: null, max: LIMITS.findings, noun: 'findings' });
    if (findingAreas.size > LIMITS.areas) check.tooMany(`${path}.findings`, findingAreas.size, 'areas', LIMITS.areas, 'in one event');
  }
}

/** An inspection's parts: two or more dates or intervals, earliest first, not overlapping, all within its `date`. */
function checkParts(check: Checker, parts: unknown, path: string, whole: DateSpan | null): void {
  if (!Array.isArray(parts) || parts.length < 2) {
    check.fail(path, parts, 'must be a list of at least two dates or intervals');
    return;
  }
  if (parts.length > LIMITS.listItems) {
    check.tooMany(path, parts.length, 'items', LIMITS.listItems, 'in one list');
    return;
  }
  let previousEnd = -Infinity;
  for (let i = 0; i < parts.length; i++) {
    const part = typeof parts[i] === 'string' ? parseDateSpan(parts[i] as string) : null;
    if (!part) check.fail(`${path}[${i}]`, parts[i], 'is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, or start/end)');
    else if (part.startTime <= previousEnd) check.fail(`${path}[${i}]`, parts[i], 'starts before the part before it ends (parts are earliest first)');
    else if (whole && (part.startTime < whole.startTime || part.endTime > whole.endTime)) check.fail(`${path}[${i}]`, parts[i], "lies outside the event's date");
    if (part) previousEnd = part.endTime;
  }
}

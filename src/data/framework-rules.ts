import { parseDateSpan } from './dates.js';
import type { OfstedDataset } from './types.js';
import type { ValidationIssue } from './validate.js';

/**
 * What Ofsted's frameworks judged, for the checks a schema cannot make: a judgement of one framework's area in an
 * inspection under another (SIF's children looked after or LSCB review in an ILACS inspection), children in care
 * judged together with or apart from care leavers in the wrong years, and a missing overall effectiveness judgement.
 * Only frameworks recognised by id or short name (`sif`, `ilacs`) are checked; areas neither framework knows
 * (a council's own) are left alone.
 */
const SIF_AREAS = ['overall-effectiveness', 'help-and-protection', 'children-looked-after', 'adoption', 'care-leavers', 'leadership', 'lscb'];
/** ILACS from January 2018; children in care and care leavers judged apart from 1 January 2023. */
const ILACS_AREAS_2018 = ['overall-effectiveness', 'leadership', 'help-and-protection', 'children-in-care-and-care-leavers'];
const ILACS_AREAS_2023 = ['overall-effectiveness', 'leadership', 'help-and-protection', 'children-in-care', 'care-leavers'];
const ILACS_SPLIT = Date.UTC(2023, 0, 1);
/** Ofsted removed the overall effectiveness judgement from ILACS inspections from April 2026. */
const ILACS_NO_OVERALL = Date.UTC(2026, 3, 1);
const KNOWN_AREAS = new Set([...SIF_AREAS, ...ILACS_AREAS_2018, ...ILACS_AREAS_2023]);

type FrameworkName = 'SIF' | 'ILACS';

/** frameworkIssues(dataset): judgements that do not belong to their inspection's framework. Call on a valid shape. */
export function frameworkIssues(dataset: OfstedDataset): ValidationIssue[] {
  const named = new Map<string, FrameworkName>();
  for (const framework of dataset.frameworks ?? []) {
    const name = [framework.id, framework.shortName].map((n) => n?.toUpperCase()).find((n) => n === 'SIF' || n === 'ILACS');
    if (name) named.set(framework.id, name as FrameworkName);
  }
  const issues: ValidationIssue[] = [];
  dataset.events.forEach((event, i) => {
    const framework = event.framework ? named.get(event.framework) : undefined;
    const span = parseDateSpan(event.date);
    if (!framework || !span || !event.judgements?.length) return;
    const expected = framework === 'SIF' ? SIF_AREAS : span.startTime < ILACS_SPLIT ? ILACS_AREAS_2018 : ILACS_AREAS_2023;
    const when = framework === 'ILACS' ? (span.startTime < ILACS_SPLIT ? ' before 2023' : ' from 2023') : '';
    event.judgements.forEach((judgement, j) => {
      if (!KNOWN_AREAS.has(judgement.area) || expected.includes(judgement.area)) return;
      const path = `events[${i}].judgements[${j}].area`;
      issues.push({
        path,
        value: judgement.area,
        message: `${path}: "${judgement.area}" is not a judgement area of ${framework} inspections${when} (expected ${listOr(expected)})`,
      });
    });
    const needsOverall = framework === 'SIF' || span.startTime < ILACS_NO_OVERALL;
    if (needsOverall && !event.judgements.some((judgement) => judgement.area === 'overall-effectiveness')) {
      const path = `events[${i}].judgements`;
      const until = framework === 'ILACS' ? ' before April 2026' : '';
      issues.push({ path, message: `${path}: no overall-effectiveness judgement, which every ${framework} inspection${until} gives` });
    }
  });
  return issues;
}

/** "a, b or c". */
export function listOr(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

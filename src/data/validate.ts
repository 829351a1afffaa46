import { EVENT_KIND_LABELS, isEventKind, isFindingKind } from './event-kinds.js';
import { frameworkIssues, listOr } from './framework-rules.js';
import { parseDateSpan, parsePartialDate } from './dates.js';
import { isGradeId } from './grades.js';
import { formatCount, LIMITS } from './limits.js';
import type { OfstedDataset } from './types.js';

/** One problem in a dataset: where it is, what was there, and what is wrong with it. */
export interface ValidationIssue {
  /** JSON path, e.g. `events[3].judgements[0].grade`. */
  path: string;
  value?: unknown;
  /** The full sentence, path first: `events[3].judgements[0].grade: "superb" is not a grade`. */
  message: string;
}

export type ValidationResult =
  | { ok: true; dataset: OfstedDataset }
  | { ok: false; issues: ValidationIssue[] };

type Json = Record<string, unknown>;

/** The path of an issue with the whole value (it is not an object): every issue names a non-empty path. */
const ROOT = '(root)';

/** Thrown by the checker once it holds LIMITS.issues problems: the rest are not looked for. */
class EnoughIssues extends Error {}

/**
 * Checks an unknown value against the dataset schema (data/ofsted-dataset.schema.json) plus what a schema
 * cannot say: ids unique, references resolvable, dates real and in order, and the counts in LIMITS. Hand-written
 * rather than a schema engine so it ships in a few hundred bytes and never needs `eval` (strict CSP). Its time
 * grows with the size of the input, never faster: a list longer than its limit is reported, not walked.
 */
export function validateDataset(input: unknown): ValidationResult {
  const check = new Checker();
  try {
    checkRoot(check, input);
  } catch (error) {
    if (!(error instanceof EnoughIssues)) throw error;
  }
  // Judgements against their framework, once the shape is sound.
  if (!check.issues.length) check.issues.push(...frameworkIssues(input as OfstedDataset));
  return check.issues.length ? { ok: false, issues: check.issues } : { ok: true, dataset: input as OfstedDataset };
}

function checkRoot(check: Checker, input: unknown): void {
  if (!check.object(input, ROOT)) return;
  const root = input as Json;
  check.known(root, '', ['$schema', 'schemaVersion', 'fictional', 'note', 'authority', 'frameworks', 'sources', 'events']);
  if (root.schemaVersion !== 1) check.fail('schemaVersion', root.schemaVersion, 'is not a supported schema version (expected 1)');
  check.optional(root, '', 'fictional', 'boolean');
  check.optional(root, '', 'note', 'text');

  if (check.object(root.authority, 'authority')) {
    const authority = root.authority as Json;
    check.known(authority, 'authority', ['id', 'name', 'shortName', 'identifiers']);
    check.id(authority.id, 'authority.id');
    check.text(authority.name, 'authority.name');
    check.optional(authority, 'authority', 'shortName', 'text');
    if (authority.identifiers !== undefined && check.object(authority.identifiers, 'authority.identifiers')) {
      const identifiers = authority.identifiers as Json;
      const keys = Object.keys(identifiers);
      if (keys.length > LIMITS.listItems) check.tooMany('authority.identifiers', keys.length, 'identifiers', LIMITS.listItems, 'in one list');
      else for (const key of keys) check.text(identifiers[key], `authority.identifiers.${key}`);
    }
  }

  const sourceIds = check.list(root.sources, 'sources', (source, path) => {
    check.known(source, path, ['id', 'title', 'publisher', 'date', 'url', 'file', 'note']);
    check.text(source.title, `${path}.title`);
    check.optional(source, path, 'publisher', 'text');
    check.optional(source, path, 'date', 'date');
    check.optional(source, path, 'file', 'text');
    check.optional(source, path, 'note', 'text');
    if (source.url !== undefined && !(typeof source.url === 'string' && /^https?:\/\//.test(source.url))) {
      check.fail(`${path}.url`, source.url, 'is not an http(s) address');
    } else if (typeof source.url === 'string') {
      check.length(source.url, `${path}.url`);
    }
  }, { max: LIMITS.sources, noun: 'sources' });
  const citesSources = (refs: unknown, path: string, required: boolean) => {
    if (refs === undefined && !required) return;
    if (!Array.isArray(refs) || (required && refs.length === 0)) {
      check.fail(path, refs, 'must be a list of at least one source id');
      return;
    }
    if (refs.length > LIMITS.listItems) {
      check.tooMany(path, refs.length, 'items', LIMITS.listItems, 'in one list');
      return;
    }
    // An index loop, not forEach: a sparse array's holes are missing values, not skipped.
    for (let i = 0; i < refs.length; i++) check.reference(refs[i], `${path}[${i}]`, sourceIds, 'source');
  };

  const frameworkIds = root.frameworks === undefined ? new Set<string>() : check.list(root.frameworks, 'frameworks', (framework, path) => {
    check.known(framework, path, ['id', 'name', 'shortName', 'from', 'to', 'note', 'sources']);
    check.text(framework.name, `${path}.name`);
    check.optional(framework, path, 'shortName', 'text');
    check.optional(framework, path, 'from', 'date');
    check.optional(framework, path, 'to', 'date');
    check.optional(framework, path, 'note', 'text');
    citesSources(framework.sources, `${path}.sources`, false);
  }, { max: LIMITS.frameworks, noun: 'frameworks' });

  // Findings are limited across the whole file: counted first, and not walked at all when there are too many.
  const findingsInAll = countFindings(root.events);
  const tooManyFindings = findingsInAll > LIMITS.findings;
  if (tooManyFindings) check.tooMany('events', findingsInAll, 'findings in all', LIMITS.findings);

  check.list(root.events, 'events', (event, path) => {
    check.known(event, path, [
      'id', 'kind', 'title', 'date', 'dateInferred', 'published', 'framework',
      'summary', 'predecessor', 'inspectors', 'judgements', 'findings', 'sources',
    ]);
    if (!isEventKind(event.kind)) check.fail(`${path}.kind`, event.kind, `is not an event kind (expected ${listOr(Object.keys(EVENT_KIND_LABELS))})`);
    check.text(event.title, `${path}.title`);
    if (typeof event.date !== 'string' || !parseDateSpan(event.date)) {
      const [start, end, ...more] = typeof event.date === 'string' ? event.date.split('/') : [];
      const reversed = start && end && !more.length && parsePartialDate(start) && parsePartialDate(end);
      check.fail(`${path}.date`, event.date, reversed
        ? 'ends before it starts (an interval is start/end, earliest first)'
        : 'is not a date (expected YYYY, YYYY-MM, YYYY-MM-DD, or start/end)');
    }
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
    citesSources(event.sources, `${path}.sources`, true);

    // Each judgement area's depth: how many parent links lead from it up to a top-level judgement.
    const depths = new Map<string, number>();
    if (event.judgements !== undefined) {
      check.list(event.judgements, `${path}.judgements`, (judgement, jPath) => {
        check.known(judgement, jPath, ['area', 'name', 'grade', 'wording', 'note', 'parent', 'sources']);
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
        check.known(finding, fPath, ['kind', 'area', 'areaInferred', 'statement', 'source']);
        if (!isFindingKind(finding.kind)) check.fail(`${fPath}.kind`, finding.kind, 'is not a finding kind (expected strength, improvement or recommendation)');
        if (finding.area !== null) check.id(finding.area, `${fPath}.area`);
        check.optional(finding, fPath, 'areaInferred', 'boolean');
        check.text(finding.statement, `${fPath}.statement`);
        check.reference(finding.source, `${fPath}.source`, sourceIds, 'source');
        findingAreas.add(finding.area);
      }, { key: null, max: LIMITS.findings, noun: 'findings' });
      if (findingAreas.size > LIMITS.areas) check.tooMany(`${path}.findings`, findingAreas.size, 'areas', LIMITS.areas, 'in one event');
    }
  }, { max: LIMITS.events, noun: 'events' });
}

/** Findings across every event, counted without checking them; 0 when the events are too many to count. */
function countFindings(events: unknown): number {
  if (!Array.isArray(events) || events.length > LIMITS.events) return 0;
  let count = 0;
  for (let i = 0; i < events.length; i++) {
    const findings = (events[i] as Json | null | undefined)?.findings;
    if (Array.isArray(findings)) count += findings.length;
  }
  return count;
}

interface ListOptions {
  /** The property that must be a unique id in each item; null for none. Default `id`. */
  key?: string | null;
  max?: number;
  /** What the items are, for the message when there are more than `max`. */
  noun?: string;
  where?: string;
}

/** Collects issues; each method checks one thing at one path. */
class Checker {
  readonly issues: ValidationIssue[] = [];

  fail(path: string, value: unknown, problem: string): void {
    const shown = value === undefined ? 'missing value' : describe(value);
    this.add(path || ROOT, value, `${shown} ${problem}`);
  }

  /** "events: 124,000 events, more than the 1,000 allowed". */
  tooMany(path: string, count: number, noun: string, max: number, where = ''): void {
    this.add(path, count, `${formatCount(count)} ${noun}, more than the ${formatCount(max)} allowed${where ? ` ${where}` : ''}`);
  }

  length(value: string, path: string): void {
    if (value.length > LIMITS.textLength) this.tooMany(path, value.length, 'characters', LIMITS.textLength, 'in one text');
  }

  private add(path: string, value: unknown, problem: string): void {
    if (this.issues.length >= LIMITS.issues) {
      this.issues.push({ path: ROOT, message: `${ROOT}: more than ${LIMITS.issues} problems; the rest were not looked for` });
      throw new EnoughIssues();
    }
    this.issues.push({ path, value, message: `${path}: ${problem}` });
  }

  object(value: unknown, path: string): boolean {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
    this.fail(path, value, 'is not an object');
    return false;
  }

  text(value: unknown, path: string): void {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, value, 'is not a non-empty string');
    else this.length(value, path);
  }

  id(value: unknown, path: string): void {
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(value)) {
      this.fail(path, value, 'is not an id (lower-case letters, digits and hyphens)');
    } else {
      this.length(value, path);
    }
  }

  /** A reference to one of `known`; the message lists them (the first dozen), so the right id is at hand. */
  reference(value: unknown, path: string, known: Set<string>, what: string): void {
    if (typeof value === 'string' && known.has(value)) return;
    const ids = [...known];
    const listed = ids.length === 0 ? 'there are none' : `known: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}`;
    this.fail(path, value, `is not a known ${what} id (${listed})`);
  }

  optional(owner: Json, path: string, key: string, type: 'text' | 'boolean' | 'date'): void {
    const value = owner[key];
    if (value === undefined) return;
    const at = path ? `${path}.${key}` : key;
    if (type === 'text') this.text(value, at);
    else if (type === 'boolean' && typeof value !== 'boolean') this.fail(at, value, 'is not true or false');
    else if (type === 'date' && (typeof value !== 'string' || !parsePartialDate(value))) {
      this.fail(at, value, 'is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    }
  }

  known(owner: Json, path: string, keys: string[]): void {
    for (const key of Object.keys(owner)) {
      if (!keys.includes(key)) this.fail(path ? `${path}.${key}` : key, owner[key], 'is not a known property');
    }
  }

  /**
   * Checks a list of objects, each with a unique key (`id` unless given); returns the keys seen. A list longer
   * than `max` is reported and not walked. An index loop, not forEach: a sparse array's holes are missing values.
   */
  list(value: unknown, path: string, each: (item: Json, path: string) => void, options: ListOptions = {}): Set<string> {
    const { key = 'id', max = LIMITS.listItems, noun = 'items', where } = options;
    const seen = new Set<string>();
    if (!Array.isArray(value)) {
      this.fail(path, value, 'is not a list');
      return seen;
    }
    if (value.length > max) {
      this.tooMany(path, value.length, noun, max, where);
      return seen;
    }
    for (let i = 0; i < value.length; i++) {
      const at = `${path}[${i}]`;
      const item: unknown = value[i];
      if (!this.object(item, at)) continue;
      const record = item as Json;
      if (key) {
        this.id(record[key], `${at}.${key}`);
        const id = record[key];
        if (typeof id === 'string') {
          if (seen.has(id)) this.fail(`${at}.${key}`, id, 'is used twice');
          seen.add(id);
        }
      }
      each(record, at);
    }
    return seen;
  }
}

/** A bad value as messages show it: JSON where JSON can show it, cut to 60 characters. */
function describe(value: unknown): string {
  const text = preview(value, 2);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** How many entries of a list or object a message shows before "…". */
const PREVIEW_ENTRIES = 8;

/**
 * JSON-like text of the start of a value, `depth` levels down: never a walk of a whole large value (a 100,000-item
 * list in the wrong place), never thrown by a cycle, a BigInt (`1n`, not `1`) or an object without a prototype.
 */
function preview(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 64 ? value.slice(0, 64) : value);
    case 'bigint':
      return `${value}n`;
    case 'function':
      return 'a function';
    case 'object':
      if (value === null) return 'null';
      try {
        const json = (value as { toJSON?: unknown }).toJSON;
        if (typeof json === 'function') return preview(json.call(value), depth);
        if (depth === 0) return Array.isArray(value) ? '[…]' : '{…}';
        if (Array.isArray(value)) {
          const items: string[] = [];
          for (let i = 0; i < Math.min(value.length, PREVIEW_ENTRIES); i++) {
            const item: unknown = value[i];
            items.push(item === undefined ? 'null' : preview(item, depth - 1));
          }
          return `[${items.join(',')}${value.length > PREVIEW_ENTRIES ? ',…' : ''}]`;
        }
        const keys = Object.keys(value);
        const entries = keys.slice(0, PREVIEW_ENTRIES).flatMap((key) => {
          const item = (value as Json)[key];
          return item === undefined ? [] : [`${JSON.stringify(key)}:${preview(item, depth - 1)}`];
        });
        return `{${entries.join(',')}${keys.length > PREVIEW_ENTRIES ? ',…' : ''}}`;
      } catch {
        return Array.isArray(value) ? '[…]' : '{…}';
      }
    default:
      return String(value);
  }
}

import { EVENT_KIND_LABELS, isEventKind, isFindingKind } from './event-kinds.js';
import { frameworkIssues, listOr } from './framework-rules.js';
import { parseDateSpan, parsePartialDate } from './dates.js';
import { isGradeId } from './grades.js';
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

/**
 * Checks an unknown value against the dataset schema (data/ofsted-dataset.schema.json) plus what a schema
 * cannot say: ids unique, references resolvable, dates real and in order. Hand-written rather than a schema
 * engine so it ships in a few hundred bytes and never needs `eval` (strict CSP).
 */
export function validateDataset(input: unknown): ValidationResult {
  const check = new Checker();
  if (!check.object(input, ROOT)) return { ok: false, issues: check.issues };
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
      for (const [key, value] of Object.entries(authority.identifiers as Json)) {
        check.text(value, `authority.identifiers.${key}`);
      }
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
    }
  });
  const citesSources = (refs: unknown, path: string, required: boolean) => {
    if (refs === undefined && !required) return;
    if (!Array.isArray(refs) || (required && refs.length === 0)) {
      check.fail(path, refs, 'must be a list of at least one source id');
      return;
    }
    refs.forEach((ref, i) => check.reference(ref, `${path}[${i}]`, sourceIds, 'source'));
  };

  const frameworkIds = root.frameworks === undefined ? new Set<string>() : check.list(root.frameworks, 'frameworks', (framework, path) => {
    check.known(framework, path, ['id', 'name', 'shortName', 'from', 'to', 'note', 'sources']);
    check.text(framework.name, `${path}.name`);
    check.optional(framework, path, 'shortName', 'text');
    check.optional(framework, path, 'from', 'date');
    check.optional(framework, path, 'to', 'date');
    check.optional(framework, path, 'note', 'text');
    citesSources(framework.sources, `${path}.sources`, false);
  });
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
      if (!Array.isArray(event.inspectors)) check.fail(`${path}.inspectors`, event.inspectors, 'must be a list');
      else event.inspectors.forEach((name, i) => check.text(name, `${path}.inspectors[${i}]`));
    }
    citesSources(event.sources, `${path}.sources`, true);

    const areas = new Set<string>();
    if (event.judgements !== undefined) {
      check.list(event.judgements, `${path}.judgements`, (judgement, jPath) => {
        check.known(judgement, jPath, ['area', 'name', 'grade', 'wording', 'note', 'parent', 'sources']);
        check.text(judgement.name, `${jPath}.name`);
        check.optional(judgement, jPath, 'wording', 'text');
        check.optional(judgement, jPath, 'note', 'text');
        if (judgement.grade !== null && !isGradeId(judgement.grade)) {
          check.fail(`${jPath}.grade`, judgement.grade, 'is not a grade (expected outstanding, good, requires-improvement, inadequate or null)');
        }
        if (judgement.parent !== undefined) check.reference(judgement.parent, `${jPath}.parent`, areas, 'earlier judgement area');
        citesSources(judgement.sources, `${jPath}.sources`, false);
        if (typeof judgement.area === 'string') areas.add(judgement.area);
      }, 'area');
    }
    if (event.findings !== undefined) {
      check.list(event.findings, `${path}.findings`, (finding, fPath) => {
        check.known(finding, fPath, ['kind', 'area', 'areaInferred', 'statement', 'source']);
        if (!isFindingKind(finding.kind)) check.fail(`${fPath}.kind`, finding.kind, 'is not a finding kind (expected strength, improvement or recommendation)');
        if (finding.area !== null) check.id(finding.area, `${fPath}.area`);
        check.optional(finding, fPath, 'areaInferred', 'boolean');
        check.text(finding.statement, `${fPath}.statement`);
        check.reference(finding.source, `${fPath}.source`, sourceIds, 'source');
      }, null);
    }
  });

  // Judgements against their framework, once the shape is sound.
  if (!check.issues.length) check.issues.push(...frameworkIssues(input as OfstedDataset));
  return check.issues.length ? { ok: false, issues: check.issues } : { ok: true, dataset: input as OfstedDataset };
}

/** Collects issues; each method checks one thing at one path. */
class Checker {
  readonly issues: ValidationIssue[] = [];

  fail(path: string, value: unknown, problem: string): void {
    const shown = value === undefined ? 'missing value' : describe(value);
    const at = path || ROOT;
    this.issues.push({ path: at, value, message: `${at}: ${shown} ${problem}` });
  }

  object(value: unknown, path: string): boolean {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
    this.fail(path, value, 'is not an object');
    return false;
  }

  text(value: unknown, path: string): void {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, value, 'is not a non-empty string');
  }

  id(value: unknown, path: string): void {
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(value)) {
      this.fail(path, value, 'is not an id (lower-case letters, digits and hyphens)');
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

  /** Checks a list of objects, each with a unique key (`id` unless given); returns the keys seen. */
  list(value: unknown, path: string, each: (item: Json, path: string) => void, key: string | null = 'id'): Set<string> {
    const seen = new Set<string>();
    if (!Array.isArray(value)) {
      this.fail(path, value, 'is not a list');
      return seen;
    }
    value.forEach((item, i) => {
      const at = `${path}[${i}]`;
      if (!this.object(item, at)) return;
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
    });
    return seen;
  }
}

function describe(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    // JSON cannot show it (a BigInt inside, a cycle): fall back to String, which itself throws for an object
    // without a prototype, so end with a plain description rather than let the validator throw.
    try {
      text = String(value);
    } catch {
      text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : typeof value;
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

import { Checker, EnoughIssues, ROOT, type Json, type ValidationIssue } from './checker.js';
import { DATASET_KEYS } from './dataset-keys.js';
import { frameworkIssues } from './framework-rules.js';
import { LIMITS } from './limits.js';
import type { OfstedDataset } from './types.js';
import { checkEvent } from './validate-event.js';

export type { ValidationIssue } from './checker.js';

export type ValidationResult =
  | { ok: true; dataset: OfstedDataset }
  | { ok: false; issues: ValidationIssue[] };

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
  check.known(root, '', DATASET_KEYS.dataset);
  if (root.schemaVersion !== 1) check.fail('schemaVersion', root.schemaVersion, 'is not a supported schema version (expected 1)');
  check.optional(root, '', 'fictional', 'boolean');
  check.optional(root, '', 'note', 'text');
  if (root.coverage !== undefined && check.object(root.coverage, 'coverage')) {
    const coverage = root.coverage as Json;
    check.known(coverage, 'coverage', DATASET_KEYS.coverage);
    for (const key of DATASET_KEYS.coverage) check.optional(coverage, 'coverage', key, 'date');
  }

  if (check.object(root.authority, 'authority')) {
    const authority = root.authority as Json;
    check.known(authority, 'authority', DATASET_KEYS.authority);
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
    check.known(source, path, DATASET_KEYS.source);
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
    check.known(framework, path, DATASET_KEYS.framework);
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

  check.list(root.events, 'events', (event, path) => checkEvent(check, event, path, sourceIds, frameworkIds, citesSources, tooManyFindings),
    { max: LIMITS.events, noun: 'events' });
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


/** The validator of a section findings file (see SectionFindingsFile in types.ts), against the dataset it belongs to. */
import { Checker, EnoughIssues, ROOT, type Json, type ValidationIssue } from './checker.js';
import { DATASET_KEYS } from './dataset-keys.js';
import { LIMITS } from './limits.js';
import type { Finding, OfstedDataset, OfstedEvent } from './types.js';

/** The properties a section findings file may have. */
export const SECTION_FINDINGS_FILE_KEYS = ['schemaVersion', 'authority', 'event', 'findings'] as const;

export type SectionFindingsResult = { ok: true; findings: Finding[] } | { ok: false; issues: ValidationIssue[] };

/**
 * Checks an unknown value as the section findings file of `event` in `dataset`: the same authority and event, only
 * strengths and areas for improvement, each with its section's area, its paragraph, `kindAssigned: true` and a
 * source the dataset lists, and exactly as many of each kind as the event's `sectionFindings` says.
 */
export function validateSectionFindings(input: unknown, dataset: OfstedDataset, event: OfstedEvent): SectionFindingsResult {
  const check = new Checker();
  const findings: Finding[] = [];
  try {
    if (check.object(input, ROOT)) checkFile(check, input as Json, dataset, event, findings);
  } catch (error) {
    if (!(error instanceof EnoughIssues)) throw error;
  }
  return check.issues.length ? { ok: false, issues: check.issues } : { ok: true, findings };
}

function checkFile(check: Checker, file: Json, dataset: OfstedDataset, event: OfstedEvent, findings: Finding[]): void {
  check.known(file, '', SECTION_FINDINGS_FILE_KEYS);
  if (file.schemaVersion !== 1) check.fail('schemaVersion', file.schemaVersion, 'is not a supported schema version (expected 1)');
  if (file.authority !== dataset.authority.id) check.fail('authority', file.authority, `is not the dataset's authority ("${dataset.authority.id}")`);
  if (file.event !== event.id) check.fail('event', file.event, `is not the event it was fetched for ("${event.id}")`);
  const sourceIds = new Set(dataset.sources.map((source) => source.id));
  const counts = { strength: 0, improvement: 0 };
  check.list(file.findings, 'findings', (finding, path) => {
    check.known(finding, path, DATASET_KEYS.finding);
    if (finding.kind !== 'strength' && finding.kind !== 'improvement') {
      check.fail(`${path}.kind`, finding.kind, 'is not a kind picked from a judgement section (expected strength or improvement)');
    } else {
      counts[finding.kind] += 1;
    }
    check.id(finding.area, `${path}.area`);
    check.optional(finding, path, 'areaInferred', 'boolean');
    check.text(finding.statement, `${path}.statement`);
    check.reference(finding.source, `${path}.source`, sourceIds, 'source');
    check.whole(finding.paragraph, `${path}.paragraph`, 1);
    if (finding.kindAssigned !== true) check.fail(`${path}.kindAssigned`, finding.kindAssigned, 'is not true (every kind in this file was assigned by the importer)');
    findings.push(finding as unknown as Finding);
  }, { key: null, max: LIMITS.findings, noun: 'findings' });
  const expected = event.sectionFindings;
  if (!check.issues.length && expected && (expected.strengths !== counts.strength || expected.improvements !== counts.improvement)) {
    check.fail('findings', `${counts.strength} strengths and ${counts.improvement} areas for improvement`,
      `differ from the dataset's count for this event (${expected.strengths} and ${expected.improvements})`);
  }
}

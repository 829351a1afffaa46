import { importAuthorityFile } from './authority-files.js';
import type { GradeId } from './types.js';

/** One authority in the index: enough to find it by any of its names or codes, and to list it. */
export interface AuthoritySummary {
  /** The id `authority="..."` takes, e.g. "barnet". */
  id: string;
  /** As the council calls itself, e.g. "London Borough of Barnet". */
  name: string;
  /** For tight spaces and sentences, e.g. "Barnet". */
  shortName: string;
  region: string;
  /** ONS area code, e.g. "E09000003". */
  onsCode: string;
  /** Local authority number, e.g. "302". */
  laNumber: string;
  /** Ofsted's unique reference number for the authority, e.g. "80487". */
  urn: string;
  /**
   * Overall effectiveness at the latest inspection that graded it, as an id ("requires-improvement"), or null:
   * `gradeLabel(grade)` gives Ofsted's words, `describeAuthority(summary)` the whole entry in words.
   */
  grade: GradeId | null;
  /** When that inspection took place, at its source's precision. */
  date?: string;
}

/** Every authority whose dataset ships with the package (`data/authorities/index.json`). */
export interface AuthorityIndex {
  schemaVersion: 1;
  /** The latest publication date of any source the data was built from (YYYY-MM-DD; `formatIsoDate` words it). */
  dataUpTo: string;
  /** The date Ofsted's official statistics run to (YYYY-MM-DD). */
  statisticsUpTo: string;
  authorities: AuthoritySummary[];
}

let indexLoad: Promise<AuthorityIndex> | undefined;

/**
 * The authority index, loaded once per page (a separate chunk or file, never part of an element's code): what a
 * council picker lists. Its entries hold ids; `describeAuthority` and `authoritiesByRegion` put them in words.
 */
export function loadAuthorityIndex(): Promise<AuthorityIndex> {
  indexLoad ??= (importAuthorityFile('index') as Promise<AuthorityIndex>).catch((error: unknown) => {
    indexLoad = undefined; // a failed load (offline, a 404) is tried again next time
    throw error;
  });
  return indexLoad;
}

/**
 * The dataset model: one local authority's Ofsted children's-services history.
 * Mirrors data/ofsted-dataset.schema.json and the validator's property lists (dataset-keys.ts);
 * test/node/schema.test.mjs fails when a property or an allowed value is in one and not the others.
 */

/** Ofsted's four-point scale, as stable ids; labels live in grades.ts. */
export type GradeId = 'outstanding' | 'good' | 'requires-improvement' | 'inadequate';

export type EventKind =
  | 'inspection'
  | 'monitoring-visit'
  | 'focused-visit'
  | 'joint-targeted-area-inspection'
  | 'milestone';

export type FindingKind = 'strength' | 'improvement' | 'recommendation';

export interface Authority {
  id: string;
  name: string;
  /** How sentences name it, e.g. "Barnet" for "London Borough of Barnet". */
  shortName?: string;
  /** e.g. Ofsted URN, ONS area code, local authority number. */
  identifiers?: Record<string, string>;
}

/** A document a value comes from. `file` names its text under data/sources/, when the project holds one. */
export interface SourceDocument {
  id: string;
  title: string;
  publisher?: string;
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD) the document was published or dated. */
  date?: string;
  url?: string;
  file?: string;
  note?: string;
}

/** An inspection framework, e.g. SIF (2013–2017) or ILACS (from 2018). */
export interface Framework {
  id: string;
  name: string;
  shortName?: string;
  /** ISO date the framework began / ended, when a source gives it. */
  from?: string;
  to?: string;
  note?: string;
  sources?: string[];
}

/** One judgement of a graded event. `grade: null` means the sources do not give it. */
export interface Judgement {
  /** Stable area id, shared across frameworks where the area is the same (e.g. "overall-effectiveness"). */
  area: string;
  /** The judgement's name as Ofsted words it in this report. */
  name: string;
  grade: GradeId | null;
  /**
   * The grade in the source report's own words, where they differ from the scale's label: reports before 2013
   * said "Adequate" where Ofsted's statistics now say "Requires improvement to be good".
   */
  wording?: string;
  /** What a reader should know about this judgement, e.g. that a source relabelled its grade. */
  note?: string;
  /** Area id of the judgement this one sits under (SIF's 2.1, 2.2). */
  parent?: string;
  sources?: string[];
}

export interface Finding {
  kind: FindingKind;
  /** Area id the statement belongs to; null when it belongs to none. */
  area: string | null;
  /** Set when the area was assigned by the dataset's editors rather than by the source's own headings. */
  areaInferred?: boolean;
  /** The statement, worded exactly as the source words it. */
  statement: string;
  source: string;
  /** The number of the source report's paragraph that holds the statement (1 or more), so a reader can find it. */
  paragraph?: number;
  /**
   * Set when `kind` was assigned by the importer's one documented rule (a sentence picked from a judgement section),
   * not printed by the source as a list of that kind. Only ever `true`.
   */
  kindAssigned?: true;
}

/**
 * How many sentences the importer picked from an inspection report's judgement sections, held in a file of their own
 * (`data/findings/<authority id>/<event id>.json`, see SectionFindingsFile) and fetched only when an element shows
 * that inspection's findings.
 */
export interface SectionFindings {
  /** Sentences kept as strengths (0 or more). */
  strengths: number;
  /** Sentences kept as areas for improvement (0 or more). */
  improvements: number;
}

export interface OfstedEvent {
  id: string;
  kind: EventKind;
  title: string;
  /**
   * When it happened, at the precision its source gives: "2019-05-13", "2017-11", "2017",
   * or an interval "2019-05-13/2019-05-24", "2017-04/2017-05".
   */
  date: string;
  /**
   * For an inspection held in separate parts ("5 to 9 December 2022 and 14 to 15 February 2023"): each part as a date
   * or interval like `date`, earliest first, all within `date`, which runs from the first part's start to the last's end.
   */
  parts?: string[];
  /** Why (part of) the date is inferred rather than printed by a source. Absent when it is printed. */
  dateInferred?: string;
  /** ISO date the report or letter was published. */
  published?: string;
  framework?: string;
  /** One or two sentences on what it was or found, in the sources' terms. */
  summary?: string;
  /** The council actually inspected, when it is a predecessor of this authority (e.g. Northamptonshire). */
  predecessor?: string;
  /** People named by the source, e.g. "Andy Whippey (lead inspector)". */
  inspectors?: string[];
  judgements?: Judgement[];
  findings?: Finding[];
  /** Set when a file of sentences picked from the report's judgement sections exists for this inspection. */
  sectionFindings?: SectionFindings;
  sources: string[];
}

/**
 * Where the file's sources stop, so an element can say what it shows ("visits from April 2021"). Each an ISO date.
 */
export interface Coverage {
  /** From this day on, the file lists every focused and monitoring visit; earlier ones may be missing. */
  visitsFrom?: string;
  /** The last day Ofsted's official statistics cover. */
  statisticsTo?: string;
  /** The publication date of the latest report read. */
  reportsTo?: string;
}

export interface OfstedDataset {
  $schema?: string;
  /** Schema version this file follows. */
  schemaVersion: 1;
  /** Marks invented data for stories and tests; never set on a real authority. */
  fictional?: boolean;
  /** What the file covers and up to when, e.g. how it was generated. */
  note?: string;
  /** Where the sources stop (generated files); absent in a file that does not say. */
  coverage?: Coverage;
  authority: Authority;
  frameworks?: Framework[];
  sources: SourceDocument[];
  events: OfstedEvent[];
}

/**
 * The sentences picked from one inspection report's judgement sections: `data/findings/<authority id>/<event id>.json`,
 * generated by the importer, fetched only when an element shows that inspection's findings. Each finding has `kind`
 * strength or improvement, the `area` of its section, its `paragraph`, and `kindAssigned: true`, in report order.
 */
export interface SectionFindingsFile {
  schemaVersion: 1;
  /** The authority id of the dataset the file belongs to. */
  authority: string;
  /** The id of the inspection event whose `sectionFindings` counts it. */
  event: string;
  findings: Finding[];
}

/**
 * The properties each object of a dataset may have: the validator refuses any other. The compiler checks each list
 * against its interface in types.ts, both ways (KeysMatchTypes below), and test/node/schema.test.mjs checks them
 * against data/ofsted-dataset.schema.json, so the three cannot drift apart.
 */
import type {
  Authority, Coverage, Finding, Framework, Judgement, OfstedDataset, OfstedEvent, SectionFindings, SourceDocument,
} from './types.js';

export const DATASET_KEYS = {
  dataset: ['$schema', 'schemaVersion', 'fictional', 'note', 'coverage', 'authority', 'frameworks', 'sources', 'events'],
  coverage: ['visitsFrom', 'statisticsTo', 'reportsTo'],
  authority: ['id', 'name', 'shortName', 'identifiers'],
  source: ['id', 'title', 'publisher', 'date', 'url', 'file', 'note'],
  framework: ['id', 'name', 'shortName', 'from', 'to', 'note', 'sources'],
  event: [
    'id', 'kind', 'title', 'date', 'parts', 'dateInferred', 'published', 'framework',
    'summary', 'predecessor', 'inspectors', 'judgements', 'findings', 'sectionFindings', 'sources',
  ],
  judgement: ['area', 'name', 'grade', 'wording', 'note', 'parent', 'sources'],
  finding: ['kind', 'area', 'areaInferred', 'statement', 'source', 'paragraph', 'kindAssigned'],
  sectionFindings: ['strengths', 'improvements'],
} as const;

/** `true` when K lists exactly T's keys; otherwise the missing and extra ones, which `Exact` then refuses. */
type SameKeys<T, K extends readonly string[]> = [Exclude<keyof T, K[number]>, Exclude<K[number], keyof T>] extends [never, never]
  ? true
  : { missing: Exclude<keyof T, K[number]>; extra: Exclude<K[number], keyof T> };
type Exact<Check extends true> = Check;

/** A compile error here names the list in DATASET_KEYS that no longer matches its interface in types.ts. */
export type KeysMatchTypes = [
  Exact<SameKeys<OfstedDataset, typeof DATASET_KEYS.dataset>>,
  Exact<SameKeys<Coverage, typeof DATASET_KEYS.coverage>>,
  Exact<SameKeys<Authority, typeof DATASET_KEYS.authority>>,
  Exact<SameKeys<SourceDocument, typeof DATASET_KEYS.source>>,
  Exact<SameKeys<Framework, typeof DATASET_KEYS.framework>>,
  Exact<SameKeys<OfstedEvent, typeof DATASET_KEYS.event>>,
  Exact<SameKeys<Judgement, typeof DATASET_KEYS.judgement>>,
  Exact<SameKeys<Finding, typeof DATASET_KEYS.finding>>,
  Exact<SameKeys<SectionFindings, typeof DATASET_KEYS.sectionFindings>>,
];

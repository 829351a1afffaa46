/**
 * The data layer but its validator and its authority lookup: the dataset model and the loaders. The CDN file exports
 * this, so the validator stays a chunk beside it, fetched only for a third party's file (see loadChecker in load.ts),
 * and the lookup by name or code one fetched only for such a value; `ofsted-widgets/data` (index.ts) adds both.
 * @module
 */
export type * from './types.js';
export { GRADES, gradeLabel, isGradeId, type Grade } from './grades.js';
export { EVENT_KIND_LABELS, FINDING_KIND_LABELS } from './event-kinds.js';
export { formatDateSpan, formatIsoDate, parseDateSpan, type DateSpan, type PartialDate } from './dates.js';
export type { ValidationIssue, ValidationResult } from './validate.js';
export { formatBytes, formatCount, LIMITS } from './limits.js';
export { DatasetError, type DatasetErrorKind } from './dataset-error.js';
export { loadBundledDataset, loadDatasetFromUrl } from './load.js';
export { AUTHORITY_IDS, AUTHORITY_IDS as BUNDLED_AUTHORITY_IDS } from './authority-ids.js';
export { loadAuthorityIndex, type AuthorityIndex, type AuthoritySummary } from './authority-index.js';
export { authoritySlug, resolveAuthorityId } from './find-authority.js';
export { authoritiesByRegion, describeAuthority, NO_OVERALL_GRADE, type AuthorityChoice } from './authority-choices.js';

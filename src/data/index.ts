/**
 * `ofsted-widgets/data`: the dataset model, validator and loaders, with no elements and no side effects.
 * @module
 */
export type * from './types.js';
export { GRADES, gradeLabel, isGradeId, type Grade } from './grades.js';
export { EVENT_KIND_LABELS, FINDING_KIND_LABELS } from './event-kinds.js';
export { formatDateSpan, formatIsoDate, parseDateSpan, type DateSpan, type PartialDate } from './dates.js';
export { validateDataset, type ValidationIssue, type ValidationResult } from './validate.js';
export { formatBytes, formatCount, LIMITS } from './limits.js';
export { DatasetError, type DatasetErrorKind } from './dataset-error.js';
export { checkDataset, loadBundledDataset, loadDatasetFromUrl } from './load.js';
export { AUTHORITY_IDS, AUTHORITY_IDS as BUNDLED_AUTHORITY_IDS } from './authority-ids.js';
export { loadAuthorityIndex, type AuthorityIndex, type AuthoritySummary } from './authority-index.js';
export { authoritySlug, resolveAuthorityId } from './find-authority.js';
export { matchAuthority, suggestAuthorities } from './authority-lookup.js';
export { authoritiesByRegion, describeAuthority, NO_OVERALL_GRADE, type AuthorityChoice } from './authority-choices.js';

import type { EventKind, FindingKind } from './types.js';

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  inspection: 'Inspection',
  'monitoring-visit': 'Monitoring visit',
  'focused-visit': 'Focused visit',
  'joint-targeted-area-inspection': 'Joint targeted area inspection',
  milestone: 'Milestone',
};

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  strength: 'Strength',
  improvement: 'Area for improvement',
  recommendation: 'Recommendation',
};

/** Lower-case counted forms: "1 strength", "2 areas for improvement". */
export const FINDING_KIND_NOUNS: Record<FindingKind, [one: string, many: string]> = {
  strength: ['strength', 'strengths'],
  improvement: ['area for improvement', 'areas for improvement'],
  recommendation: ['recommendation', 'recommendations'],
};

export function isEventKind(value: unknown): value is EventKind {
  return typeof value === 'string' && Object.hasOwn(EVENT_KIND_LABELS, value);
}

export function isFindingKind(value: unknown): value is FindingKind {
  return typeof value === 'string' && Object.hasOwn(FINDING_KIND_LABELS, value);
}

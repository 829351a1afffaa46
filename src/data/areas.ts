import { overallJudgement } from './queries.js';
import type { Judgement, OfstedEvent } from './types.js';

/**
 * The areas of earlier frameworks that correspond to an area, nearest first, where Ofsted's areas carry on under
 * another name: SIF's children looked after became ILACS's children in care and care leavers (2018), which ILACS
 * judged as children in care and as care leavers from 2023. (SIF's care leavers keeps its id, `care-leavers`.)
 */
export const CORRESPONDING_AREAS: Readonly<Record<string, readonly string[]>> = {
  'children-in-care-and-care-leavers': ['children-looked-after'],
  'children-in-care': ['children-in-care-and-care-leavers', 'children-looked-after'],
  'care-leavers': ['children-in-care-and-care-leavers'],
};

/** How sentences name Ofsted's judgement areas, shorter than the judgements' own names. */
const AREA_SHORT_NAMES: Record<string, string> = {
  'overall-effectiveness': 'overall effectiveness',
  'help-and-protection': 'help and protection',
  'children-in-care': 'children in care',
  'care-leavers': 'care leavers',
  'children-in-care-and-care-leavers': 'children in care and care leavers',
  'children-looked-after': 'children looked after',
  'looked-after-children': 'looked after children',
  adoption: 'adoption',
  leadership: 'leadership',
  lscb: 'the Local Safeguarding Children Board',
  safeguarding: 'safeguarding',
};

/** "children in care" for a judgement of the `children-in-care` area; its own name, in a sentence's case, otherwise. */
export function areaShortName(judgement: Judgement): string {
  return AREA_SHORT_NAMES[judgement.area] ?? inSentence(judgement.name);
}

/** A name as it reads mid-sentence: "The experiences…" → "the experiences…"; "LSCB review" stays as it is. */
export function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/**
 * The judgements graded differently from the event's overall effectiveness, with a known grade, in the data's
 * order (Barnet 2024: children in care Outstanding, overall Good). None when the overall grade is not known.
 * `topLevel` leaves out sub-judgements (SIF's adoption and care leavers, under children looked after).
 */
export function differingJudgements(event: OfstedEvent, { topLevel = false } = {}): Judgement[] {
  const overall = overallJudgement(event);
  if (!overall?.grade) return [];
  return (event.judgements ?? []).filter(
    (judgement) => judgement !== overall && judgement.grade !== null && judgement.grade !== overall.grade && !(topLevel && judgement.parent),
  );
}

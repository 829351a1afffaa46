// Findings quoted from ILACS reports under the Open Government Licence, word for word:
// - Ofsted's own "What needs to improve?" list, kind "recommendation", nested items kept ("Lead:\n- a\n- b"); an
//   item is tied to a judgement area only where its words clearly name one of the report's sections
//   (`areaInferred: true`), else its area is null;
// - sentences of the judgement sections, kept as strength or improvement by the one rule in classify-sentence.mjs
//   (`kindAssigned: true`), each tied to its section's area (the report's own structure) with its paragraph number.
import { classifySentence } from './classify-sentence.mjs';
import { areaOfJudgementName } from './reports.mjs';
import { sentences } from './sentences.mjs';

/**
 * Words that name one judgement's subject unmistakably. An item naming two areas, or none, is not tied to any.
 * Children in care and care leavers were one judgement until 2023: both then name that judgement.
 */
const AREA_WORDS = [
  ['care-leavers', /\bcare leavers?\b|\bpathway plan|\bpersonal advisers?\b|\bcare-experienced\b/i],
  [
    'children-in-care',
    /\bchildren in care\b|\blooked[- ]after\b|\bfoster(ing)? (carers?|homes?|placements?)\b|\bpermanence\b|\blife[- ]story\b|\bplaced with parents\b|\bchildren[’']s homes\b|\bunregistered\b|\bindependent reviewing officers?\b/i,
  ],
  [
    'help-and-protection',
    /\bchild protection\b|\bearly help\b|\bpre-proceedings\b|\bPublic Law Outline\b|\bstrategy (meetings?|discussions?)\b|\bprivate(ly)? foster|\bgo(es)? missing\b|\breturn home interviews?\b|\bhomeless\b|\bfront door\b|\bLADO\b|\blocal authority designated officer\b|\bneglect\b|\bdomestic abuse\b|\bexploitation\b/i,
  ],
  [
    'leadership',
    /\bcorporate parent|\bsenior leaders\b|\bleaders[’']\b|\bquality assurance\b|\bcaseloads?\b|\bworkforce\b|\bperformance (information|data)\b/i,
  ],
];

/** The area of the report's sections an item's words name, or null when they name none or more than one. */
export function inferArea(statement, sectionAreas) {
  const combined = sectionAreas.has('children-in-care-and-care-leavers');
  // From 2025 an item ends with the National Framework outcome it serves ("(Enabler: the workforce is …)"): not its subject.
  const subject = statement.replace(/\([^()]*national framework[^()]*\)/gi, '');
  const named = new Set();
  for (const [area, words] of AREA_WORDS) {
    if (!words.test(subject)) continue;
    named.add(
      combined && (area === 'children-in-care' || area === 'care-leavers') ? 'children-in-care-and-care-leavers' : area,
    );
  }
  if (named.size !== 1) return null;
  const [area] = named;
  return sectionAreas.has(area) ? area : null;
}

/** A section's area, from its heading (the report's own words), or null when the heading is not recognised. */
export const sectionArea = (heading) => {
  const area = areaOfJudgementName(heading.replace(/(:|\b(is|are|requires?)\b).*$/i, ''));
  return area === 'overall-effectiveness' ? null : area;
};

/** Called for ILACS inspections only: the report's own list, kind "recommendation". */
export function recommendationFindings(report, sourceId) {
  if (!report || report.licence !== 'ogl') return [];
  const areas = new Set((report.sections ?? []).map((section) => sectionArea(section.heading)).filter(Boolean));
  const statements = (report.improvements ?? []).filter(
    (statement) => typeof statement === 'string' && /\S/.test(statement),
  );
  return statements.map((statement) => {
    const area = inferArea(statement, areas);
    return area
      ? { kind: 'recommendation', area, areaInferred: true, statement, source: sourceId }
      : { kind: 'recommendation', area: null, statement, source: sourceId };
  });
}

/**
 * The sentences of the report's judgement sections that `classify` keeps, in report order:
 * { kind, area, paragraph, kindAssigned: true, statement, source }.
 */
export function sectionFindings(report, sourceId, classify = classifySentence) {
  if (!report || report.licence !== 'ogl') return [];
  const out = [];
  for (const section of report.sections ?? []) {
    const area = sectionArea(section.heading);
    if (!area) continue;
    for (const paragraph of section.paragraphs) {
      for (const statement of sentences(paragraph.text)) {
        const kind = classify(statement);
        if (kind !== 'strength' && kind !== 'improvement') continue;
        out.push({ kind, area, paragraph: paragraph.number, kindAssigned: true, statement, source: sourceId });
      }
    }
  }
  return out;
}

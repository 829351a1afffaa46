// Findings quoted from ILACS reports: the "What needs to improve" list, word for word. The list is not split by
// judgement, so no area is given (none is guessed), and only reports under the Open Government Licence are quoted.

/** Called for ILACS events only; the report's own framework field is not relied on. */
export function improvementFindings(report, sourceId) {
  if (!report || report.licence !== 'ogl') return [];
  const statements = (report.improvements ?? []).filter((statement) => typeof statement === 'string' && /\S/.test(statement));
  return statements.map((statement) => ({ kind: 'improvement', area: null, statement, source: sourceId }));
}

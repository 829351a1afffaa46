// Judgements from a statistics or scrape row: area ids shared with Barnet's file, names as the report words them when
// its cover is extracted (else as the statistics head the column), and grades exactly as the statistics give them.

export const frameworkOf = (type) =>
  type.startsWith('ilacs') || type.endsWith('visit') || type === 'joint-targeted-area-inspection'
    ? 'ilacs'
    : type.startsWith('sif')
      ? 'sif'
      : 'pre-sif';

/** Names from the statistics' column headings, in plain words. */
const statisticsNames = {
  'pre-sif': {
    safeguarding: 'Safeguarding overall effectiveness',
    'looked-after-children': 'Looked after children overall effectiveness',
  },
  sif: {
    'overall-effectiveness': 'Overall effectiveness',
    'help-and-protection': 'Children who need help and protection',
    'children-looked-after': 'Children looked after and achieving permanence',
    adoption: 'Adoption performance',
    'care-leavers': 'Experiences and progress of care leavers',
    leadership: 'Leadership, management and governance',
    lscb: 'Local Safeguarding Children Board overall effectiveness',
  },
  ilacs: {
    'overall-effectiveness': 'Overall effectiveness',
    leadership: 'The impact of leaders on social work practice with children and families',
    'help-and-protection': 'The experiences and progress of children who need help and protection',
    'children-in-care-and-care-leavers': 'The experiences and progress of children in care and care leavers',
    'children-in-care': 'The experiences and progress of children in care',
    'care-leavers': 'The experiences and progress of care leavers',
  },
};

const statisticsName = (type, framework, area) =>
  (type === 'cpi' || type === 'cpri') && area === 'safeguarding'
    ? 'Child protection overall effectiveness'
    : statisticsNames[framework][area];

/** ILACS judged children in care and care leavers together until care leavers got their own judgement in 2023. */
const ilacsArea = (area, start) =>
  area === 'children-in-care' && start && start < '2023-01-01' ? 'children-in-care-and-care-leavers' : area;

/** SIF's sub-judgements 2.1 and 2.2 sit under the looked-after judgement. */
const sifParents = { adoption: 'children-looked-after', 'care-leavers': 'children-looked-after' };

/**
 * The judgements of one row. `cover` maps area → the report cover's { name, grade }. The cover's wording is used
 * only where its grade agrees with the row's; a cover grade that differs is reported through `mismatch`, and the
 * row's grade is kept.
 */
export function buildJudgements(record, cover, mismatch, reportId = null) {
  const framework = frameworkOf(record.type);
  const judgements = record.grades.map(({ area: column, grade, dash }) => {
    const area = framework === 'ilacs' ? ilacsArea(column, record.start) : column;
    const printed = framework === 'pre-sif' ? undefined : cover?.get(area);
    const agrees = printed !== undefined && printed.grade === grade;
    if (printed && !agrees) mismatch(area, printed.grade, grade);
    const fromStatistics = statisticsName(record.type, framework, area);
    // A cover name cut short by the PDF's layout ("Children looked after and achieving") is not used.
    const cut =
      printed?.name &&
      fromStatistics.toLowerCase().startsWith(printed.name.toLowerCase()) &&
      printed.name.length < fromStatistics.length;
    const judgement = { area, name: agrees && printed.name && !cut ? printed.name : fromStatistics, grade };
    if (framework === 'pre-sif' && grade === 'requires-improvement') {
      // The statistics relabel the old scale's "adequate"; the report itself said Adequate.
      judgement.wording = 'Adequate';
      judgement.note =
        'Ofsted’s statistics show this as “Requires improvement to be good”; the report of the time graded it “Adequate”.';
    }
    if (dash) judgement.note = 'Ofsted’s statistics print a dash for this judgement: no grade is given.';
    if (framework === 'sif' && sifParents[area]) judgement.parent = sifParents[area];
    return judgement;
  });
  // The statistics carry the board's grade only for first SIF inspections; a re-inspection's report may review the
  // board too (Slough 2016: "The Local Safeguarding Children Board is inadequate"). Its grade is then the report's.
  const board = framework === 'sif' && reportId ? cover?.get('lscb') : undefined;
  if (board?.grade && !judgements.some((judgement) => judgement.area === 'lscb')) {
    judgements.push({ area: 'lscb', name: statisticsNames.sif.lscb, grade: board.grade, sources: [reportId] });
  }
  return judgements;
}

/**
 * A board grade the statistics list with an inspection whose report does not review the board: it comes from the
 * board's own review, published separately (Surrey: inspected October 2014, the board reviewed in June 2015). The
 * judgement then says so and cites the statistics and that review. `review` is { id, dates, published } of the
 * review's report.
 */
export function fromSeparateReview(judgement, review, statistics) {
  judgement.note = `From a separate review of the Local Safeguarding Children Board (${review.dates}), published ${review.published}; Ofsted’s statistics list its grade with this inspection.`;
  judgement.sources = [statistics, review.id];
  return judgement;
}

const gradeWords = {
  outstanding: 'outstanding',
  good: 'good',
  'requires-improvement': 'requires improvement to be good',
  inadequate: 'inadequate',
};

/** "overall effectiveness: good", or null when the row has no overall grade. */
export function overallPhrase(judgements) {
  const overall = judgements.find((judgement) => judgement.area === 'overall-effectiveness');
  return overall?.grade ? `overall effectiveness ${gradeWords[overall.grade]}` : null;
}

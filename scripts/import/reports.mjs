// Text extracts of Ofsted's report PDFs (data/sources/reports/<URN>.json): cover dates, judgement wording, lead
// inspector and the "What needs to improve" list. A report belongs to a statistics row when their dates agree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { paths } from './inputs.mjs';

/** Every extract, keyed by authority URN; each report carries the extract's path (relative to data/sources/). */
export function loadReports() {
  const byUrn = new Map();
  if (!existsSync(paths.reports)) return byUrn;
  const files = readdirSync(paths.reports)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of files) {
    const extract = JSON.parse(readFileSync(paths.reports + name, 'utf8'));
    const urn = String(extract.urn ?? name.replace(/\.json$/, ''));
    const reports = (extract.reports ?? []).map((report) => ({
      ...report,
      urn,
      extractFile: `reports/${name}`,
      repository: extract.repository,
      commit: extract.commit,
    }));
    byUrn.set(urn, reports);
  }
  return byUrn;
}

const dayDifference = (a, b) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * Finds the report for an inspection: the same publication date; else (ILACS) the same first day on the cover;
 * else one report of the same framework published within a week (Norfolk's 2015 report is dated a day after the
 * statistics' date). Each report is used once; `unused()` lists the rest for the run's summary.
 */
export function reportMatcher(reports) {
  const used = new Set();
  const single = (test) => {
    const found = reports.filter((report) => !used.has(report) && test(report));
    return found.length === 1 ? found[0] : null;
  };
  return {
    match({ published, start, framework }) {
      const report =
        (published && single((candidate) => candidate.published === published)) ||
        (start && single((candidate) => candidate.inspectionStart === start)) ||
        (published &&
          single(
            (candidate) =>
              candidate.framework === framework &&
              candidate.published &&
              dayDifference(candidate.published, published) <= 7,
          )) ||
        null;
      if (report) used.add(report);
      return report;
    },
    unused: () => reports.filter((report) => !used.has(report)),
  };
}

/** Whether an extract adds anything to an event: dates, an inspector, judgement wording or statements. */
export const reportAddsFacts = (report) =>
  Boolean(
    report.inspectionDates ||
    report.inspectionStart ||
    report.leadInspector ||
    report.judgements?.length ||
    report.improvements?.length,
  );

const councilWords = /\b(Council|Borough|City|County|Corporation|Metropolitan|District|Authority)\b/;
/**
 * The name the council goes by on its latest report cover that gives a council's name: later ILACS covers give only
 * the place ("Barnet"), and one reads "Bristol City of"; those fall back to the statistics' name. Covers published
 * before `since` (the council's reconstitution) name the old council and are not used.
 */
export function councilName(reports, fallback, since = '') {
  const names = reports
    .filter((report) => report.coverName && report.published && report.published >= since)
    .sort((a, b) => (a.published < b.published ? -1 : 1))
    .map((report) => report.coverName.replace(/^the\s+/i, '').trim())
    .filter((name) => councilWords.test(name) && !/\b(City|County) of$/.test(name));
  return names.at(-1) ?? fallback;
}

/** The judgement area a report's cover wording names, or null when the wording is not recognised. */
export function areaOfJudgementName(name) {
  const text = name.toLowerCase();
  if (/safeguarding children board|lscb/.test(text)) return 'lscb';
  if (/overall/.test(text)) return 'overall-effectiveness';
  if (/adoption/.test(text)) return 'adoption';
  if (/leader/.test(text)) return 'leadership';
  if (/help and protection/.test(text)) return 'help-and-protection';
  if (/children in care and care leavers/.test(text)) return 'children-in-care-and-care-leavers';
  if (/care leavers/.test(text)) return 'care-leavers';
  if (/children in care/.test(text)) return 'children-in-care';
  if (/looked after/.test(text)) return 'children-looked-after';
  return null;
}

/** A cover grade as a grade id, null for "Not judged", undefined when the extract's text is not a grade. */
export function coverGrade(text) {
  const key = String(text ?? '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  if (/^requires? improvement( to be good)?$/.test(key)) return 'requires-improvement';
  if (key === 'not judged') return null;
  return ['outstanding', 'good', 'inadequate'].includes(key) ? key : undefined;
}

/**
 * The report cover's own wording for each judgement area (null when it is a sentence rather than a name), with its
 * grade; SIF's numbering ("2.1 ") and a closing full stop are dropped.
 * Only entries whose grade reads cleanly are kept: a garbled grade means the name may be garbled too.
 */
export function coverJudgements(report) {
  const byArea = new Map();
  for (const judgement of report?.judgements ?? []) {
    const text = String(judgement.name ?? '')
      .replace(/^\d+(\.\d+)?\.?\s+/, '')
      .replace(/\.$/, '')
      .trim();
    const area = areaOfJudgementName(text);
    const grade = coverGrade(judgement.grade);
    // SIF covers state the overall judgement as a sentence ("The overall judgement is good"): not a name.
    const name = /\b(is|are|requires?)\b/.test(text) ? null : text;
    if (area && grade !== undefined && !byArea.has(area)) byArea.set(area, { name, grade });
  }
  return byArea;
}

/** The source entry that cites one report. Only OGL reports may be quoted; the note says which licence applies. */
export function reportSource(report, pageUrl) {
  const licence = {
    ogl: 'Open Government Licence v3.0',
    'non-commercial':
      'the report allows copying for non-commercial educational purposes only, so nothing is quoted from it',
    unknown: 'no licence notice was found in the extract, so nothing is quoted from it',
  }[report.licence ?? 'unknown'];
  const commit = report.commit ? ` (commit ${report.commit.slice(0, 8)})` : '';
  return {
    id: `ofsted-report-${report.published}`,
    title: report.title || 'Ofsted inspection report',
    publisher: 'Ofsted',
    date: report.published,
    url: pageUrl(report.urn),
    file: report.extractFile,
    note: `Ofsted’s report, read from the PDF archived as ${report.file} in ${report.repository ?? 'the scrape repository'}${commit}. Licence: ${licence}.`,
  };
}

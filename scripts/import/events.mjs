// One authority's events from its statistics and scrape rows: dates at the precision the sources give, the report
// matched where an extract exists, then sorted by date and given ids that stay the same from run to run.
import { longDate, publicationMonthNote, summaryOf, titleOf } from './event-text.mjs';
import { recommendationFindings, sectionFindings } from './findings.mjs';
import { provenance } from './inputs.mjs';
import { buildJudgements, frameworkOf, fromSeparateReview } from './judgements.mjs';
import { coverDates } from './cover-dates.mjs';
import { inspectorName } from './words.mjs';
import { coverJudgements, reportAddsFacts, reportMatcher, reportSource } from './reports.mjs';
import { reorganisationMilestone } from './reorganisations.mjs';

const visitTypes = new Set(['focused-visit', 'monitoring-visit', 'joint-targeted-area-inspection']);
const kindOf = (type) => (visitTypes.has(type) ? type : 'inspection');
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/** Items are { record, predecessor }. Returns the events and the report sources they cite. */
export function buildEvents(authority, items, reports, log) {
  const matcher = reportMatcher(reports);
  const reportSources = new Map();
  // Matching takes reports in turn, so rows are taken in a fixed order.
  const ordered = [...items].sort(
    (a, b) =>
      compare(a.record.published ?? a.record.start, b.record.published ?? b.record.start) ||
      compare(a.record.type, b.record.type) ||
      compare(a.predecessor ?? '', b.predecessor ?? '') ||
      compare(a.record.source, b.record.source),
  );
  const boardReviews = reports.filter((report) => boardReviewTitle.test(report.title ?? ''));
  const picked = new Map();
  const events = ordered.map((item) => buildEvent(authority, item, matcher, reportSources, boardReviews, picked, log));
  const reorganised = reorganisationMilestone(authority, reports, reportSources);
  if (reorganised) events.push(reorganised);
  events.sort(byDate);
  assignIds(events);
  const cited = new Set(reportSources.keys());
  // The sentences picked from each inspection's judgement sections, for data/findings/<authority>/<event>.json.
  const sectionFiles = events
    .filter((event) => picked.has(event))
    .map((event) => ({ event: event.id, findings: picked.get(event) }));
  return {
    events,
    reportSources,
    sectionFiles,
    unusedReports: matcher.unused().filter((report) => !cited.has(`ofsted-report-${report.published}`)),
  };
}

const boardReviewTitle = /^Review of the effectiveness of the Local Safeguarding Children Board$/;

function buildEvent(authority, { record, predecessor }, matcher, reportSources, boardReviews, picked, log) {
  const framework = frameworkOf(record.type);
  const kind = kindOf(record.type);
  const matched =
    kind === 'inspection'
      ? matcher.match({ published: record.published, start: framework === 'ilacs' ? record.start : null, framework })
      : null;
  // A report whose extract holds nothing usable (no dates, names or text) is not cited.
  const report = matched && reportAddsFacts(matched) ? matched : null;
  if (report && record.published && report.published !== record.published) {
    log(`report dated ${report.published} taken for ${authority.id} ${record.type} published ${record.published}`);
  }
  let reportId = null;
  if (report) {
    const source = reportSource(report, provenance.reportPageUrl);
    reportId = source.id;
    reportSources.set(reportId, source);
  }
  const where = `${authority.id} ${record.type} ${record.published ?? record.start}`;
  const cover = report && coverJudgements(report);
  let coverDisagrees = false;
  const judgements = buildJudgements(
    record,
    cover,
    (area, printed, graded) => {
      coverDisagrees = true;
      log(`grade differs: ${where} ${area}: report cover ${printed}, ${record.source} ${graded}`);
    },
    reportId,
  );
  const board = judgements.find((judgement) => judgement.area === 'lscb');
  if (board && !board.sources && !cover?.has('lscb') && !predecessor) {
    // The report does not review the board: a review published on its own within a year, with the same grade, does.
    const review = boardReviews.find(
      (candidate) =>
        candidate.published > record.published &&
        dayDifference(candidate.published, record.published) <= 366 &&
        coverJudgements(candidate).get('lscb')?.grade === board.grade,
    );
    if (review) {
      const source = reportSource(review, provenance.reportPageUrl);
      reportSources.set(source.id, source);
      const printed = coverDates(review, () => {});
      fromSeparateReview(
        board,
        {
          id: source.id,
          dates: printed ? longSpan(printed.start, printed.end) : 'dates not printed',
          published: longDate(review.published),
        },
        record.source,
      );
    }
  }
  const say = (message) => log(`${message}: ${where}`);
  const coverSpan = report ? coverDates(report, say) : null;
  // An inspection later than the statistics is Ofsted's report's where the report's cover gives its dates and every
  // grade the scrape gives, and no other (the scrape then only told us the inspection exists); else it is the scrape's.
  const fromReport =
    record.source === 'ofsted-scrape' &&
    Boolean(coverSpan?.start) &&
    !coverDisagrees &&
    cover.size === judgements.length &&
    judgements.every((judgement) => cover.has(judgement.area));
  const { date, dateInferred, endFromReport } = fromReport
    ? { date: span(coverSpan.start, coverSpan.end) }
    : dateOf(record, framework, kind, coverSpan, say);
  const event = { id: '', kind, title: titleOf(record, predecessor), date };
  // An inspection in separate spells: each part as the cover prints it, when the parts span exactly the date shown.
  if (coverSpan?.parts && date === span(coverSpan.parts[0].start, coverSpan.parts.at(-1).end)) {
    event.parts = coverSpan.parts.map((part) => span(part.start, part.end));
  }
  if (dateInferred) event.dateInferred = dateInferred;
  if (record.published) event.published = record.published;
  event.framework = framework;
  if (predecessor) event.predecessor = predecessor;
  event.summary = summaryOf(record, {
    judgements,
    predecessor,
    authorityName: authority.shortName,
    endFromReport,
    fromReport,
  });
  const inspector = report?.leadInspector && leadInspector(report.leadInspector, say);
  if (inspector) event.inspectors = [`${inspector} (lead inspector)`];
  if (judgements.length > 0) event.judgements = judgements;
  const quoted = framework === 'ilacs' && kind === 'inspection';
  const findings = quoted ? recommendationFindings(report, reportId) : [];
  if (findings.length > 0) event.findings = findings;
  const fromSections = quoted ? sectionFindings(report, reportId) : [];
  if (fromSections.length > 0) {
    const count = (kind) => fromSections.filter((finding) => finding.kind === kind).length;
    event.sectionFindings = { strengths: count('strength'), improvements: count('improvement') };
    picked.set(event, fromSections);
  }
  event.sources = fromReport ? [reportId] : [record.source, ...(reportId ? [reportId] : [])];
  return event;
}

/** The lead inspector's name (words.mjs's rule), or null, said in the run's notes. */
function leadInspector(text, log) {
  const name = inspectorName(text);
  if (!name) log(`lead inspector not read as a name: "${text}"`);
  return name;
}

const span = (start, end) => (end && end !== start ? `${start}/${end}` : start);
const dayDifference = (a, b) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
/** "15 to 17 June 2015", "30 June to 22 July 2015", "19 November 2013 to 30 January 2014". */
function longSpan(start, end) {
  if (!end || end === start) return longDate(start);
  const [a, b] = [longDate(start).split(' '), longDate(end).split(' ')];
  if (a[2] !== b[2]) return `${longDate(start)} to ${longDate(end)}`;
  return a[1] === b[1] ? `${a[0]} to ${longDate(end)}` : `${a[0]} ${a[1]} to ${longDate(end)}`;
}

/**
 * ILACS: the statistics' start date, with the end date from the report's cover when the two agree on the start.
 * Earlier inspections: the report cover's dates, else the publication month, marked as such. Visits: their one date.
 */
function dateOf(record, framework, kind, cover, log) {
  if (kind !== 'inspection') return { date: record.start };
  if (record.source === 'ofsted-scrape') return { date: span(record.start, record.end) };
  if (framework === 'ilacs') {
    if (cover && cover.start !== record.start)
      log(`report cover starts on ${cover.start}, statistics on ${record.start}`);
    if (cover?.start === record.start && cover.end) return { date: span(record.start, cover.end), endFromReport: true };
    return { date: record.start };
  }
  if (cover) return { date: span(cover.start, cover.end) };
  return { date: record.published.slice(0, 7), dateInferred: publicationMonthNote };
}

/** First and last day a date string can mean, as sortable text ("2012-02" → 2012-02-01 … 2012-02-31). */
function bounds(date) {
  const [start, end = start] = date.split('/');
  return [`${start}-01-01`.slice(0, 10), end.length === 4 ? `${end}-12-31` : `${end}-31`.slice(0, 10)];
}

const kindOrder = ['inspection', 'joint-targeted-area-inspection', 'focused-visit', 'monitoring-visit', 'milestone'];
function byDate(a, b) {
  const [aStart, aEnd] = bounds(a.date);
  const [bStart, bEnd] = bounds(b.date);
  return (
    compare(aStart, bStart) ||
    compare(aEnd, bEnd) ||
    kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
    compare(a.title, b.title) ||
    compare(a.predecessor ?? '', b.predecessor ?? '')
  );
}

/** "inspection-2019-05", "focused-visit-2021-06"; "-2", "-3" for a second and third in the same month. */
function assignIds(events) {
  const seen = new Map();
  for (const event of events) {
    const base = `${event.kind}-${event.date.slice(0, 7)}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    event.id = count === 1 ? base : `${base}-${count}`;
  }
}

// One authority's events from its statistics and scrape rows: dates at the precision the sources give, the report
// matched where an extract exists, then sorted by date and given ids that stay the same from run to run.
import { publicationMonthNote, summaryOf, titleOf } from './event-text.mjs';
import { recommendationFindings, sectionFindings } from './findings.mjs';
import { provenance } from './inputs.mjs';
import { buildJudgements, frameworkOf } from './judgements.mjs';
import { coverDates } from './cover-dates.mjs';
import { coverJudgements, reportAddsFacts, reportMatcher, reportSource } from './reports.mjs';

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
  const picked = new Map();
  const events = ordered.map((item) => buildEvent(authority, item, matcher, reportSources, picked, log));
  events.sort(byDate);
  assignIds(events);
  // The sentences picked from each inspection's judgement sections, for data/findings/<authority>/<event>.json.
  const sectionFiles = events.filter((event) => picked.has(event)).map((event) => ({ event: event.id, findings: picked.get(event) }));
  return { events, reportSources, sectionFiles, unusedReports: matcher.unused() };
}

function buildEvent(authority, { record, predecessor }, matcher, reportSources, picked, log) {
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
  let coverDisagrees = false;
  const judgements = buildJudgements(record, report && coverJudgements(report), (area, printed, graded) => {
    coverDisagrees = true;
    log(`grade differs: ${where} ${area}: report cover ${printed}, ${record.source} ${graded}`);
  });
  const say = (message) => log(`${message}: ${where}`);
  const cover = report ? coverDates(report, say) : null;
  // An inspection later than the statistics is Ofsted's report's where the report's cover gives its dates and every
  // grade the scrape gives (the scrape then only told us the inspection exists); else it stays the scrape's.
  const fromReport = record.source === 'ofsted-scrape' && Boolean(report && cover?.start) && !coverDisagrees &&
    coverJudgements(report).size === judgements.length &&
    judgements.every((judgement) => coverJudgements(report).has(judgement.area));
  const { date, dateInferred, endFromReport } = fromReport
    ? { date: span(cover.start, cover.end) }
    : dateOf(record, framework, kind, cover, say);
  const event = { id: '', kind, title: titleOf(record, predecessor), date };
  if (dateInferred) event.dateInferred = dateInferred;
  if (record.published) event.published = record.published;
  event.framework = framework;
  if (predecessor) event.predecessor = predecessor;
  event.summary = summaryOf(record, { judgements, predecessor, authorityName: authority.shortName, endFromReport, fromReport });
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

/**
 * The lead inspector's name, without a role the extract kept after it ("Helen Cawston HMI."); text that does not
 * read as a name ("on site: …", two names run together) is left out rather than guessed at.
 */
function leadInspector(text, log) {
  const name = text.replace(/[\s,]+(\(?(Senior\s+)?HMI\)?|Senior)\.?$/i, '').trim();
  if (/^[A-Z][\p{L}'’-]+( [A-Z][\p{L}'’.-]*){1,3}$/u.test(name)) return name;
  log(`lead inspector not read as a name: "${text}"`);
  return null;
}

const span = (start, end) => (end && end !== start ? `${start}/${end}` : start);

/**
 * ILACS: the statistics' start date, with the end date from the report's cover when the two agree on the start.
 * Earlier inspections: the report cover's dates, else the publication month, marked as such. Visits: their one date.
 */
function dateOf(record, framework, kind, cover, log) {
  if (kind !== 'inspection') return { date: record.start };
  if (record.source === 'ofsted-scrape') return { date: span(record.start, record.end) };
  if (framework === 'ilacs') {
    if (cover && cover.start !== record.start) log(`report cover starts on ${cover.start}, statistics on ${record.start}`);
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

const kindOrder = ['inspection', 'joint-targeted-area-inspection', 'focused-visit', 'monitoring-visit'];
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

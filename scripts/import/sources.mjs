// The documents a generated file cites, besides the reports (reports.mjs). Each file lists only those it cites.
import { provenance, rawFiles, sheets } from './inputs.mjs';

export const baseSources = {
  'ofsted-statistics-2022': {
    id: 'ofsted-statistics-2022',
    title: 'Children’s social care data in England 2022',
    publisher: 'Ofsted',
    date: provenance.statistics2022Published,
    url: provenance.statisticsUrl,
    note: `Official statistics, underlying data (Open Government Licence v3.0); sheet ${sheets.inYear2022} (visits in 2021–22, one date each). Copy in the project: data/raw/${rawFiles.statistics2022}.`,
  },
  'ofsted-statistics-2022-restructure': {
    id: 'ofsted-statistics-2022-restructure',
    title: 'Children’s social care data in England 2022',
    publisher: 'Ofsted',
    date: provenance.statistics2022Published,
    url: provenance.statisticsUrl,
    note: `Official statistics, underlying data (Open Government Licence v3.0); sheet LA_inspections_2009-2022, table 11, headed “History of inspections of three local authorities that existed before the restructure in April 2019”. Copy in the project: data/raw/${rawFiles.statistics2022}.`,
  },
  'ofsted-statistics-2023': {
    id: 'ofsted-statistics-2023',
    title: 'Children’s social care data in England 2023',
    publisher: 'Ofsted',
    date: provenance.statistics2023Published,
    url: provenance.statisticsUrl,
    note: `Official statistics, underlying data (Open Government Licence v3.0); sheets ${sheets.history2023} (inspections before ILACS, 2009 to 2018, with publication dates only) and ${sheets.inYear2023} (visits in 2022–23, one date each). Copy in the project: data/raw/${rawFiles.statistics2023}.`,
  },
  'ofsted-outcomes-2024': {
    id: 'ofsted-outcomes-2024',
    title: 'Local authority inspection outcomes as at 31 March 2024',
    publisher: 'Ofsted',
    date: provenance.outcomes2024Published,
    url: provenance.statisticsUrl,
    note: `Official statistics (Open Government Licence v3.0); sheet ${sheets.inYear2024} (visits in 2023–24, one date each). Copy in the project: data/raw/${rawFiles.outcomes2024}.`,
  },
  'ofsted-outcomes-2025': {
    id: 'ofsted-outcomes-2025',
    title: 'Local authority inspection outcomes as at 31 March 2025',
    publisher: 'Ofsted',
    date: provenance.outcomes2025Published,
    url: provenance.statisticsUrl,
    note: `Official statistics (Open Government Licence v3.0); sheets ${sheets.history} (every ILACS inspection from January 2018 to March 2025, with its start and publication dates) and ${sheets.inYear2025} (visits in 2024–25). Copy in the project: data/raw/${rawFiles.outcomes2025}.`,
  },
  'ofsted-scrape': {
    id: 'ofsted-scrape',
    title: 'Ofsted ILACS overview (ofsted_csc_ilacs_overview.xlsx)',
    publisher: 'data-to-insight (JT-39’s fork)',
    date: provenance.scrapeCommitDate,
    url: provenance.scrapeRepository,
    note: `A scrape of Ofsted’s website, not official statistics: each authority’s latest ILACS inspection with its dates and grades, read from the report by a program. Its README lists known extraction errors. Copied at commit ${provenance.scrapeCommit.slice(0, 8)}; copy in the project: data/raw/${rawFiles.scrape}.`,
  },
};

/** Statistics first, then the scrape, then reports by date: a fixed order, so output is stable. */
export function sourcesCited(events, frameworks, reportSources) {
  const cited = new Set(
    events.flatMap((event) => [
      ...event.sources,
      ...(event.judgements ?? []).flatMap((judgement) => judgement.sources ?? []),
      ...(event.findings ?? []).map((finding) => finding.source),
    ]),
  );
  for (const framework of frameworks) for (const id of framework.sources ?? []) cited.add(id);
  const reports = [...reportSources.values()].filter((source) => cited.has(source.id));
  reports.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return [...Object.values(baseSources).filter((source) => cited.has(source.id)), ...reports];
}

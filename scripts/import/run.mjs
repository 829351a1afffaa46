// The whole import as one function, so tests run it in-process: read the raw files and report extracts, build each
// authority's dataset, validate every one, and write them (unless `write: false`). Same inputs, same bytes.
import { assignRecords } from './assign.mjs';
import { mergeCurated } from './curated.mjs';
import { buildDataset } from './dataset.mjs';
import { buildEvents } from './events.mjs';
import { buildAuthorities, properNames, reconstituted } from './ids.mjs';
import { writeEngland } from './england.mjs';
import { curatedIds, paths, provenance } from './inputs.mjs';
import { readOutcomes2024, readOutcomes2025, readStatistics2022, readStatistics2023 } from './read-statistics.mjs';
import { readLookup, readScrape } from './read-scrape.mjs';
import { councilName, loadReports } from './reports.mjs';
import { citationProblems, schemaValidator } from './validate.mjs';
import { buildIndex, writeOutput, writeSectionFindings } from './write.mjs';

/**
 * Runs the import. `out` is the folder the authority files go to (data/authorities/ unless told); the national file
 * of <ofsted-england> (data/national/england.json) is written only with the authority files in their own place;
 * the sentences picked from judgement sections go to data/findings/, or to <out>/findings/ beside the files elsewhere;
 * `write: false` builds and validates without writing. Returns { datasets, index, problems, summary }: when `problems` is not
 * empty nothing was written. `summary` holds what printSummary (summary.mjs) prints.
 */
export function runImport({ out = paths.authorities, write = true } = {}) {
  const started = performance.now();
  const notes = [];
  const log = (message) => notes.push(message);

  const outcomes = readOutcomes2025();
  const outcomes2024 = readOutcomes2024();
  const statistics2023 = readStatistics2023();
  const statistics2022 = readStatistics2022();
  const lookup = readLookup();
  const scrape = readScrape();
  const reportsByUrn = loadReports();

  const { authorities, linkMismatches } = buildAuthorities(outcomes.history, lookup);
  const statistics = [
    ...statistics2023.inspections,
    ...statistics2022.visits,
    ...statistics2023.visits,
    ...outcomes2024.visits,
    ...outcomes.history,
    ...outcomes.visits,
  ];
  const { items, scrapeOnly } = assignRecords(authorities, statistics, scrape, lookup, log);

  // Where the sources stop, the same in every file: visits from the first in-year sheet read (2021-22; no earlier
  // edition was found, data/raw/README.md), the statistics' cut-off, and the latest report read.
  const coverage = {
    visitsFrom: provenance.visitsFrom,
    statisticsTo: provenance.statisticsUpTo,
    reportsTo: [...reportsByUrn.values()]
      .flat()
      .map((report) => report.published)
      .filter(Boolean)
      .sort()
      .at(-1),
  };
  const datasets = [];
  const unusedReports = [];
  const sectionFiles = [];
  for (const authority of authorities) {
    const reports = reportsByUrn.get(authority.urn) ?? [];
    authority.name =
      properNames.get(authority.id) ?? councilName(reports, authority.fallbackName, reconstituted.get(authority.ons));
    const built = buildEvents(authority, items.get(authority.id), reports, log);
    unusedReports.push(
      ...built.unusedReports.map((report) => `${authority.id} ${report.published} (${report.framework})`),
    );
    const dataset = buildDataset(authority, built.events, built.reportSources);
    // A hand-made history lists visits of its own from before the statistics' in-year sheets: no visitsFrom for it.
    const curated = curatedIds.includes(authority.id);
    const { visitsFrom, ...rest } = coverage;
    const merged = curated
      ? mergeCurated(authority.id, dataset, built.sectionFiles, log)
      : { dataset, sectionFiles: built.sectionFiles };
    datasets.push(withCoverage(merged.dataset, curated ? rest : coverage));
    sectionFiles.push(...merged.sectionFiles.map((file) => ({ authority: authority.id, ...file })));
  }
  const knownUrns = new Set(authorities.map((authority) => authority.urn));
  for (const urn of reportsByUrn.keys())
    if (!knownUrns.has(urn)) log(`report extract ${urn}.json matches no authority URN`);

  const validate = schemaValidator();
  const problems = datasets.flatMap((dataset) => [...validate(dataset), ...citationProblems(dataset)]);

  const publicationDates = [
    ...statistics.map((record) => record.published),
    ...scrape.map((row) => row.published),
    ...[...reportsByUrn.values()].flat().map((report) => report.published),
  ].filter(Boolean);
  const index = buildIndex(datasets, authorities, {
    dataUpTo: publicationDates.sort().at(-1),
    statisticsUpTo: provenance.statisticsUpTo,
  });
  const { sizes, removed } =
    write && problems.length === 0 ? writeOutput(datasets, index, out) : { sizes: null, removed: [] };
  const findingFiles = sizes
    ? writeSectionFindings(
        sectionFiles,
        out === paths.authorities ? paths.findings : `${out.replace(/\/$/, '')}/findings/`,
      )
    : { removed: [] };
  if (sizes && out === paths.authorities) writeEngland(datasets);

  const summary = {
    outcomes,
    outcomes2024,
    statistics2022,
    statistics2023,
    scrape,
    scrapeOnly,
    authorities,
    datasets,
    reportsByUrn,
    unusedReports,
    linkMismatches,
    notes,
    sizes,
    removed,
    sectionFiles,
    findingFiles,
    seconds: (performance.now() - started) / 1000,
  };
  return { datasets, index, problems, summary };
}

/** The dataset with `coverage` placed after its note (or its schema version), where a reader of the file looks first. */
function withCoverage(dataset, coverage) {
  const { coverage: _, ...rest } = dataset;
  const entries = Object.entries(rest);
  const at = entries.findIndex(([key]) => key === 'authority');
  entries.splice(at, 0, ['coverage', coverage]);
  return Object.fromEntries(entries);
}

#!/usr/bin/env node
// Builds data/authorities/<id>.json for every current English local authority, and index.json, from the raw files in
// data/raw/ and the report extracts in data/sources/reports/ (npm run data:import). Same inputs, same bytes.
import { assignRecords } from './import/assign.mjs';
import { mergeCurated } from './import/curated.mjs';
import { buildDataset } from './import/dataset.mjs';
import { buildEvents } from './import/events.mjs';
import { writeEngland } from './import/england.mjs';
import { buildAuthorities, reconstituted } from './import/ids.mjs';
import { curatedIds, provenance } from './import/inputs.mjs';
import { readOutcomes2025, readStatistics2023 } from './import/read-statistics.mjs';
import { readLookup, readScrape } from './import/read-scrape.mjs';
import { councilName, loadReports } from './import/reports.mjs';
import { printSummary } from './import/summary.mjs';
import { citationProblems, schemaValidator } from './import/validate.mjs';
import { buildIndex, writeOutput, writeSectionFindings } from './import/write.mjs';

const started = performance.now();
const notes = [];
const log = (message) => notes.push(message);

const outcomes = readOutcomes2025();
const statistics2023 = readStatistics2023();
const lookup = readLookup();
const scrape = readScrape();
const reportsByUrn = loadReports();

const { authorities, linkMismatches } = buildAuthorities(outcomes.history, lookup);
const statistics = [...statistics2023.inspections, ...statistics2023.visits, ...outcomes.history, ...outcomes.visits];
const { items, scrapeOnly } = assignRecords(authorities, statistics, scrape, lookup, log);

const datasets = [];
const unusedReports = [];
const sectionFiles = [];
for (const authority of authorities) {
  const reports = reportsByUrn.get(authority.urn) ?? [];
  authority.name = councilName(reports, authority.fallbackName, reconstituted.get(authority.ons));
  const built = buildEvents(authority, items.get(authority.id), reports, log);
  unusedReports.push(...built.unusedReports.map((report) => `${authority.id} ${report.published} (${report.framework})`));
  const dataset = buildDataset(authority, built.events, built.reportSources);
  const merged = curatedIds.includes(authority.id)
    ? mergeCurated(authority.id, dataset, built.sectionFiles, log)
    : { dataset, sectionFiles: built.sectionFiles };
  datasets.push(merged.dataset);
  sectionFiles.push(...merged.sectionFiles.map((file) => ({ authority: authority.id, ...file })));
}
const knownUrns = new Set(authorities.map((authority) => authority.urn));
for (const urn of reportsByUrn.keys()) if (!knownUrns.has(urn)) log(`report extract ${urn}.json matches no authority URN`);

const validate = schemaValidator();
const problems = datasets.flatMap((dataset) => [...validate(dataset), ...citationProblems(dataset)]);
if (problems.length > 0) {
  console.error(`Not written: ${problems.length} problems\n${problems.slice(0, 40).join('\n')}`);
  process.exit(1);
}

const publicationDates = [
  ...statistics.map((record) => record.published),
  ...scrape.map((row) => row.published),
  ...[...reportsByUrn.values()].flat().map((report) => report.published),
].filter(Boolean);
const index = buildIndex(datasets, authorities, {
  dataUpTo: publicationDates.sort().at(-1),
  statisticsUpTo: provenance.statisticsUpTo,
});
const { sizes, removed } = writeOutput(datasets, index);
const findingFiles = writeSectionFindings(sectionFiles);
if (!process.argv.includes('--out')) writeEngland(datasets); // the national file of <ofsted-england>

printSummary({
  outcomes, statistics2023, scrape, scrapeOnly, authorities, datasets, reportsByUrn, unusedReports,
  linkMismatches, notes, sizes, removed, sectionFiles, findingFiles, seconds: (performance.now() - started) / 1000,
});

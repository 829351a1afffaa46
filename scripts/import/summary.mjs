// What a run read and wrote, printed for the person reviewing the diff: counts to check against the statistics.

const countBy = (list, key) => {
  const counts = new Map();
  for (const item of list) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
};

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

export function printSummary(run) {
  const { outcomes, outcomes2024, statistics2022, statistics2023, scrape, scrapeOnly, authorities, datasets, sizes } =
    run;
  const lines = [];
  lines.push(
    `ILACS history (2025 file): ${outcomes.history.length} inspections: ${countBy(outcomes.history, (r) => r.type)}`,
  );
  const byTable = (record) => `${record.type}${record.owner.restructured ? ' (restructured table)' : ''}`;
  lines.push(
    `2009-2023 sheet (2023 file): ${statistics2023.inspections.length} inspections: ${countBy(statistics2023.inspections, byTable)}`,
  );
  lines.push(
    `Visits 2021-22 (2022 file, ${statistics2022.inYearRows} rows): ${countBy(statistics2022.visits, (r) => r.type)}`,
  );
  lines.push(
    `Visits 2022-23 (2023 file, ${statistics2023.inYearRows} rows): ${countBy(statistics2023.visits, (r) => r.type)}`,
  );
  lines.push(
    `Visits 2023-24 (2024 file, ${outcomes2024.inYearRows} rows): ${countBy(outcomes2024.visits, (r) => r.type)}`,
  );
  lines.push(`Visits 2024-25 (2025 file, ${outcomes.inYearRows} rows): ${countBy(outcomes.visits, (r) => r.type)}`);
  lines.push(
    `Scrape: ${scrape.length} rows; ${scrapeOnly.length} inspections not in the statistics (${scrapeOnly.filter((r) => !r.grades.some((g) => g.area === 'overall-effectiveness')).length} without overall effectiveness)`,
  );
  lines.push(`Authorities: ${authorities.length}; by region: ${countBy(authorities, (a) => a.region)}`);
  const events = datasets.flatMap((dataset) => dataset.events);
  lines.push(
    `Events written: ${events.length}: ${countBy(events, (e) => e.kind)}; from predecessors ${events.filter((e) => e.predecessor).length}`,
  );
  lines.push(
    `Findings written: ${events.reduce((sum, e) => sum + (e.findings?.length ?? 0), 0)} in ${events.filter((e) => e.findings).length} events`,
  );
  const picked = run.sectionFiles.flatMap((file) => file.findings);
  lines.push(
    `Section findings: ${run.sectionFiles.length} files (${run.findingFiles.removed.length} removed); ${picked.filter((f) => f.kind === 'strength').length} strengths, ${picked.filter((f) => f.kind === 'improvement').length} areas for improvement`,
  );
  lines.push(
    `Report extracts: ${run.reportsByUrn.size} files, ${[...run.reportsByUrn.values()].flat().length} reports; cited ${new Set(datasets.flatMap((d) => d.sources.filter((s) => s.id.startsWith('ofsted-report-')).map((s) => `${d.authority.id}/${s.id}`))).size}; unmatched ${run.unusedReports.length}`,
  );
  for (const report of run.unusedReports.slice(0, 20)) lines.push(`  unmatched report: ${report}`);
  for (const mismatch of run.linkMismatches) lines.push(`Hyperlink: ${mismatch}`);
  const files = [...sizes].filter(([name]) => name !== 'index.json').sort(([, a], [, b]) => a.gzip - b.gzip);
  const median = files[Math.floor(files.length / 2)];
  const largest = files.at(-1);
  const index = sizes.get('index.json');
  lines.push(`index.json: ${kB(index.bytes)}, ${kB(index.gzip)} gzip -9`);
  lines.push(
    `Median file: ${median[0]} ${kB(median[1].gzip)} gzip; largest: ${largest[0]} ${kB(largest[1].gzip)} gzip; barnet.json ${kB(sizes.get('barnet.json').gzip)} gzip`,
  );
  if (run.removed.length > 0) lines.push(`Removed stale files: ${run.removed.join(', ')}`);
  // Extracts that read "10 to 14 June 2024" as one day are many and alike: counted, with a few shown.
  const dateReadings = run.notes.filter((note) => / read as /.test(note) && note.startsWith('"'));
  const others = run.notes.filter((note) => !dateReadings.includes(note));
  if (dateReadings.length > 0) {
    lines.push(
      `Cover dates read from the printed text where the extract's fields differ: ${dateReadings.length}, e.g.`,
    );
    lines.push(...dateReadings.slice(0, 3).map((note) => `  ${note}`));
  }
  if (others.length > 0) lines.push(`Notes (${others.length}):`, ...others.map((note) => `  ${note}`));
  lines.push(`Wrote ${sizes.size} files in ${run.seconds.toFixed(1)} s`);
  console.log(lines.join('\n'));
}

// Hand-made histories (data/curated/<id>.json) are copied, not generated. The importer checks them against the
// statistics: an inspection or visit the statistics list but the curated file lacks is added, and reported.
import { existsSync, readFileSync } from 'node:fs';
import { paths } from './inputs.mjs';

const startOf = (date) => date.split('/')[0];

/** Whether a curated event stands for a generated one: same kind, and the same publication date or first day. */
function sameEvent(curated, generated) {
  if (curated.kind !== generated.kind) return false;
  if (curated.published && generated.published && curated.published === generated.published) return true;
  return startOf(curated.date) === startOf(generated.date);
}

/** Normalised as the project's data test reads source texts: whitespace collapsed. */
const plain = (text) => text.replace(/\s+/g, ' ').trim();

/**
 * The curated file, with what the statistics list and it lacks, and, for each curated inspection that carries no
 * findings, the findings the importer reads from its report (Ofsted's list inline, the sentences picked from the
 * judgement sections as a section file under the curated event's id). A finding cites the curated file's own source
 * for the report where it has one (same extract file and date).
 */
export function mergeCurated(id, generated, generatedSectionFiles, log) {
  const curated = JSON.parse(readFileSync(`${paths.curated}${id}.json`, 'utf8'));
  const sectionFiles = reportFindings(curated, generated, generatedSectionFiles);
  const missing = generated.events.filter((event) => !curated.events.some((known) => sameEvent(known, event)));
  for (const event of missing) log(`${id}: added from the statistics, missing from the curated file: ${event.id}`);
  if (missing.length > 0) {
    const ids = new Set(curated.events.map((event) => event.id));
    for (const event of missing) {
      if (ids.has(event.id)) event.id = `${event.id}-statistics`;
      curated.events.push(event);
    }
    const known = new Set(curated.sources.map((source) => source.id));
    for (const source of generated.sources) {
      if (!known.has(source.id) && missing.some((event) => event.sources.includes(source.id)))
        curated.sources.push(source);
    }
  }
  checkQuotes(curated, log);
  return { dataset: curated, sectionFiles };
}

function reportFindings(curated, generated, generatedSectionFiles) {
  const sectionFiles = [];
  const generatedSources = new Map(generated.sources.map((source) => [source.id, source]));
  const sourceFor = (generatedId) => {
    const source = generatedSources.get(generatedId);
    const own = curated.sources.find((known) => known.file === source.file && known.date === source.date);
    if (own) return own.id;
    if (!curated.sources.some((known) => known.id === source.id)) curated.sources.push(source);
    return source.id;
  };
  for (const event of curated.events) {
    if (event.kind !== 'inspection' || event.findings?.length) continue;
    const match = generated.events.find((candidate) => candidate.findings?.length && sameEvent(event, candidate));
    if (!match) continue;
    const cite = (finding) => ({ ...finding, source: sourceFor(finding.source) });
    event.findings = match.findings.map(cite);
    const file = generatedSectionFiles.find((candidate) => candidate.event === match.id);
    if (file) {
      event.sectionFindings = match.sectionFindings;
      sectionFiles.push({ event: event.id, findings: file.findings.map(cite) });
    }
    for (const finding of event.findings)
      if (!event.sources.includes(finding.source)) event.sources.push(finding.source);
  }
  return sectionFiles;
}

/** Every finding that cites a report extract must be found in it word for word. */
function checkQuotes(dataset, log) {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  for (const event of dataset.events) {
    for (const finding of event.findings ?? []) {
      const file = sources.get(finding.source)?.file;
      if (!file?.startsWith('reports/')) continue;
      const path = `${paths.root}data/sources/${file}`;
      if (!existsSync(path)) {
        log(`${dataset.authority.id}: ${finding.source} names ${file}, which does not exist yet`);
        continue;
      }
      // The extract's own strings, not its JSON text, which escapes line breaks and quotation marks.
      const strings = [];
      JSON.parse(readFileSync(path, 'utf8'), (key, value) => (typeof value === 'string' && strings.push(value), value));
      const text = plain(strings.join(' '));
      if (!text.includes(plain(finding.statement))) {
        log(`${dataset.authority.id}: not found word for word in ${file}: ${finding.statement}`);
      }
    }
  }
}

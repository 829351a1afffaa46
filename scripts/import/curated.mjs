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

export function mergeCurated(id, generated, log) {
  const curated = JSON.parse(readFileSync(`${paths.curated}${id}.json`, 'utf8'));
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
      if (!known.has(source.id) && missing.some((event) => event.sources.includes(source.id))) curated.sources.push(source);
    }
  }
  checkQuotes(curated, log);
  return curated;
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
      const text = plain(readFileSync(path, 'utf8'));
      if (!text.includes(plain(finding.statement))) {
        log(`${dataset.authority.id}: not found word for word in ${file}: ${finding.statement}`);
      }
    }
  }
}

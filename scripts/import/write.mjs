// Writing the output: one file per authority and the index, byte for byte the same for the same inputs.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { paths } from './inputs.mjs';

export const serialise = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The index is one line: it ships to every page that looks an authority up, so bytes count. */
export const serialiseCompact = (value) => `${JSON.stringify(value)}\n`;

const overallGradeOf = (event) => event.judgements?.find((judgement) => judgement.area === 'overall-effectiveness')?.grade;

/** The latest inspection that gave an overall effectiveness grade (events are in date order). */
function latestOverall(dataset) {
  const graded = dataset.events.filter((event) => overallGradeOf(event));
  return graded.at(-1);
}

export function buildIndex(datasets, authorities, { dataUpTo, statisticsUpTo }) {
  const byId = new Map(authorities.map((authority) => [authority.id, authority]));
  const entries = datasets.map((dataset) => {
    const authority = byId.get(dataset.authority.id);
    const latest = latestOverall(dataset);
    const entry = {
      id: dataset.authority.id,
      name: dataset.authority.name,
      shortName: dataset.authority.shortName ?? authority.shortName,
      region: authority.region,
      onsCode: authority.ons,
      laNumber: authority.laNumber,
      urn: authority.urn,
      grade: latest ? overallGradeOf(latest) : null,
    };
    if (latest) entry.date = latest.date;
    return entry;
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { schemaVersion: 1, dataUpTo, statisticsUpTo, authorities: entries };
}

/**
 * Writes every file into `dir` (data/authorities/ unless told), removes authority files no longer produced, and
 * returns each file's size for the summary.
 */
export function writeOutput(datasets, index, dir = paths.authorities) {
  const at = dir.endsWith('/') ? dir : `${dir}/`;
  const sizes = new Map();
  const write = (name, text) => {
    writeFileSync(at + name, text);
    sizes.set(name, { bytes: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length });
  };
  for (const dataset of datasets) write(`${dataset.authority.id}.json`, serialise(dataset));
  write('index.json', serialiseCompact(index));
  const removed = [];
  for (const name of readdirSync(at)) {
    if (name.endsWith('.json') && !sizes.has(name)) {
      rmSync(at + name);
      removed.push(name);
    }
  }
  return { sizes, removed };
}

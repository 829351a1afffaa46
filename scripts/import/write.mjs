// Writing the output: one file per authority and the index, byte for byte the same for the same inputs.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { paths } from './inputs.mjs';

export const serialise = (value) => `${JSON.stringify(value, null, 2)}\n`;

/** The index is one line: it ships to every page that looks an authority up, so bytes count. */
export const serialiseCompact = (value) => `${JSON.stringify(value)}\n`;

const overallGradeOf = (event) =>
  event.judgements?.find((judgement) => judgement.area === 'overall-effectiveness')?.grade;

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

/**
 * Writes <dir><authority>/<event>.json (data/findings/ unless told) for each inspection with sentences picked from its
 * judgement sections ({ schemaVersion, authority, event, findings } in report order), and removes files and folders
 * no longer produced.
 */
export function writeSectionFindings(files, dir = paths.findings) {
  const wanted = new Map();
  for (const { authority, event, findings } of files) {
    wanted.set(`${authority}/${event}.json`, serialise({ schemaVersion: 1, authority, event, findings }));
  }
  const folders = new Set([...wanted.keys()].map((name) => name.split('/')[0]));
  mkdirSync(dir, { recursive: true });
  for (const folder of folders) mkdirSync(dir + folder, { recursive: true });
  for (const [name, text] of wanted) writeFileSync(dir + name, text);
  const removed = [];
  for (const folder of readdirSync(dir)) {
    for (const name of readdirSync(dir + folder)) {
      if (wanted.has(`${folder}/${name}`)) continue;
      rmSync(`${dir}${folder}/${name}`);
      removed.push(`${folder}/${name}`);
    }
    if (!folders.has(folder)) rmSync(dir + folder, { recursive: true });
  }
  return { written: wanted.size, removed };
}

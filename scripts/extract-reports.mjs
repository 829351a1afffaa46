#!/usr/bin/env node
// Reads Ofsted's children's-services inspection reports from a git copy of JT-39/ofsted-ilacs-scrape-tool (a
// maintained fork of data-to-insight/ofsted-ilacs-scrape-tool holding all of its reports and later ones) at the
// pinned commit, and writes one JSON file per authority folder to data/sources/reports/<URN>.json: cover facts,
// licence and, for ILACS reports, the "What needs to improve" list and the judgement sections' numbered paragraphs,
// word for word. Uses pdf.js only, so output depends on nothing installed on the machine but node_modules.
//
//   node scripts/extract-reports.mjs --repo <git dir or work tree> [--commit <hash>] [--only <URN>]
//
// Output is deterministic: same repository commit, byte-identical files.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { coverFacts } from './extract-reports/cover.mjs';
import { htmlFacts } from './extract-reports/html.mjs';
import { improvementsSection } from './extract-reports/improvements.mjs';
import { bodyLines, readPdf } from './extract-reports/pdf-text.mjs';
import { judgementSections } from './extract-reports/sections.mjs';
import { licence } from './extract-reports/text.mjs';
import { MONTHS } from './import/words.mjs';

const REPOSITORY = 'https://github.com/JT-39/ofsted-ilacs-scrape-tool';
// 22 August 2026: every report the upstream archive holds (commit 15af1ad5) and 62 published since.
const PINNED_COMMIT = '54af59bf7856a26530b1eeb45c1c1c146f34cb8a';
const ROOT = 'export_data/inspection_reports/';
const OUT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'sources', 'reports');

function args(argv) {
  const out = { repo: null, only: null, commit: PINNED_COMMIT };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--repo') out.repo = argv[++i];
    else if (argv[i] === '--commit') out.commit = argv[++i];
    else if (argv[i] === '--only') out.only = argv[++i];
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!out.repo) throw new Error('usage: extract-reports.mjs --repo <dir> [--commit <hash>] [--only <URN>]');
  return out;
}

const git = (repo, ...a) => execFileSync('git', ['-C', repo, ...a], { maxBuffer: 1 << 30 });

/** The publication date the scraper put in the file name ("... - 23 july 2024.pdf"). */
function published(file) {
  const m = path.basename(file).match(/(\d{1,2}) ([a-z]+) (\d{4})\.[a-z]+$/i);
  const month = m ? MONTHS.indexOf(m[2].toLowerCase()) + 1 : 0;
  if (!month) throw new Error(`no date in file name: ${file}`);
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
}

async function pdfReport(bytes, log) {
  const pages = await readPdf(bytes);
  const lines = bodyLines(pages);
  const cover = coverFacts(pages, lines);
  const all = pages.flatMap((p) => p.lines.map((l) => l.text)).join(' ');
  let section;
  let sections = [];
  if (cover.framework === 'ilacs') {
    section = improvementsSection(lines);
    for (const d of section.dropped) log(`  left out of the section (small print): ${d}`);
    const read = judgementSections(lines);
    sections = read.sections;
    for (const d of read.dropped) log(`  left out of the judgement sections: ${d}`);
  } else {
    section = {
      improvementsHeading: null,
      improvements: [],
      improvementsText: null,
      improvementsNote:
        cover.framework === 'sif'
          ? 'Only ILACS reports are quoted; this is a single inspection framework (SIF) report.'
          : 'Only ILACS reports are quoted; this report is not an ILACS report.',
    };
  }
  return { ...cover, licence: licence(all), ...section, sections };
}

async function main() {
  const { repo, only, commit: pinned } = args(process.argv.slice(2));
  const commit = git(repo, 'rev-parse', '--verify', `${pinned}^{commit}`).toString().trim();
  const files = git(repo, 'ls-tree', '-r', '-z', '--name-only', commit, '--', ROOT)
    .toString()
    .split('\0')
    .filter(Boolean);
  const folders = new Map();
  for (const file of files) {
    const folder = file.slice(ROOT.length).split('/')[0];
    if (only && !folder.startsWith(`${only}_`)) continue;
    if (!folders.has(folder)) folders.set(folder, []);
    folders.get(folder).push(file);
  }
  mkdirSync(OUT, { recursive: true });
  const started = Date.now();
  for (const folder of [...folders.keys()].sort()) {
    const reports = [];
    for (const file of folders.get(folder)) {
      const bytes = git(repo, 'cat-file', 'blob', `${commit}:${file}`);
      const isPdf = bytes.subarray(0, 5).toString('latin1') === '%PDF-';
      const log = (msg) => console.log(`${file}\n${msg}`);
      const facts = isPdf ? await pdfReport(bytes, log) : htmlFacts(bytes.toString('utf8'));
      reports.push({
        file,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        format: isPdf ? 'pdf' : 'html',
        // The date printed on the cover where there is one; the file name's (the scraper's) otherwise.
        published: facts.reportPublished ?? published(file),
        framework: facts.framework,
        licence: facts.licence,
        coverName: facts.coverName,
        title: facts.title,
        inspectionDates: facts.inspectionDates,
        inspectionStart: facts.inspectionStart,
        inspectionEnd: facts.inspectionEnd,
        leadInspector: facts.leadInspector,
        judgements: facts.judgements,
        improvementsHeading: facts.improvementsHeading,
        improvements: facts.improvements,
        improvementsText: facts.improvementsText,
        improvementsNote: facts.improvementsNote,
        sections: facts.sections ?? [],
      });
    }
    reports.sort((a, b) => a.published.localeCompare(b.published) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    const urn = folder.split('_')[0];
    const doc = { urn, folder, repository: REPOSITORY, commit, reports };
    writeFileSync(path.join(OUT, `${urn}.json`), JSON.stringify(doc, null, 2) + '\n');
    console.log(`${urn}.json: ${reports.length} report(s)`);
  }
  console.log(`${folders.size} folder(s) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

await main();

// Draws the hand-labelled sample: which ILACS reports, and which sentences of their judgement sections.
// Run once (node data/labelled/draw.mjs <JT-39 fork git dir> > /tmp/drawn.json); the labels were then added by hand.
// Deterministic: reports and sentences are chosen by SHA-256 of their names, never by their words.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readPdf, bodyLines } from '../../scripts/extract-reports/pdf-text.mjs';
import { joinLines } from '../../scripts/extract-reports/text.mjs';

export const FORK_COMMIT = '54af59bf';
const PER_REPORT = 10;
const hash = (s) => createHash('sha256').update(s).digest('hex');

function parseCsv(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  return rows.filter((r) => r.length > 1);
}

/** ILACS reports of the fork's history file, one per council per year band, spread over years and grades. */
export function chooseReports(csvText, perYear = 4, exclude = []) {
  const [head, ...rows] = parseCsv(csvText);
  const col = (name) => head.indexOf(name);
  const reports = rows
    .map((r) => ({
      urn: r[col('urn')],
      name: r[col('local_authority')],
      file: r[col('pdf_filename')],
      year: 2000 + Number(r[col('publication_date')].slice(6, 8)),
      framework: r[col('inspection_framework')],
      grade: r[col('overall_effectiveness_grade')],
      judgements: /^(outstanding|good|requires improvement|inadequate)$/.test(r[col('care_leavers_grade')]) ? 5 : 4,
    }))
    .filter((r) => /^(standard|short)$/.test(r.framework) && r.year >= 2018)
    .sort((p, q) => hash(p.urn + p.file).localeCompare(hash(q.urn + q.file)));
  const grades = ['outstanding', 'good', 'requires improvement', 'inadequate', 'not_reported_post_reform'];
  const used = new Set(exclude);
  const chosen = [];
  for (let year = 2018; year <= 2026; year++) {
    const order = grades.slice(year % grades.length).concat(grades.slice(0, year % grades.length));
    if (year === 2026) order.unshift(grades[4], grades[4]);
    for (let slot = 0; chosen.filter((r) => r.year === year).length < perYear && slot < 12; slot++) {
      const want = order[slot % order.length];
      const pick = reports.find((r) => r.year === year && !used.has(r.urn) && (slot >= order.length || r.grade === want));
      if (pick) {
        used.add(pick.urn);
        chosen.push(pick);
      }
    }
  }
  return chosen;
}

// "...help and protection: good" (2019 on) or "...help and protection is inadequate" (2018).
const HEADING_START = /^(The )?(experiences and progress|impact of leaders)/i;
const HEADING = /^(The )?(experiences and progress|impact of leaders).*?(:| is | are )\s*(outstanding|good|requires improvement( to be good)?|inadequate|\S.*)\.?$/i;

/** Sentences of the judgement sections after "What needs to improve?": { section, paragraph, sentence }. */
export function sectionSentences(lines) {
  const sizes = new Map();
  for (const l of lines) sizes.set(l.size, (sizes.get(l.size) ?? 0) + 1);
  const body = [...sizes].sort((p, q) => q[1] - p[1])[0][0];
  const start = lines.findIndex((l) => /^What needs to improve/.test(l.text));
  const after = lines.slice(start + 1);
  // Headings are printed larger, or (some 2018 reports) at body size flush with the paragraph numbers.
  const left = Math.min(...after.filter((l) => /^\d{1,3}\.\s/.test(l.text)).map((l) => l.x));
  const paragraphs = [];
  let section = null, para = null, heading = [];
  for (const l of after) {
    const big = l.size > body * 1.1;
    const numbered = /^(\d{1,3})\.\s+(.*)$/.exec(l.text);
    if (!numbered && (big || heading.length || (HEADING_START.test(l.text) && l.x < left + 3))) {
      heading.push(l.text);
      const text = heading.map((_, k) => joinLines(heading.slice(k))).find((t) => HEADING.test(t) && !/requires$/i.test(t));
      if (text) {
        section = text;
        heading = [];
        para = null;
      } else if (!big && heading.length >= 3) heading = [];
      if (text || big || heading.length) continue;
    }
    heading = [];
    if (l.size < body * 0.95) { section = null; continue; } // back-page furniture is printed smaller
    if (!section) continue;
    if (numbered) paragraphs.push((para = { section, paragraph: Number(numbered[1]), lines: [numbered[2]] }));
    else if (para) para.lines.push(l.text);
  }
  return paragraphs.flatMap((p) =>
    splitSentences(joinLines(p.lines)).map((sentence) => ({ section: p.section, paragraph: p.paragraph, sentence })),
  );
}

export function splitSentences(text) {
  return text.split(/(?<=[A-Za-z0-9)’'”%]{2}[.!?][’'”)]?)\s+(?=[A-Z‘“'"(])/).map((s) => s.trim()).filter(Boolean);
}

export async function reportSentences(gitDir, report) {
  const dir = `export_data/inspection_reports/${report.urn}_${report.name}`;
  const bytes = execFileSync('git', ['-C', gitDir, 'show', `${FORK_COMMIT}:${dir}/${report.file}`], { maxBuffer: 1 << 28 });
  return sectionSentences(bodyLines(await readPdf(bytes)));
}

/**
 * The three disjoint draws, by council: `labelled` (the measured set), `development` (the reports the rule was written
 * on, every sentence), `holdout` (a second labelled set, drawn and labelled after the rule, never used to change it).
 */
export function reportsFor(set, csvText) {
  const labelled = chooseReports(csvText);
  const taken = new Set(labelled.map((r) => r.urn));
  const development = chooseReports(csvText, 12).filter((r) => !taken.has(r.urn)).slice(0, 60);
  if (set === 'labelled') return labelled;
  if (set === 'development') return development;
  for (const r of development) taken.add(r.urn);
  return chooseReports(csvText, 2, taken);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [gitDir, set = 'labelled'] = process.argv.slice(2);
  const csv = execFileSync('git', ['-C', gitDir, 'show', `${FORK_COMMIT}:ofsted_csc_ilacs_history.csv`], { encoding: 'utf8' });
  const out = [];
  for (const report of reportsFor(set, csv)) {
    const all = await reportSentences(gitDir, report);
    if (all.length < 50) { process.stderr.write(`SKIP ${report.name} ${report.file}: ${all.length}\n`); continue; }
    const offset = parseInt(hash(report.file + report.urn).slice(0, 8), 16) / 2 ** 32;
    const picks = new Set(Array.from({ length: PER_REPORT }, (_, i) => Math.floor(((i + offset) * all.length) / PER_REPORT)));
    const chosen = set === 'development' ? all.map((_, i) => i) : [...picks].sort((p, q) => p - q);
    for (const i of chosen) {
      const { section, paragraph, sentence } = all[i];
      out.push({ sentence, label: null, urn: report.urn, council: report.name, report: report.file, year: report.year,
        grade: report.grade, judgements: report.judgements, section, paragraph });
    }
    process.stderr.write(`${report.year} ${report.grade} ${report.judgements} ${report.name}: ${all.length}\n`);
  }
  process.stdout.write(JSON.stringify(out, null, 2) + '\n');
}

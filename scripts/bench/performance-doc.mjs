// Writes the bench's figures into docs/performance.md between its markers, so the page's figures are always a full
// run's, never a hand-kept copy; the prose around them stays as written. CI's smoke run (`--quick`) writes nothing.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

export const BEGIN =
  '<!-- bench:begin: written by `npm run bench` (scripts/bench/performance-doc.mjs); do not edit -->';
export const END = '<!-- bench:end -->';

/** A table cell's text as Markdown shows it: a tag's name (`<ofsted-journey>`) as text, not as HTML. */
const cell = (value) =>
  String(value ?? '–')
    .replaceAll('|', '\\|')
    .replaceAll('<', '&lt;');
const met = (value) => (value === undefined ? '–' : value ? 'met' : 'NOT met');

/** The section: when and where it ran, then one table row a figure ({ figure, ours, chartjs, plot, target, met }). */
export function figuresSection({ date, machine, rows }) {
  return [
    `Last full run: ${date}, ${machine}. Timing varies from run to run on a shared machine: compare the columns of one`,
    'run, not runs.',
    '',
    '| Figure | Ours | Chart.js | Plot | Target | Met? |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) => `| ${[r.figure.trim(), r.ours, r.chartjs, r.plot, r.target].map(cell).join(' | ')} | ${met(r.met)} |`,
    ),
  ].join('\n');
}

/** `text` with what stands between the markers replaced by `section`; throws when the markers are missing. */
export function withFigures(text, section) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/performance.md lacks the bench's markers (${BEGIN} … ${END})`);
  return `${text.slice(0, start + BEGIN.length)}\n\n${section}\n\n${text.slice(end)}`;
}

/** Writes `figures` into the page, formatted as `npm test`'s format check wants it. */
export async function writePerformanceDoc(
  figures,
  path = fileURLToPath(new URL('../../docs/performance.md', import.meta.url)),
) {
  const text = withFigures(readFileSync(path, 'utf8'), figuresSection(figures));
  writeFileSync(path, await format(text, { ...(await resolveConfig(path)), filepath: path }));
}

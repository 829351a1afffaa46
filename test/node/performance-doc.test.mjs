// docs/performance.md's figures are written by the bench between markers (issue 24): the writer keeps the prose
// around them and refuses a page without the markers.
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { format } from 'prettier';
import { BEGIN, END, figuresSection, withFigures, writePerformanceDoc } from '../../scripts/bench/performance-doc.mjs';

const figures = {
  date: '2026-12-07',
  machine: 'a test machine',
  rows: [
    {
      figure: 'Bytes, one timeline',
      ours: '36.0 kB',
      chartjs: '72.8 kB',
      plot: '84.4 kB',
      target: '≤ 0.5×',
      met: true,
    },
    {
      figure: '  Least a first paint needs, <ofsted-timeline>',
      ours: '29.9 kB',
      chartjs: '–',
      plot: '–',
      target: 'a | b',
      met: undefined,
    },
  ],
};

test('withFigures(text, figuresSection(figures)) replaces only what stands between the markers', () => {
  const page = `# Size and speed\n\nProse.\n\n${BEGIN}\nold figures\n${END}\n\nMore prose.\n`;
  const written = withFigures(page, figuresSection(figures));
  assert.ok(written.startsWith('# Size and speed\n\nProse.\n\n'));
  assert.ok(written.endsWith(`${END}\n\nMore prose.\n`));
  assert.ok(!written.includes('old figures'));
  assert.match(written, /\| Bytes, one timeline \| 36\.0 kB \| 72\.8 kB \| 84\.4 kB \| ≤ 0\.5× \| met \|/);
  assert.match(written, /\| Least a first paint needs, &lt;ofsted-timeline> \| 29\.9 kB \| – \| – \| a \\\| b \| – \|/);
  assert.equal(
    withFigures(written, figuresSection(figures)),
    written,
    'a second write of the same run changes nothing',
  );
});

test('writePerformanceDoc(figures, path) writes a page the format check accepts', async () => {
  const path = join(mkdtempSync(join(tmpdir(), 'performance-')), 'performance.md');
  writeFileSync(path, `# Size and speed\n\n${BEGIN}\n${END}\n`);
  await writePerformanceDoc(figures, path);
  const written = readFileSync(path, 'utf8');
  assert.match(written, /Last full run: 2026-12-07/);
  assert.equal(await format(written, { filepath: path }), written);
});

test('withFigures refuses a page without the markers', () => {
  assert.throws(() => withFigures('# Size and speed\n', 'figures'), /lacks the bench's markers/);
});

test("docs/performance.md carries the bench's markers", () => {
  const page = readFileSync(new URL('../../docs/performance.md', import.meta.url), 'utf8');
  assert.ok(page.indexOf(BEGIN) >= 0 && page.indexOf(END) > page.indexOf(BEGIN));
});

// Issue 26 items 3, 13 and 14 (WCAG 1.4.4, 1.4.10, 1.4.11, 1.4.12): every council's timeline, laid out at the widths
// a reader meets (a 320 px phone's column to a 1,280 px desktop) with text at 100% and 200%, gives every graded point
// a label, and no label covers a point, a lane marker, another label, a band caption or the journey line, or leaves
// the chart or its bands for the lanes under them (Cumberland's 2015 "Inadequate" at 375 px hung under the edge); the lanes under the bands have their edge and a name that covers nothing (item 2). The layout is pure (src/timeline/layout.ts), bundled here from the source with esbuild.
import { strict as assert } from 'node:assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url);
const bundled = await build({
  stdin: {
    contents: `export { layoutTimeline } from './src/timeline/layout.ts';
      export { textBox, overlaps } from './src/timeline/label-placement.ts';
      export { crossesPath } from './src/timeline/band-captions.ts';
      export { MARKER_SIZE, DIAMOND_REACH, TRIANGLE_REACH } from './src/timeline/geometry.ts';`,
    resolveDir: fileURLToPath(root),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  external: ['lit'],
  write: false,
  logLevel: 'silent',
});
// Written under node_modules so that its one import left, lit's `css` (the chart's text size), resolves there.
const cache = new URL('node_modules/.cache/timeline-labels/', root);
mkdirSync(cache, { recursive: true });
writeFileSync(new URL('layout.mjs', cache), bundled.outputFiles[0].text);
const { layoutTimeline, textBox, overlaps, crossesPath, MARKER_SIZE, DIAMOND_REACH, TRIANGLE_REACH } = await import(
  new URL('layout.mjs', cache).href
);

const directory = new URL('data/authorities/', root);
const councils = readdirSync(directory)
  .filter((name) => name.endsWith('.json') && name !== 'index.json')
  .map((name) => JSON.parse(readFileSync(new URL(name, directory), 'utf8')));

/** The chart's width in a 320 px column (a phone's, the page's 16 px margins off), then the widths the issue names. */
const WIDTHS = [288, 320, 375, 768, 1280];
/** The chart's text: 14 px at the browser's default size, 28 px with text at 200%. */
const FONT_SIZES = [14, 28];

/** The box a marker covers: graded points are circles; a lane marker's diamond or triangle reaches further. */
function markerBox(placed) {
  const size = placed.grade ? MARKER_SIZE.graded : MARKER_SIZE.ungraded;
  const reach = size * (placed.shape === 'diamond' ? DIAMOND_REACH : placed.shape === 'triangle' ? TRIANGLE_REACH : 1);
  const box = { x0: placed.x - reach, y0: placed.y - reach, x1: placed.x + reach, y1: placed.y + reach };
  // An inspection held in parts has a bar a part just under its marker.
  for (const [x0, x1] of placed.parts ?? []) {
    Object.assign(box, {
      x0: Math.min(box.x0, x0 - 1.5),
      x1: Math.max(box.x1, x1 + 1.5),
      y1: Math.max(box.y1, placed.y + size + 5),
    });
  }
  return box;
}

/** What is wrong with one layout's labels, as sentences; none when all is well. */
function labelProblems(layout) {
  const problems = [];
  const { text } = layout;
  const path = layout.events.filter((placed) => placed.grade).map((placed) => [placed.x, placed.y]);
  const captions = layout.bands.map((band) => ({ name: `the "${band.label}" caption`, box: band.caption.knockout }));
  for (const { name, box } of captions) {
    if (box.x0 < 0 || box.x1 > layout.width)
      problems.push(`${name} leaves the chart (${Math.round(box.x0)} to ${Math.round(box.x1)})`);
  }
  const labelled = [];
  for (const placed of layout.events.filter((event) => event.grade)) {
    const name = `${placed.event.id} (${placed.grade})`;
    if (!placed.label) {
      problems.push(`${name} has no label`);
      continue;
    }
    const { label } = placed;
    const lines = label.lines ?? [label.text];
    const box = labelBox(label, lines, text);
    if (box.x0 < layout.plot.left - 0.01 || box.x1 > layout.plot.right + 0.01)
      problems.push(`${name}'s label leaves the plot`);
    if (box.y0 < 0) problems.push(`${name}'s label leaves the top of the chart`);
    for (const other of layout.events) {
      if (overlaps(box, markerBox(other)))
        problems.push(`${name}'s label covers ${other === placed ? 'its own point' : other.event.id}`);
    }
    for (const caption of captions)
      if (overlaps(box, caption.box)) problems.push(`${name}'s label covers ${caption.name}`);
    for (const other of labelled) if (overlaps(box, other.box)) problems.push(`${name}'s label covers ${other.name}'s`);
    if (crossesPath(box, path)) problems.push(`the journey line runs through ${name}'s label`);
    // A grade's words stay with the grades: the lanes' edge never runs through them, nor do they sit in the lanes.
    if (box.y1 > layout.lanes.edgeY) problems.push(`${name}'s label reaches past the lanes' edge`);
    labelled.push({ name, box });
  }
  return [...problems, ...lanesProblems(layout, labelled)];
}

/**
 * Issue 26 item 2: the lanes of ungraded events lie under an edge under the Inadequate band, and carry a name
 * that covers no marker or label and stays inside the plot.
 */
function lanesProblems(layout, labelled) {
  const problems = [];
  const { edgeY, caption } = layout.lanes;
  const inadequate = layout.bands.at(-1);
  // At the Inadequate band's foot, or lower where a label under an Inadequate point needs the room.
  if (edgeY < inadequate.y + inadequate.height) problems.push(`the lanes' edge is inside the Inadequate band`);
  for (const placed of layout.events) {
    const box = markerBox(placed);
    if (placed.grade ? box.y1 >= edgeY : box.y0 <= edgeY)
      problems.push(`${placed.event.id} is on the wrong side of the lanes' edge`);
  }
  if (layout.events.every((placed) => placed.grade)) return problems;
  if (!caption) return [...problems, 'the lanes have no name'];
  const box = caption.knockout;
  if (box.x0 < layout.plot.left || box.x1 > layout.plot.right) problems.push(`the lanes' name leaves the plot`);
  if (box.y0 <= edgeY || box.y1 >= layout.axisY)
    problems.push(`the lanes' name is not between their edge and the axis`);
  for (const placed of layout.events)
    if (overlaps(box, markerBox(placed))) problems.push(`the lanes' name covers ${placed.event.id}`);
  for (const other of labelled)
    if (overlaps(box, other.box)) problems.push(`the lanes' name covers ${other.name}'s label`);
  return problems;
}

/** The box of a label of one or more lines (the first line's baseline at y, each next line one line-height down). */
function labelBox(label, lines, text) {
  const boxes = lines.map((line, i) =>
    textBox(line, label.x, label.y + i * (label.lineHeight ?? 0), label.anchor, text.bold, text),
  );
  return boxes.reduce((a, b) => ({
    x0: Math.min(a.x0, b.x0),
    y0: Math.min(a.y0, b.y0),
    x1: Math.max(a.x1, b.x1),
    y1: Math.max(a.y1, b.y1),
  }));
}

test(`layoutTimeline labels every graded point of all ${councils.length} councils, covering nothing, at ${WIDTHS.join(', ')} px with text at 100% and 200%`, () => {
  assert.ok(councils.length >= 153, `${councils.length} councils`);
  const failures = [];
  for (const dataset of councils) {
    for (const width of WIDTHS) {
      for (const fontSize of FONT_SIZES) {
        const layout = layoutTimeline(dataset, { width, fontSize });
        for (const problem of labelProblems(layout))
          failures.push(`${dataset.authority.id} at ${width} px, ${fontSize} px text: ${problem}`);
      }
    }
  }
  assert.deepEqual(failures.slice(0, 40), [], `${failures.length} problems`);
});

test('layoutTimeline labels every graded point at every width from 288 to 1,280 px in steps of 8, for every council', () => {
  const failures = [];
  for (const dataset of councils) {
    for (let width = 288; width <= 1280; width += 8) {
      for (const fontSize of FONT_SIZES) {
        const layout = layoutTimeline(dataset, { width, fontSize });
        for (const problem of labelProblems(layout))
          failures.push(`${dataset.authority.id} at ${width} px, ${fontSize} px text: ${problem}`);
      }
    }
  }
  assert.deepEqual(failures.slice(0, 20), [], `${failures.length} problems`);
});

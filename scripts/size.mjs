// Prints the min+gzip size of the CDN file and of each npm entry as a page would load it (with lit, d3 and the
// data it pulls in, minified), and fails when one exceeds its budget. Run after `npm run build`.
//
// The budgets are a ratchet at today's sizes, so nothing grows unnoticed. Each authority's data is its own file,
// fetched only when a page shows it, so code and data have budgets of their own: the index at most 6 kB min+gzip,
// the median authority at most 3 kB, the largest (Barnet, with its hand-made history) at most 8 kB.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { entrySize, gzipped } from './measure.mjs';

const KB = 1000;
const budgets = {
  // No authority's data inside since every council's became a file of its own (26.6 kB then); issues 13 and 14 added
  // the rest. Issue 12's split of the timeline's layout into scales, lanes, ticks and shared geometry added 0.1 kB to
  // the CDN file, the timeline and the journey. Issue 12's validator split (its property lists shared with the
  // schema test, its checks in four modules: 0.07 kB in every entry that validates) and the public `layoutWidth` of
  // the timeline and the breakdown added 0.1 kB to the CDN file, the timeline, the breakdown and the journey.
  // Issue 16 (look like a publication: Download disclosure, text that follows the page's size, fitted breakdown
  // scale and direct labels, scorecard key and change cues) added 1.1 kB to the CDN file, 0.5-1.0 kB to each entry.
  // Issue 15's early data fetch (the CDN file fetches the data of the tags already in the page before anything
  // else) and the forced-colours tokens of every theme added 0.3 kB to the CDN file, 0.1-0.2 kB to the entries;
  // the resize controller's 1em probe (no style read on resize), memoLast and the timeline's listbox keys 0.1-0.2 kB.
  // Issue 15's layout-shift work: the timeline filling a reserved min-height (0.5 kB), its hover note over the chart
  // (0.5 kB) and the one first-size read of elements drawn as they connect (0.2 kB, in every element). The
  // scorecard's shared content (src/shared/shared-content.ts: 150 scorecards' heap 5.1 MB to 1.7 MB) 0.1-0.2 kB to
  // the CDN file, the scorecard and the journey. The rehearsal while data is on its way (src/shared/rehearsal.ts, its
  // FICTIONAL dataset and the guard that keeps its events and errors from the page) added 0.5 kB to each. The export
  // code, imported when a Download disclosure opens (a chunk beside the CDN file), took 0.7 kB from the CDN file
  // and 0.7-1.4 kB from the entries with the authority lookup by name or code, imported only for such a value.
  // Issue 24 took out the rehearsal, the shared content, the reserved-height fill, memoLastPer and the patch of Lit's
  // policy (the CDN file's Trusted Types notice, src/lit-policy-notice.ts, replaces it): -0.9 to -1.7 kB in each.
  // Issue 23's breakdown (rows with grades, Ofsted's list apart, paragraph numbers, the picked sentences loaded when
  // shown and validated against their dataset, the reason an inspection has none) and the data model's new checks
  // (paragraph, kindAssigned, sectionFindings, in every entry that validates; where a dataset came from): +3.4 kB
  // to the CDN file, +3.0 kB to the breakdown, +3.4 kB to the journey, +0.4-0.6 kB to the others (measured after a
  // merge with other changes of the night, so part may be theirs: the timeline's +1.1 kB at the last merge is not).
  // +0.3 kB: a council picker's helpers (issue 26 item 12); +0.24 kB: the watch for <ofsted-england> (issue 25,
  // load-on-demand.ts), measured against the same file built without it.
  // Issue 23, 24 and 26 merged (7 December): the npm breakdown and journey carry the lazy import of the 319 section
  // findings files as a switch of their paths (+6.4 kB; a smaller lookup is still to do); timeline labels that keep
  // clear of each other and abbreviate at 200% text, names as people write them, no default council: +0.1-0.9 kB.
  // The lazy import of the 321 section findings files goes through one small index a council (a chunk of its own,
  // data/findings/<authority>/index.js), so an app's bundle holds one import per council, not one per file: the
  // breakdown 36.4 -> 33.7 kB; the journey 47.7 kB with it (33.8 and 47.8 kB after the next merge of the night).
  // A median council's file grew 2.8 -> 3.1 kB with the 2021-22 and 2023-24 visits, `coverage` and the counts of
  // its picked sentences (the sentences themselves are in their own files); back to 2.9 kB (3.1 before) once what
  // each framework judged was told once in docs/data.md rather than in every file.
  // Issue 24: in the CDN file the validator is a chunk fetched only for a third party's `src` or `data` (the package's
  // own files are checked by the build and npm test), and it leaves the validator and the lookup to
  // `ofsted-widgets/data`: -3.6 kB (43.0 to 39.4 kB).
  // Issue 26's second pass (7 December, morning): the lanes' edge and name, clickable grade labels and the focus
  // outline (timeline +1.1 kB), the note saying where the data stops (src/shared/coverage.ts), the loading and loaded
  // announcements, the reorganised councils' column and reader-worded lookups (+0.1-0.7 kB in each entry).
  // Issue 24 item 6 (7 December): the CDN file became an autoloader, so the line above (39.9 kB, every element in one
  // file) gives way to the loader and its chunks below.
  // Issue 13 (limits, progressive tables, render failures shown, Trusted Types) and issue 14 (headings, spaced
  // targets, band captions, the journey's status message, the colour-scheme attribute) added to each element.
  // +0.1 kB: labels under an Inadequate point keep above the lanes' edge, the lanes moving down (issue 26 item 3).
  'ofsted-widgets/timeline': 33.0 * KB, // issue 15's lighter timeline events: -0.2 kB (no `live` directive)
  'ofsted-widgets/scorecard': 25.0 * KB,
  // +0.6 kB: the rows held while the picked sentences load (b6d003d), Ofsted's list drawn once opened (b51f26e)
  'ofsted-widgets/breakdown': 34.5 * KB, // +0.1 kB: short headings, the sentence under them (issue 26 item 7)
  // +0.1 kB: the timeline chooser's option directive (`live` stays for the breakdown); +0.6 kB: the breakdown's rows
  // held while the picked sentences load (b6d003d), "None chosen" (bb2494e) and Ofsted's list drawn once opened
  // (b51f26e).
  'ofsted-widgets/journey': 48.8 * KB, // +0.2 kB: the timeline's labels above the lanes' edge (issue 26 item 3); +0.1 kB: short headings (item 7)
  'ofsted-widgets/data': 12.0 * KB, // +0.08 kB: the lazy authority lookup's glue; +0.3 kB: describeAuthority, authoritiesByRegion, formatIsoDate
  'data/authorities/index.json (authority index)': 6 * KB,
  // Issue 25: <ofsted-england>. A page without the tag pays only the CDN file's watch for it (0.24 kB measured against
  // the same file without it; at most 1 kB); one with it fetches the element's code, a chunk beside the file, and the
  // national file together, each at most 8 kB. The one-update first draw and redraw (7 December): +0.2 kB.
  'ofsted-widgets/england': 27.6 * KB,
  // The autoloader's chunk boundary cost 0.03 kB (imports from the base chunk); each grade's colour and column set
  // once, as custom properties, rather than in a rule per grade and use, brought it back under the 8 kB.
  "dist/cdn/england-*.js (<ofsted-england>'s code, fetched when the tag is on the page)": 8 * KB,
  // Issue 24 item 6: the CDN file is an autoloader (src/cdn.ts). It holds what must run before any element's code
  // arrives: the Trusted Types notice, the early data fetches (preload-page.ts) and what they use (the ids, the
  // fetch), the one watch over the page, and the data layer it exports (data/core.ts: +0.5 kB against the loader
  // without it, kept so a page importing the helpers from the CDN file still works).
  'dist/ofsted-widgets.js (CDN loader)': 5.3 * KB,
  // What two or more elements (or an element and the validator) share: Lit, OfstedElement, the dataset controller,
  // the shared views. Fetched with the first element's chunk.
  'dist/cdn/base-*.js (Lit and the shared code, fetched with any element)': 15.5 * KB, // +0.1 kB: short headings, the sentence under them (issue 26 item 7)
  // +0.2 kB after merging main: labels under an Inadequate point keep above the lanes' edge (issue 26 item 3), the
  // summary's inspections that share a year named by month.
  'dist/cdn/timeline-*.js (<ofsted-timeline> and d3, with the base)': 10.5 * KB,
  'dist/cdn/scorecard-*.js': 4.0 * KB, // +0.1 kB: short headings, the sentence under them (issue 26 item 7)
  // +0.6 kB after merging main: the rows held for the picked sentences (b6d003d), Ofsted's list drawn once opened
  // (b51f26e).
  'dist/cdn/breakdown-*.js': 10.1 * KB,
  'dist/cdn/journey-*.js (with the three elements it composes)': 1.6 * KB, // +0.1 kB: "None chosen" (bb2494e)
  "dist/cdn/check-*.js (the validator, for a third party's src or data)": 3 * KB,
  'dist/cdn/authority-lookup-*.js (a council named other than by its id)': 1.8 * KB,
  'dist/cdn/export-*.js (CSV, SVG, PNG, when a Download disclosure opens)': 1.5 * KB,
  // The code a page with one timeline fetches from the CDN (the loader, the base and the timeline's chunks): the
  // bench's delivery table adds the council's data file and sets it against Chart.js drawing the same chart.
  'one timeline from the CDN (loader + base + timeline)': 31.1 * KB, // +0.2 kB: the timeline's, above
  // A journey's page fetches six files where it fetched one: 5.7 kB more than the one file's 39.9 kB (each file
  // gzipped alone shares no dictionary with the others; the imports and exports between them are 1.5 kB of it), all
  // asked for at once, so no round trip more. +0.6 kB after merging main (the breakdown's and the journey's above).
  'a journey from the CDN (loader + base + four elements)': 46.7 * KB, // +0.2 kB: the timeline's, above; +0.2 kB: short headings (item 7)
  'data/national/england.json (national file, fetched with it)': 8 * KB,
};

const sizes = { 'dist/ofsted-widgets.js (CDN loader)': gzipped(readFileSync('dist/ofsted-widgets.js')) };
// Each chunk beside the CDN file, by its name without the hash; a chunk with no budget fails below.
const cdnChunks = Object.fromEntries(
  readdirSync('dist/cdn').map((name) => [
    name.replace(/-[\w-]{8}\.js$/, ''),
    gzipped(readFileSync(`dist/cdn/${name}`)),
  ]),
);
for (const [chunk, size] of Object.entries(cdnChunks))
  sizes[Object.keys(budgets).find((name) => name.startsWith(`dist/cdn/${chunk}-*.js`)) ?? `dist/cdn/${chunk}-*.js`] =
    size;
const loader = sizes['dist/ofsted-widgets.js (CDN loader)'];
sizes['one timeline from the CDN (loader + base + timeline)'] = loader + cdnChunks.base + cdnChunks.timeline;
sizes['a journey from the CDN (loader + base + four elements)'] =
  loader + ['base', 'timeline', 'scorecard', 'breakdown', 'journey'].reduce((sum, chunk) => sum + cdnChunks[chunk], 0);
for (const name of ['timeline', 'scorecard', 'breakdown', 'journey', 'england', 'data']) {
  sizes[`ofsted-widgets/${name}`] = await entrySize(`dist/${name}.js`);
}
sizes['data/national/england.json (national file, fetched with it)'] = gzipped(
  readFileSync('dist/national/england.json'),
);

// Authority files as a page fetches them: minified (the CDN's dist/authorities/ copies, or the npm build's chunks).
const authorityFiles = readdirSync('dist/authorities').filter(
  (name) => name.endsWith('.json') && name !== 'index.json',
);
const dataSizes = authorityFiles
  .map((name) => ({ name, size: gzipped(readFileSync(`dist/authorities/${name}`)) }))
  .sort((a, b) => a.size - b.size || a.name.localeCompare(b.name));
const median = dataSizes[Math.floor((dataSizes.length - 1) / 2)];
const largest = dataSizes.at(-1);
sizes['data/authorities/index.json (authority index)'] = gzipped(readFileSync('dist/authorities/index.json'));
sizes[`median authority file (${median.name}, of ${dataSizes.length})`] = median.size;
sizes[`largest authority file (${largest.name})`] = largest.size;
budgets[`median authority file (${median.name}, of ${dataSizes.length})`] = 3 * KB;
budgets[`largest authority file (${largest.name})`] = 8 * KB;

// The sentences picked from one inspection's report, fetched only when a breakdown shows it (dist/findings/, written
// by the CDN build once the importer has written data/findings/): at most 10 kB for the largest.
if (existsSync('dist/findings')) {
  const findingsFiles = readdirSync('dist/findings', { recursive: true }).filter((name) => name.endsWith('.json'));
  const largestFindings = findingsFiles
    .map((name) => ({ name, size: gzipped(readFileSync(`dist/findings/${name}`)) }))
    .sort((a, b) => a.size - b.size || a.name.localeCompare(b.name))
    .at(-1);
  if (largestFindings) {
    const name = `largest section findings file (${largestFindings.name}, of ${findingsFiles.length})`;
    sizes[name] = largestFindings.size;
    budgets[name] = 10 * KB;
  }
}

let over = 0;
console.log('min+gzip    budget    entry');
for (const [name, size] of Object.entries(sizes)) {
  const budget = budgets[name] ?? 0; // a new chunk beside the CDN file gets a budget, with its reason, above
  const fails = size > budget;
  over += fails ? 1 : 0;
  console.log(
    `${(size / KB).toFixed(1).padStart(6)} kB ${(budget / KB).toFixed(1).padStart(6)} kB  ${name}${fails ? '  OVER BUDGET' : ''}`,
  );
}
if (over) {
  console.error(`${over} entr${over === 1 ? 'y is' : 'ies are'} over budget.`);
  process.exit(1);
}

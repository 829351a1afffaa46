// The least code a page showing one timeline could fetch before its first paint, with today's features: the timeline
// entry bundled as an app would ship it (rollup, node-resolve, terser, gzip level 9), once whole and once with every
// module whose work the first paint of the README's paste does not need replaced by empty exports. That second figure
// is below what any lazy-loading build could reach: it also drops the two buttons those modules draw at first paint
// (the table toggle, the Download disclosure's summary) and counts no loading code. So a bytes target below it cannot
// be met without taking out something the first paint draws or checks. The required parts' own shares are measured
// the same way: each taken out in turn, on top of the lazy ones.
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundleEntryChunks, entrySize, gzipped } from '../measure.mjs';

/** Modules whose work a first paint of one timeline (README paste, nothing chosen, no table) does not need, and why. */
export const NOT_IN_FIRST_PAINT = {
  'src/timeline/timeline-table.ts': 'the table: drawn on its toggle',
  'src/shared/data-table.ts': 'the table: drawn on its toggle (the toggle itself is a button at first paint)',
  'src/shared/progressive-list.ts': 'the table: drawn on its toggle',
  'src/timeline/event-chooser.ts': 'the event chooser: drawn only when targets overlap',
  'src/timeline/event-tip.ts': 'the hover note: on hover',
  'src/timeline/event-details.ts': "the chosen event's details: on choosing",
  'src/timeline/listbox-keys.ts': 'the arrow keys: on a key press',
  'src/shared/export-buttons.ts': 'the Download buttons: on opening (the disclosure is a summary at first paint)',
};

/** Parts the first paint needs, each measured by taking it out too: a requirement of the project stands behind each. */
export const FIRST_PAINT_PARTS = {
  'checking the file (nothing a file holds may harm the page)': ['src/data/validate.ts'],
  'styles (themes, dark and forced colours, focus, reflow)': [
    'src/shared/theme.styles.ts',
    'src/timeline/timeline.styles.ts',
  ],
  'error messages in place': ['src/shared/error-view.ts'],
  'the summary sentences (heading and subtitle)': ['src/timeline/summary.ts'],
  'the legend': ['src/timeline/legend.ts'],
};

/**
 * A plugin that replaces each module in `paths` (relative to `root`) by as many empty exports as it has, so every
 * import of it still resolves and nothing of it is shipped. A path the build never reaches (a module renamed or no
 * longer imported) fails the build, so the lists above cannot go stale unnoticed.
 */
function emptyExports(root, paths) {
  const ids = new Set(paths.map((path) => `${root}${path}`));
  const emptied = new Set();
  return {
    name: 'empty-exports',
    transform(code, id) {
      if (!ids.has(id)) return null;
      emptied.add(id);
      const names = [];
      for (const node of this.parse(code).body) {
        if (node.type !== 'ExportNamedDeclaration') continue;
        if (node.declaration?.declarations) names.push(...node.declaration.declarations.map((d) => d.id.name));
        else if (node.declaration?.id) names.push(node.declaration.id.name);
        for (const specifier of node.specifiers ?? []) names.push(specifier.exported.name);
      }
      return { code: names.map((name) => `export const ${name} = undefined;`).join('\n'), map: null };
    },
    buildEnd(error) {
      const missed = [...ids].filter((id) => !emptied.has(id));
      if (!error && missed.length)
        this.error(
          `first-paint-bytes: not in the timeline's build: ${missed.map((id) => id.slice(root.length)).join(', ')}`,
        );
    },
  };
}

/**
 * Min+gzip bytes of the timeline entry, built from source (the npm build's TypeScript and literal plugins) and bundled
 * as `npm run size` bundles an entry (bundleEntryChunks), with the modules in `emptied` emptied.
 */
async function timelineBytes(root, emptied) {
  const npmBuild = (await import(`${root}rollup.config.mjs`)).default[0];
  const { code } = await bundleEntryChunks(`${root}src/timeline/define.ts`, {
    plugins: [...npmBuild.plugins, emptyExports(root, emptied)],
  });
  return gzipped(code);
}

/** Min+gzip bytes of Lit as the timeline imports it (its core, the directive base, guard), bundled alone. */
async function litBytes(root) {
  const dir = `${root}node_modules/.cache/ofsted-bench`;
  mkdirSync(dir, { recursive: true });
  const entry = `${dir}/lit-alone.mjs`;
  writeFileSync(
    entry,
    "export * from 'lit';\nexport * from 'lit/directive.js';\nexport { guard } from 'lit/directives/guard.js';\n",
  );
  return entrySize(entry);
}

/**
 * `whole`: the timeline entry's bytes built from source; `firstPaint`: with NOT_IN_FIRST_PAINT emptied; `lit`: Lit
 * alone; `parts`: each of FIRST_PAINT_PARTS's bytes (firstPaint less the build with that part emptied too). `quick`
 * skips the parts.
 */
export async function firstPaintBytes(root, { quick = false } = {}) {
  const lazy = Object.keys(NOT_IN_FIRST_PAINT);
  const whole = await timelineBytes(root, []);
  const firstPaint = await timelineBytes(root, lazy);
  const lit = await litBytes(root);
  const parts = {};
  if (!quick) {
    for (const [part, paths] of Object.entries(FIRST_PAINT_PARTS))
      parts[part] = firstPaint - (await timelineBytes(root, [...lazy, ...paths]));
  }
  return { whole, firstPaint, lit, parts };
}

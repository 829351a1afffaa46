// Two builds from one source:
//  1. the npm build: ES modules per entry (dist/index.js, dist/timeline.js, … dist/data.js) with shared chunks;
//     lit and d3 stay imports so an app's bundler dedupes them; authority datasets become lazy chunks.
//  2. the CDN build: dist/ofsted-widgets.js, one minified file with lit and d3 inside, for
//     `<script type="module" src=".../ofsted-widgets.js">` on a CMS page; it fetches each authority's data from
//     dist/authorities/, beside itself, when an element shows that authority.
// TypeScript is pinned to 5.9: @rollup/plugin-typescript and the Custom Elements Manifest analyzer call the
// compiler's JS API, which TypeScript 7 (the native compiler) does not expose.
// rollup is pinned to 4.67.4: the registry CI reaches lacks some platform binaries of 4.68, and `npm ci`
// refuses a lock file that does not list every platform's optional package.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import dynamicImportVars from '@rollup/plugin-dynamic-import-vars';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import minifyLiterals from './scripts/minify-literals.mjs';

const typescriptOptions = {
  tsconfig: './tsconfig.json',
  include: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/examples.ts', 'src/fixtures/!(build).ts', 'src/test-support/**'],
  // This pass only transpiles: `tsc` (npm run typecheck, and the declaration build) checks the types, reading the
  // JSDoc of the rules the importer shares with the package as plain JavaScript (src/data/authority-slug.js), which
  // this plugin cannot do (with allowJs it emits nothing); without noImplicitAny it does not warn about them.
  compilerOptions: { noEmit: false, declaration: false, types: [], allowJs: false, noImplicitAny: false },
};
const jsonOptions = { compact: true, preferConst: true, namedExports: false };

/**
 * The CDN build fetches each authority's file, and each inspection's section findings, from beside the script instead
 * of inlining them: the modules that import those files are swapped for their fetching twins, and the files are
 * emitted, minified, as dist/authorities/<id>.json (and index.json) and dist/findings/<authority>/<event>.json.
 * Likewise the validator (data/load-checker.ts) becomes a chunk fetched only for a dataset from outside the package.
 */
function authorityFilesBesideScript() {
  return {
    name: 'authority-files-beside-script',
    async resolveId(source, importer) {
      if (!/\/(authority-files|findings-files|national-file|load-checker)\.js$/.test(source) || !importer) return null;
      const resolved = await this.resolve(source.replace(/\.js$/, '.cdn.js'), importer, { skipSelf: true });
      return resolved?.id ?? null;
    },
    generateBundle() {
      for (const name of readdirSync('data/authorities')
        .filter((file) => file.endsWith('.json'))
        .sort()) {
        const minified = JSON.stringify(JSON.parse(readFileSync(`data/authorities/${name}`, 'utf8')));
        this.emitFile({ type: 'asset', fileName: `authorities/${name}`, source: minified });
      }
      for (const name of findingsFiles()) {
        const minified = JSON.stringify(JSON.parse(readFileSync(`data/findings/${name}`, 'utf8')));
        this.emitFile({ type: 'asset', fileName: `findings/${name}`, source: minified });
      }
      // <ofsted-england>'s national file, fetched beside the script only by a page with that tag.
      this.emitFile({
        type: 'asset',
        fileName: 'national/england.json',
        source: readFileSync('data/national/england.json', 'utf8').trim(),
      });
    },
  };
}

/** Every section findings file, as `<authority>/<event>.json`; none before the importer has written them. */
function findingsFiles() {
  if (!existsSync('data/findings')) return [];
  return readdirSync('data/findings', { recursive: true })
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/**
 * The CDN build's chunk for what two or more elements share (Lit, `OfstedElement`, the shared views and data code)
 * and the CDN file itself does not hold: one chunk, `cdn/base-<hash>.js`, which cdn.ts imports beside each element's
 * chunk. Each element's chunk then imports only that chunk, the CDN file and (the journey) the elements it composes,
 * all asked for at once, so no chunk is found only once another has arrived (a round trip more on a slow link).
 */
function baseChunk() {
  // The elements (the journey is the other three) and the validator, whose rules the breakdown's check of its picked
  // sentences shares: a chunk of their shared code the breakdown imported would be found only once it arrived.
  const users = [
    ...['timeline', 'scorecard', 'breakdown', 'england'].map((name) => `src/${name}/define.ts`),
    'src/data/check.ts',
  ];
  const roots = users.map((file) => resolve(file));
  const reached = new Map();
  /** The modules `id` imports statically, itself included (dynamic imports are chunks of their own). */
  const staticReach = (id, getModuleInfo) => {
    if (!reached.has(id)) {
      const seen = new Set([id]);
      for (const next of seen) for (const imported of getModuleInfo(next)?.importedIds ?? []) seen.add(imported);
      reached.set(id, seen);
    }
    return reached.get(id);
  };
  return (id, { getModuleInfo }) => {
    // What the CDN file imports stays in it (a manual chunk named as the entry is the entry), rather than being
    // pulled into the base chunk with the code that uses it.
    if (staticReach(resolve('src/cdn.ts'), getModuleInfo).has(id)) return 'cdn';
    return roots.filter((root) => staticReach(root, getModuleInfo).has(id)).length >= 2 ? 'base' : undefined;
  };
}

export default [
  {
    input: {
      index: 'src/index.ts',
      timeline: 'src/timeline/define.ts',
      scorecard: 'src/scorecard/define.ts',
      breakdown: 'src/breakdown/define.ts',
      journey: 'src/journey/define.ts',
      england: 'src/england/define.ts',
      data: 'src/data/index.ts',
      // Not an export: the fictional-dataset builder, for the CLI's `init` and the bench's page.
      fixtures: 'src/fixtures/build.ts',
    },
    external: (id) => /^(lit|@lit\/|d3-)/.test(id),
    plugins: [typescript(typescriptOptions), minifyLiterals(), json(jsonOptions), dynamicImportVars()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      // Authority data chunks keep their id as their name, unhashed: the lookup that imports them then repeats one
      // pattern 154 times, which gzip folds well (the timeline entry measured 1.3 kB smaller than with hashed names).
      // A section findings chunk keeps its authority's folder: event ids repeat from one authority to the next.
      chunkFileNames: (chunk) => {
        const findings = chunk.facadeModuleId?.match(/[\\/]data[\\/]findings[\\/]([a-z0-9-]+)[\\/]/);
        if (findings) return `findings/${findings[1]}/[name].js`;
        return chunk.facadeModuleId?.includes('/data/authorities/')
          ? 'authorities/[name].js'
          : chunk.facadeModuleId?.includes('/data/national/')
            ? 'national/[name].js'
            : 'chunks/[name]-[hash].js';
      },
      sourcemap: true,
    },
  },
  {
    input: 'src/cdn.ts',
    plugins: [
      authorityFilesBesideScript(),
      nodeResolve({ browser: true, exportConditions: ['production'] }),
      typescript(typescriptOptions),
      minifyLiterals(),
      json(jsonOptions),
      terser({ module: true, ecma: 2020, compress: { passes: 3 }, format: { comments: false } }),
    ],
    // d3-time ships one file whose intervals are built by top-level calls rollup cannot prove pure.
    treeshake: { manualPureFunctions: ['timeInterval'] },
    // The chunks import the data code the file holds from the file itself: its exports may grow by those bindings,
    // rather than that code moving into a chunk behind a one-line facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'ofsted-widgets.js',
      // Each element's code is a chunk beside the file (cdn/timeline-<hash>.js, ...), fetched when its tag is on the
      // page, with the base chunk. What a page needs only on a reader's request (the export code, when a Download
      // disclosure opens) or for an unusual input (the validator, the authority lookup by name or code) is one too.
      chunkFileNames: (chunk) => {
        const element = chunk.facadeModuleId?.match(/[\\/]src[\\/](\w+)[\\/]define\.ts$/);
        return element ? `cdn/${element[1]}-[hash].js` : 'cdn/[name]-[hash].js';
      },
      manualChunks: baseChunk(),
      format: 'es',
    },
  },
];

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
import { sep } from 'node:path';
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
    // The lazy chunks (<ofsted-england>, the export code) import Lit and the shared code from the file itself: its
    // exports may grow by those bindings, rather than everything moving into a chunk behind a one-line facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'ofsted-widgets.js',
      // What a page needs only on a reader's request (the export code, when a Download disclosure opens) or for an
      // unusual input (the authority lookup by name or code) is a chunk beside the file, fetched then.
      chunkFileNames: 'cdn/[name]-[hash].js',
      format: 'es',
    },
  },
];

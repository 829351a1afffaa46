// Shared by scripts/size.mjs and scripts/bench.mjs: the min+gzip size of a JavaScript entry as an app's bundler
// would ship it (rollup + node-resolve for the browser with production conditions + terser, then gzip level 9).
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

/** Bytes of `code` after gzip at level 9. */
export const gzipped = (code) => gzipSync(code, { level: 9 }).length;

/**
 * The entry bundled for the browser, dependencies in, production builds, minified. Returns `code`, what a page
 * loads up front (the entry chunk and the chunks it imports statically), and `chunks`, every chunk by file name,
 * lazily imported ones too (each authority's data, the authority index: a page fetches only those it shows, and
 * they are measured on their own). `plugins` run before resolution (the bench adds a CommonJS shim for one
 * comparison library).
 */
export async function bundleEntryChunks(file, { plugins: extra = [] } = {}) {
  const plugins = [
    ...extra,
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    terser({ module: true }),
  ];
  const bundle = await rollup({ input: file, plugins, onwarn: () => undefined });
  try {
    const { output } = await bundle.generate({ format: 'es', chunkFileNames: '[name]-[hash].js' });
    const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const loaded = new Set();
    const visit = (chunk) => {
      if (loaded.has(chunk)) return;
      loaded.add(chunk);
      for (const name of chunk.imports) visit(chunks.get(name));
    };
    const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
    visit(entry);
    return {
      entryFileName: entry.fileName,
      code: [...loaded].map((chunk) => chunk.code).join(''),
      chunks: new Map([...chunks].map(([name, chunk]) => [name, chunk.code])),
    };
  } finally {
    await bundle.close();
  }
}

/** The code a page loads up front for the entry (see bundleEntryChunks). */
export async function bundleEntry(file, options) {
  return (await bundleEntryChunks(file, options)).code;
}

/** min+gzip bytes of the entry as `bundleEntry` ships it. */
export async function entrySize(file, options) {
  return gzipped(await bundleEntry(file, options));
}

// Shared by scripts/size.mjs and scripts/bench.mjs: the min+gzip size of a JavaScript entry as an app's bundler
// would ship it (rollup + node-resolve for the browser with production conditions + terser, then gzip level 9).
import { gzipSync } from 'node:zlib';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';

/** Bytes of `code` after gzip at level 9. */
export const gzipped = (code) => gzipSync(code, { level: 9 }).length;

/**
 * The entry bundled for the browser, dependencies in, production builds, minified; returns the code.
 * `plugins` run before resolution (the bench adds a CommonJS shim for one comparison library).
 */
export async function bundleEntry(file, { plugins: extra = [] } = {}) {
  const plugins = [...extra, nodeResolve({ browser: true, exportConditions: ['production'] }), terser({ module: true })];
  const bundle = await rollup({ input: file, plugins, onwarn: () => undefined });
  try {
    const { output } = await bundle.generate({ format: 'es', inlineDynamicImports: true });
    return output.map((chunk) => chunk.code ?? '').join('');
  } finally {
    await bundle.close();
  }
}

/** min+gzip bytes of the entry as `bundleEntry` ships it. */
export async function entrySize(file, options) {
  return gzipped(await bundleEntry(file, options));
}

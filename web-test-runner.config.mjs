// Browser tests in Debian's Chromium (tool-downloaded browsers cannot be fetched here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumLaunchOptions } from './test/chromium.mjs';

/** Serves a .json file as an ES module when a script imports it, and as plain JSON when fetched. */
const isImport = (context) => context.path.endsWith('.json') && context.get('sec-fetch-dest') === 'script';
const jsonModules = {
  name: 'json-modules',
  transformCacheKey: (context) => (isImport(context) ? 'module' : undefined),
  resolveMimeType(context) {
    if (isImport(context)) return 'js';
  },
  transform(context) {
    if (isImport(context)) return { body: `export default ${context.body};` };
  },
};

/**
 * The server caches its files for a year, and the browser's HTTP cache keys a response by its URL: once a test file has
 * imported a .json file (served as a module above), another test file's `fetch` of it would be answered with the
 * module's text. A .json response varies with how it was asked for.
 */
async function jsonVariesWithDestination(context, next) {
  await next();
  if (context.path.endsWith('.json')) context.set('Vary', 'Sec-Fetch-Dest');
}

/**
 * `emulate-media-features`: sets Chromium's emulated media features, e.g. `[{ name: 'forced-colors', value: 'active' }]`;
 * an empty list clears them. @web/test-runner-commands' `emulateMedia` forwards only `colorScheme` and `reducedMotion`
 * to puppeteer (its `forcedColors` is Playwright-only), so the accessibility tests use this for forced colours.
 */
const mediaFeatures = {
  name: 'emulate-media-features',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-media-features') return undefined;
    await session.browser.getPage(session.id).emulateMediaFeatures(payload?.features ?? []);
    return true;
  },
};

export default {
  files: ['src/**/*.test.ts', 'test/browser/**/*.test.{ts,html}'],
  nodeResolve: true,
  middleware: [jsonVariesWithDestination],
  concurrency: 1,
  // test/browser/limits.test.ts loads the largest files allowed several times over.
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 5000 } },
  plugins: [jsonModules, mediaFeatures, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: chromiumLaunchOptions,
    }),
  ],
};

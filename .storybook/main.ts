/// <reference types="node" />
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

/*
 * Autodocs read the Custom Elements Manifest (`custom-elements.json` at the repo root), which is generated,
 * not committed. `npm start` and `npm run build-storybook` run `cem analyze` before Storybook:
 *
 *   "start":           "node scripts/start.mjs"   (cem analyze, then storybook dev --port 6006 --no-open)
 *   "build-storybook": "cem analyze && storybook build --quiet --output-dir storybook-static"
 *
 * Started any other way without the manifest, Storybook still builds and every story still renders, but the
 * docs pages lose the attribute, property, event, part and CSS-property tables. That is said here, in the
 * terminal, and again in the browser console (see preview.ts), so it is never a silent loss.
 */
const manifestPath = fileURLToPath(new URL('../custom-elements.json', import.meta.url));
if (!existsSync(manifestPath)) {
  console.warn(
    `\n[ofsted-widgets] ${manifestPath} is missing: docs pages will have no API tables.\n` +
      '[ofsted-widgets] Run `npx cem analyze` first (npm start and npm run build-storybook do).\n',
  );
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    // Telemetry's network calls fail (slowly) where there is no internet; nothing here needs them.
    disableTelemetry: true,
  },
};

export default config;

// How every test and script here starts Debian's Chromium: headless, no sandbox (containers), and nothing of its own
// on the network (updates, sync, QUIC), so that a test's requests are the page's only. One copy for
// web-test-runner.config.mjs, test/node/browser-page.mjs and scripts/screenshot.mjs.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Puppeteer's and @web/test-runner-chrome's launch options. */
export const chromiumLaunchOptions = { executablePath: chromiumPath, headless: true, args: chromiumArgs };

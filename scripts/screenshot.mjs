// Regenerates the README's pictures from the demo pages (CDN build) in headless Chromium: docs/timeline.png from
// demo/index.html, or docs/breakdown.png from demo/breakdown.html with `breakdown`.
// Usage: npm run build && node scripts/screenshot.mjs [breakdown]
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const picture =
  process.argv[2] === 'breakdown'
    ? { page: 'demo/breakdown.html', out: 'docs/breakdown.png' }
    : { page: 'demo/index.html', out: 'docs/timeline.png' };
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = readFileSync(join(root, path));
    response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  // Asynchronous, so this process can keep serving the page while Chromium loads it.
  execFile(
    chromiumPath,
    [
      '--headless',
      ...chromiumArgs,
      '--hide-scrollbars',
      `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-'))}`,
      '--window-size=900,900',
      '--virtual-time-budget=5000',
      `--screenshot=${join(root, picture.out)}`,
      `http://127.0.0.1:${port}/${picture.page}`,
    ],
    (error) => {
      server.close();
      if (error) throw error;
      console.log(`wrote ${picture.out}`);
    },
  );
});

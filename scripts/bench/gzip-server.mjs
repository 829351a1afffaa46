// The delivery bench's static server: the repository, gzipped at level 9 when the browser accepts it, as a CDN
// serves it, so the bytes a page transfers are the bytes a council page's visitors would download.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
};

/** Serves `root` on 127.0.0.1; resolves to `{ origin, close() }`. */
export async function startGzipServer(root) {
  const gzipCache = new Map();
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    let body;
    try {
      body = await readFile(join(root, path));
    } catch {
      response.writeHead(404).end();
      return;
    }
    const headers = { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      const key = `${path}:${body.length}`;
      if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
      body = gzipCache.get(key);
      headers['content-encoding'] = 'gzip';
    }
    response.writeHead(200, { ...headers, 'content-length': body.length });
    response.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

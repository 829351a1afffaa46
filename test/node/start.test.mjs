// `npm start` (scripts/start.mjs) stopped by its process id stops Storybook and whatever Storybook started, so
// nothing is left holding the port. Storybook itself is too slow to start here, so a stand-in on PATH plays it:
// a `storybook` that, like the real one, leaves the listening to a child process of its own.
import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = new URL('../../', import.meta.url);
const start = fileURLToPath(new URL('scripts/start.mjs', root));
const bin = mkdtempSync(join(tmpdir(), 'ofsted-start-'));
after(() => rmSync(bin, { recursive: true, force: true }));

const script = (name, body) => {
  writeFileSync(join(bin, name), `#!${process.execPath}\n${body}\n`);
  chmodSync(join(bin, name), 0o755);
};
script('cem', 'process.exit(0);');
// The stand-in: its child listens on --port and outlives it unless it is stopped too.
script(
  'storybook',
  `
const { spawn } = require('node:child_process');
const port = Number(process.argv[process.argv.indexOf('--port') + 1]);
spawn(process.execPath, ['-e', \`require('node:net').createServer().listen(\${port}, '127.0.0.1'); setInterval(() => {}, 1000);\`], { stdio: 'ignore' });
setInterval(() => {}, 1000);
`,
);

/** A port no one is using now. */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
const listening = (port) =>
  new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
  });
async function waitFor(check, what, ms = 10_000) {
  for (const began = Date.now(); Date.now() - began < ms; await new Promise((r) => setTimeout(r, 100)))
    if (await check()) return;
  assert.fail(`timed out waiting for ${what}`);
}

test('package.json starts Storybook through scripts/start.mjs', () => {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  assert.equal(pkg.scripts.start, 'node scripts/start.mjs');
});

test(
  'stopping `npm start` by its process id stops Storybook and its child, freeing the port',
  { timeout: 60_000 },
  async () => {
    // A project whose `npm start` runs scripts/start.mjs, with the stand-ins where npm puts a project's tools.
    const project = mkdtempSync(join(tmpdir(), 'ofsted-npm-start-'));
    try {
      const port = await freePort();
      mkdirSync(join(project, 'node_modules'));
      symlinkSync(bin, join(project, 'node_modules', '.bin'));
      writeFileSync(
        join(project, 'package.json'),
        JSON.stringify({ private: true, scripts: { start: `node ${JSON.stringify(start)} --port ${port}` } }),
      );
      const npm = spawn('npm', ['start'], { cwd: project, stdio: 'ignore' });
      const exited = new Promise((resolve) => npm.on('exit', resolve));
      await waitFor(() => listening(port), `the stand-in to listen on ${port}`, 30_000);
      npm.kill('SIGTERM');
      await exited;
      await waitFor(async () => !(await listening(port)), `port ${port} to be free`);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  },
);

for (const signal of ['SIGTERM', 'SIGINT']) {
  test(
    `${signal} to the start process by id stops Storybook's child too, freeing the port`,
    { timeout: 30_000 },
    async () => {
      const port = await freePort();
      const child = spawn(process.execPath, [start, '--port', String(port)], {
        env: { ...process.env, PATH: [bin, process.env.PATH].join(delimiter) },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await waitFor(() => listening(port), `the stand-in to listen on ${port}`);
      child.kill(signal);
      await exited;
      await waitFor(async () => !(await listening(port)), `port ${port} to be free`);
    },
  );
}

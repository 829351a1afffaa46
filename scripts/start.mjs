// `npm start`: the Custom Elements Manifest (`cem analyze`), then Storybook's dev server on port 6006, stopped with
// everything it started. Storybook runs in a process group of its own, which is stopped whole when this process gets
// SIGINT, SIGTERM or SIGHUP, or loses its parent: stopping npm by its id kills npm and its shell but not us, so we
// watch for that. Under `cem analyze && storybook dev` Storybook outlived them, its child holding the port.
// Extra arguments go to `storybook dev` (`npm start -- --port 6007`).
import { spawn, spawnSync } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The package's own tools when nothing earlier on PATH provides them (npm run puts them first anyway). */
const env = {
  ...process.env,
  PATH: [process.env.PATH, join(root, 'node_modules', '.bin')].filter(Boolean).join(delimiter),
};
const windows = process.platform === 'win32';
/** How long Storybook may take to stop before it is killed. */
const GRACE_MS = 5000;

const args = process.argv.slice(2);
const port = args.some((arg) => arg === '--port' || arg.startsWith('--port=')) ? [] : ['--port', '6006'];

const manifest = spawnSync('cem', ['analyze'], { cwd: root, env, stdio: 'inherit', shell: windows });
if (manifest.status !== 0) process.exit(manifest.status ?? 1);

const storybook = spawn('storybook', ['dev', ...port, '--no-open', ...args], {
  cwd: root,
  env,
  stdio: 'inherit',
  detached: !windows,
  shell: windows,
});

/** Sends `signal` to Storybook and every process it started. */
function signalGroup(signal) {
  try {
    if (windows) spawnSync('taskkill', ['/pid', String(storybook.pid), '/t', '/f']);
    else process.kill(-storybook.pid, signal);
  } catch {
    // Already gone.
  }
}

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  signalGroup(signal);
  setTimeout(() => signalGroup('SIGKILL'), GRACE_MS).unref();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => stop(signal));
// Stopping npm by its id kills npm and its shell, not us: we are left an orphan, with another parent. Stop then too.
const parent = process.ppid;
setInterval(() => process.ppid !== parent && stop('SIGTERM'), 500).unref();
storybook.on('exit', (code, signal) => {
  // Whatever Storybook left running in its group goes with it.
  signalGroup('SIGTERM');
  process.exit(code ?? (signal ? 1 : 0));
});

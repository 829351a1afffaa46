#!/usr/bin/env node
// @ts-check
/// <reference types="node" />
// ofsted-widgets command line, one module a command (bin/commands/): `validate` checks councils' dataset files with
// the same validator the elements use (dist/data.js), `init` writes a starter dataset that follows
// data/ofsted-dataset.schema.json, `list` prints the authority index, and `render` writes an element as static HTML
// (declarative shadow DOM, through the optional peer @lit-labs/ssr).
// Exit codes: 0 all files valid (or file written), 1 a file has a problem (or init would overwrite), 2 usage error.
// Everything printed from a file or an argument goes through `visible`, and every failure is one line.
import { readFileSync } from 'node:fs';
import { init } from './commands/init.mjs';
import { list } from './commands/list.mjs';
import { fail, out, USAGE, usageError } from './commands/output.mjs';
import { render } from './commands/render.mjs';
import { validate } from './commands/validate.mjs';

process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  out(pkg.version);
  return 0;
}

/** @type {Record<string, (args: string[]) => Promise<number>>} */
const COMMANDS = { validate, init, render, list };

/** @param {string[]} argv @returns {Promise<number>} the exit status */
async function main([command, ...args]) {
  if (command === undefined) return usageError('no command given');
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (command === '--version' || command === '-v') return version();
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  return run ? run(args) : usageError(`unknown command ${command}`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  fail(error);
}

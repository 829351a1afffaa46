#!/usr/bin/env node
// Builds data/authorities/<id>.json for every current English local authority, and index.json, from the raw files in
// data/raw/ and the report extracts in data/sources/reports/ (npm run data:import). Same inputs, same bytes.
//
//   node scripts/import-data.mjs [--out <dir>]
//
// `--out` writes the authority files elsewhere. The work is runImport (scripts/import/run.mjs); this file only reads
// the command line and prints what the run did.
import { runImport } from './import/run.mjs';
import { printSummary } from './import/summary.mjs';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
if (args.length > 0 && (outAt !== 0 || !args[1] || args.length > 2)) {
  console.error('usage: import-data.mjs [--out <dir>]');
  process.exit(2);
}
const { problems, summary } = runImport(outAt === 0 ? { out: args[1] } : {});
if (problems.length > 0) {
  console.error(`Not written: ${problems.length} problems\n${problems.slice(0, 40).join('\n')}`);
  process.exit(1);
}
printSummary(summary);

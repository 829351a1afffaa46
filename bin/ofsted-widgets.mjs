#!/usr/bin/env node
// ofsted-widgets command line: `validate` checks councils' dataset files with the same validator the elements use
// (dist/data.js), and `init` writes a starter dataset that follows data/ofsted-dataset.schema.json.
// Exit codes: 0 all files valid (or file written), 1 a file has a problem (or init would overwrite), 2 usage error.
import { readFileSync, writeFileSync } from 'node:fs';

const USAGE = `Usage:
  ofsted-widgets validate <file.json>...   check dataset files against the schema the elements use
  ofsted-widgets init [file]               write a starter dataset (default my-council.json)
  ofsted-widgets --help                    show this help
  ofsted-widgets --version                 show the package version

validate prints "file: valid (N events)" or one line per problem, "file: <path>: <problem>",
and exits 1 when any file has a problem, 2 on a usage error.`;

const DEFAULT_INIT_FILE = 'my-council.json';

/** A starter dataset: fictional, every text a visible placeholder, showing each date format. */
const STARTER = {
  $schema: 'node_modules/ofsted-widgets/data/ofsted-dataset.schema.json',
  schemaVersion: 1,
  fictional: true,
  authority: {
    id: 'your-council',
    name: 'Your council (replace me)',
    shortName: 'Your council',
  },
  sources: [
    {
      id: 'ofsted-report',
      title: 'Replace me: the title of the Ofsted report or letter',
      publisher: 'Ofsted',
      date: '2024-07-23',
      url: 'https://reports.ofsted.gov.uk/',
      note: 'Replace me: the address of the report itself. Dates are YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.',
    },
  ],
  events: [
    {
      id: 'inspection-2024',
      kind: 'inspection',
      title: 'Inspection of local authority children’s services (replace me)',
      date: '2024-06-10/2024-06-14',
      published: '2024-07-23',
      summary: 'Replace me: one or two sentences on the inspection. The date is an interval, start/end.',
      judgements: [
        { area: 'leadership', name: 'The impact of leaders on social work practice with children and families', grade: 'good' },
        { area: 'help-and-protection', name: 'The experiences and progress of children who need help and protection', grade: 'good' },
        { area: 'children-in-care', name: 'The experiences and progress of children in care', grade: 'requires-improvement' },
        { area: 'care-leavers', name: 'The experiences and progress of care leavers', grade: 'requires-improvement' },
        { area: 'overall-effectiveness', name: 'Overall effectiveness', grade: 'good' },
      ],
      findings: [
        {
          kind: 'strength',
          area: 'help-and-protection',
          statement: 'Replace me: a sentence quoted word for word from the report',
          source: 'ofsted-report',
        },
      ],
      sources: ['ofsted-report'],
    },
    {
      id: 'monitoring-visit-2025-01',
      kind: 'monitoring-visit',
      title: 'Monitoring visit (replace me)',
      date: '2025-01',
      summary: 'Replace me: the visit’s theme. Monitoring visits carry no grade; this date gives only the month.',
      sources: ['ofsted-report'],
    },
  ],
};

function usageError(message) {
  process.stderr.write(`ofsted-widgets: ${message}\n\n${USAGE}\n`);
  return 2;
}

/** The validator the elements use; imported only when needed, so `init` and `--help` work without dist/. */
async function loadValidator() {
  try {
    const { validateDataset } = await import(new URL('../dist/data.js', import.meta.url).href);
    if (typeof validateDataset !== 'function') throw new Error('dist/data.js does not export validateDataset');
    return validateDataset;
  } catch (error) {
    process.stderr.write(`ofsted-widgets: cannot load the validator (dist/data.js): ${error.message}\n`
      + 'In a clone of the repository, run `npm run build` first.\n');
    return null;
  }
}

/** Validates one file; prints its lines and returns true when it is valid. */
function validateFile(file, validateDataset) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file}: cannot read the file (${error.code === 'ENOENT' ? 'no such file' : error.message})`);
    return false;
  }
  let data;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    console.log(`${file}: not valid JSON: ${error.message}`);
    return false;
  }
  const result = validateDataset(data);
  if (!result.ok) {
    for (const issue of result.issues) console.log(`${file}: ${issue.message}`);
    return false;
  }
  const count = result.dataset.events.length;
  console.log(`${file}: valid (${count} ${count === 1 ? 'event' : 'events'})`);
  return true;
}

async function validate(files) {
  if (files.length === 0) return usageError('validate needs at least one file');
  const unknown = files.find((file) => file.startsWith('-'));
  if (unknown) return usageError(`unknown option ${unknown}`);
  const validateDataset = await loadValidator();
  if (!validateDataset) return 2;
  let allValid = true;
  for (const file of files) allValid = validateFile(file, validateDataset) && allValid;
  return allValid ? 0 : 1;
}

function init(args) {
  if (args.length > 1) return usageError('init takes at most one file');
  const file = args[0] ?? DEFAULT_INIT_FILE;
  if (file.startsWith('-')) return usageError(`unknown option ${file}`);
  try {
    // 'wx' fails when the file exists, so an existing dataset is never overwritten.
    writeFileSync(file, `${JSON.stringify(STARTER, null, 2)}\n`, { flag: 'wx' });
  } catch (error) {
    if (error.code === 'EEXIST') {
      process.stderr.write(`ofsted-widgets: ${file} already exists; not overwriting it (choose another name: ofsted-widgets init <file>)\n`);
    } else {
      process.stderr.write(`ofsted-widgets: cannot write ${file}: ${error.message}\n`);
    }
    return 1;
  }
  console.log(`Wrote ${file}: a fictional starter dataset with one source and two events.
Replace every "replace me" text with your council's, remove "fictional": true, then check it with:
  npx ofsted-widgets validate ${file}`);
  return 0;
}

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  console.log(pkg.version);
  return 0;
}

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
  if (command === 'validate') return validate(args);
  if (command === 'init') return init(args);
  return usageError(`unknown command ${command}`);
}

process.exitCode = await main(process.argv.slice(2));

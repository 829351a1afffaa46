#!/usr/bin/env node
// ofsted-widgets command line: `validate` checks councils' dataset files with the same validator the elements use
// (dist/data.js), `init` writes a starter dataset that follows data/ofsted-dataset.schema.json, `list` prints the
// authority index, and `render`
// writes an element as static HTML (declarative shadow DOM, through the optional peer @lit-labs/ssr).
// Exit codes: 0 all files valid (or file written), 1 a file has a problem (or init would overwrite), 2 usage error.
// Everything printed from a file or an argument goes through `visible`, and every failure is one line.
import { readFileSync, statSync, writeFileSync } from 'node:fs';

/**
 * Control characters (C0, DEL, C1) and bidirectional formatting characters: printed raw, a file's text could move the
 * cursor, rewrite a line, forge another or reverse what follows (`valid` shown over an exit code of 1).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text safe to print as (part of) one line: each unsafe character written as an escape, e.g. \u001b, \n, \u202e. */
function visible(text) {
  return String(text).replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line to standard output or standard error, made visible. */
const out = (line) => process.stdout.write(`${visible(line)}\n`);
const err = (line) => process.stderr.write(`${visible(line)}\n`);

/** An unexpected failure: one readable line, never a stack trace, and exit status 1. */
function fail(error) {
  const message = error instanceof Error ? `${error.name === 'Error' ? '' : `${error.name}: `}${error.message}` : String(error);
  err(`ofsted-widgets: ${message.split('\n')[0]}`);
  process.exit(1);
}
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const USAGE = `Usage:
  ofsted-widgets validate <file.json>...   check dataset files against the schema the elements use
  ofsted-widgets init [file]               write a starter dataset (default my-council.json)
  ofsted-widgets list [--region <region>]  list every authority with data: id, name, region, latest grade
  ofsted-widgets render --element <name> [options]
                                           write an element as static HTML that needs no JavaScript
  ofsted-widgets --help                    show this help
  ofsted-widgets --version                 show the package version

validate prints "file: valid (N events)" or one line per problem, "file: <path>: <problem>",
and exits 1 when any file has a problem, 2 on a usage error. A valid file that is still the init
starter (marked fictional, or saying "replace me") gets a warning line for each.

render options:
  --element <name>     timeline, scorecard, breakdown or journey (required)
  --authority <name>   an authority with data: id, name, ONS code, LA number or URN (default barnet)
  --src <file.json>    a local dataset file, validated first; wins over --authority
  --event <id>         the event to show or highlight
  --width <px>         layout width of the chart (default 720); the SVG scales to its container
  --out <file>         write to a file instead of stdout
  --fragment           only the element's markup, to paste into a page or CMS (default: a whole HTML document)
render writes the summary, the table (open) and the chart in a <template shadowrootmode="open">, with the
element's styles and without the download buttons. It needs @lit-labs/ssr: npm install --save-dev @lit-labs/ssr`;

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
  err(`ofsted-widgets: ${message}`);
  process.stderr.write(`\n${USAGE}\n`);
  return 2;
}

/** The data layer the elements use; imported only when needed, so `init` and `--help` work without dist/. */
async function loadDataLayer() {
  try {
    const data = await import(new URL('../dist/data.js', import.meta.url).href);
    if (typeof data.validateDataset !== 'function') throw new Error('dist/data.js does not export validateDataset');
    return data;
  } catch (error) {
    err(`ofsted-widgets: cannot load the validator (dist/data.js): ${error.message.split('\n')[0]}`);
    err('In a clone of the repository, run `npm run build` first.');
    return null;
  }
}

/**
 * Reads and validates one file with the data layer the elements use (its validator and LIMITS); prints each problem
 * with `print` and returns the dataset, or undefined. A file over the size limit is not read.
 */
function readDatasetFile(file, data, print) {
  let text;
  try {
    const { size } = statSync(file);
    if (size > data.LIMITS.fileBytes) {
      print(`${file}: the file is ${data.formatBytes(size)}, and the most an Ofsted data file may be is ${data.formatBytes(data.LIMITS.fileBytes)}`);
      return undefined;
    }
    text = readFileSync(file, 'utf8');
  } catch (error) {
    print(`${file}: cannot read the file (${error.code === 'ENOENT' ? 'no such file' : error.message})`);
    return undefined;
  }
  let json;
  const source = text.replace(/^\uFEFF/, '');
  try {
    json = JSON.parse(source);
  } catch (error) {
    print(`${file}: not valid JSON: ${describeSyntaxError(source, error.message)}`);
    return undefined;
  }
  const result = data.validateDataset(json);
  if (!result.ok) {
    for (const issue of result.issues) print(`${file}: ${issue.message}`);
    return undefined;
  }
  return result.dataset;
}

/**
 * "line 12, column 5: Expected ',' or '}' after property value": where a parser error is, as an editor shows it,
 * rather than V8's character offset ("at position 226").
 */
function describeSyntaxError(text, message) {
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : text.length;
  const before = text.slice(0, offset).split('\n');
  const what = message.replace(/\s*(?:in JSON )?at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
  return `line ${before.length}, column ${before.at(-1).length + 1}: ${what}`;
}

/** Where the texts still say "replace me": JSON paths, in document order. */
function placeholders(value, path = '') {
  if (typeof value === 'string') return /replace me/i.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => placeholders(item, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => placeholders(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Warnings for a valid file that is still `init`'s starter: invented data must not go on a council's page. */
function starterWarnings(dataset) {
  const warnings = [];
  if (dataset.fictional === true) {
    warnings.push('warning: "fictional": true marks this data as invented; remove it once the data is your council\'s');
  }
  const left = placeholders(dataset);
  if (left.length) {
    warnings.push(`warning: ${left.length} ${left.length === 1 ? 'text still says' : 'texts still say'} "replace me" (${left.slice(0, 3).join(', ')}${left.length > 3 ? ', …' : ''})`);
  }
  return warnings;
}

/** Validates one file; prints its lines and returns true when it is valid. */
function validateFile(file, data) {
  const dataset = readDatasetFile(file, data, out);
  if (!dataset) return false;
  const count = dataset.events.length;
  out(`${file}: valid (${count} ${count === 1 ? 'event' : 'events'})`);
  for (const warning of starterWarnings(dataset)) out(`${file}: ${warning}`);
  return true;
}

async function validate(files) {
  if (files.length === 0) return usageError('validate needs at least one file');
  const unknown = files.find((file) => file.startsWith('-'));
  if (unknown) return usageError(`unknown option ${unknown}`);
  const data = await loadDataLayer();
  if (!data) return 2;
  let allValid = true;
  for (const file of files) allValid = validateFile(file, data) && allValid;
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
      err(`ofsted-widgets: ${file} already exists; not overwriting it (choose another name: ofsted-widgets init <file>)`);
    } else {
      err(`ofsted-widgets: cannot write ${file}: ${error.message}`);
    }
    return 1;
  }
  out(`Wrote ${file}: a fictional starter dataset with one source and two events.`);
  out(`Replace every "replace me" text with your council's, remove "fictional": true, then check it with:`);
  out(`  npx ofsted-widgets validate ${file}`);
  return 0;
}

const ELEMENTS = ['timeline', 'scorecard', 'breakdown', 'journey'];
const DEFAULT_RENDER_WIDTH = 720;
const RENDER_OPTIONS = new Set(['--element', '--authority', '--src', '--event', '--width', '--out']);
const SSR_MISSING = 'ofsted-widgets: render needs the optional peer dependency @lit-labs/ssr: install it with '
  + '`npm install --save-dev @lit-labs/ssr`, or run `npx -p ofsted-widgets -p @lit-labs/ssr ofsted-widgets render ...`';

/** `--name value` and `--name=value` pairs, plus `--fragment`; a string when the arguments are wrong. */
function parseRenderArgs(args) {
  const options = { fragment: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--fragment') {
      options.fragment = true;
      continue;
    }
    const [name, inline] = arg.split(/=(.*)/s);
    if (!RENDER_OPTIONS.has(name)) return arg.startsWith('-') ? `unknown option ${arg}` : `unexpected argument ${arg}`;
    const value = inline ?? args[++i];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) return `${name} needs a value`;
    const key = name.slice(2);
    if (key in options) return `${name} is given twice`;
    options[key] = value;
  }
  if (!options.element) return `render needs --element (${ELEMENTS.join(', ')})`;
  if (!ELEMENTS.includes(options.element)) return `unknown element "${options.element}" (expected ${ELEMENTS.join(', ')})`;
  if (options.width === undefined) {
    options.width = DEFAULT_RENDER_WIDTH;
  } else {
    const width = Number(options.width);
    if (!Number.isInteger(width) || width < 200 || width > 4000) return `--width must be a whole number of pixels from 200 to 4000, not "${options.width}"`;
    options.width = width;
  }
  return options;
}

/** @lit-labs/ssr and lit, or null when the optional peer is not installed (any other failure is thrown). */
async function loadSsr() {
  try {
    const [ssr, result, lit] = await Promise.all([
      import('@lit-labs/ssr'),
      import('@lit-labs/ssr/lib/render-result.js'),
      import('lit'),
    ]);
    return { render: ssr.render, LitElementRenderer: ssr.LitElementRenderer, collectResult: result.collectResult, html: lit.html, nothing: lit.nothing };
  } catch (error) {
    if (error.code === 'ERR_MODULE_NOT_FOUND' && /@lit-labs\/ssr/.test(error.message)) return null;
    throw error;
  }
}

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The element with its dataset as the `data` property (SSR renders synchronously, so it cannot wait for a load),
 * the table open and no download buttons. `authority` or `src` is kept on the tag so that a page which does load
 * the script later shows the same data when the element renders again in the browser.
 */
function elementTemplate(lit, element, dataset, options, defaultAuthority) {
  const { html, nothing } = lit;
  const event = options.event ?? nothing;
  const src = options.src ?? nothing;
  const authority = options.src ? nothing : (options.authority ?? defaultAuthority);
  switch (element) {
    case 'timeline':
      return html`<ofsted-timeline .data=${dataset} authority=${authority} src=${src} event=${event} show-table no-export></ofsted-timeline>`;
    case 'scorecard':
      return html`<ofsted-scorecard .data=${dataset} authority=${authority} src=${src} event=${event} show-table no-export></ofsted-scorecard>`;
    case 'breakdown':
      return html`<ofsted-breakdown .data=${dataset} authority=${authority} src=${src} event=${event} show-table no-export></ofsted-breakdown>`;
    default:
      return html`<ofsted-journey .data=${dataset} authority=${authority} src=${src} event=${event}></ofsted-journey>`;
  }
}

function renderDocument(markup, dataset, element) {
  const name = escapeHtml(dataset.authority.name);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ofsted children's services: ${name}</title>
</head>
<body>
<!-- Written by \`ofsted-widgets render --element ${element}\`: readable without JavaScript. To make it interactive,
add <script type="module" src="https://unpkg.com/ofsted-widgets/dist/ofsted-widgets.js"></script> -->
<main>
${markup}
</main>
</body>
</html>
`;
}

async function render(args) {
  const options = parseRenderArgs(args);
  if (typeof options === 'string') return usageError(options);
  const ssr = await loadSsr();
  if (!ssr) {
    err(SSR_MISSING);
    return 2;
  }
  const data = await loadDataLayer();
  if (!data) return 2;

  let dataset;
  if (options.src) {
    dataset = readDatasetFile(options.src, data, err);
    if (!dataset) return 1;
  } else {
    try {
      dataset = await data.loadBundledDataset(options.authority ?? data.DEFAULT_AUTHORITY);
    } catch (error) {
      if (error?.kind !== 'unknown-authority') throw error;
      return usageError(`${error.message} (ofsted-widgets list shows every authority; for another dataset use --src <file.json>)`);
    }
  }
  if (options.event && !dataset.events.some((event) => event.id === options.event)) {
    err(`ofsted-widgets: no event "${options.event}" in ${dataset.authority.name}'s data (events: ${dataset.events.map((event) => event.id).join(', ')})`);
    return 1;
  }

  // Registers the element (the journey registers the three it composes) in the server's custom element registry.
  await import(new URL(`../dist/${options.element}.js`, import.meta.url).href);
  const { width } = options;
  /** Every ofsted element rendered, the journey's parts too: laid out at --width, table open, no download buttons. */
  class StaticRenderer extends ssr.LitElementRenderer {
    connectedCallback() {
      const element = this.element;
      if (element.localName !== 'ofsted-journey') {
        element.showTable = true;
        element.noExport = true;
      }
      // The ResizeController's width before any measurement; the browser measures the real one if the script loads.
      if (element.size && typeof element.size.width === 'number') element.size.width = width;
      super.connectedCallback();
    }
  }
  let markup;
  try {
    markup = await ssr.collectResult(ssr.render(elementTemplate(ssr, options.element, dataset, options, data.DEFAULT_AUTHORITY), {
      elementRenderers: [StaticRenderer],
    }));
  } catch (error) {
    err(`ofsted-widgets: could not render <ofsted-${options.element}> for ${dataset.authority.name}: ${error?.message ?? error}`);
    return 1;
  }
  markup = staticMarkup(markup, options.width);
  const output = options.fragment ? `${markup}\n` : renderDocument(markup, dataset, options.element);

  if (options.out) {
    try {
      writeFileSync(options.out, output);
    } catch (error) {
      err(`ofsted-widgets: cannot write ${options.out}: ${error.message}`);
      return 1;
    }
    err(`Wrote ${options.out}: <ofsted-${options.element}> for ${dataset.authority.name}, readable without JavaScript.`);
  } else {
    process.stdout.write(output);
  }
  return 0;
}

/** Prints the authority index, one authority a line, optionally only one region's. */
async function list(args) {
  let region;
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--region' && args[i + 1] !== undefined) region = args[++i];
    else return usageError(args[i] === '--region' ? '--region needs a value' : `unknown option ${args[i]}`);
  }
  const data = await loadDataLayer();
  if (!data) return 2;
  const index = await data.loadAuthorityIndex();
  const regions = [...new Set(index.authorities.map((authority) => authority.region))].sort();
  const wanted = region === undefined ? undefined : regions.find((name) => name.toLowerCase() === region.trim().toLowerCase());
  if (region !== undefined && !wanted) return usageError(`no region "${region}" (regions: ${regions.join(', ')})`);
  const rows = index.authorities.filter((authority) => !wanted || authority.region === wanted);
  const idWidth = Math.max(...rows.map((authority) => authority.id.length));
  const nameWidth = Math.max(...rows.map((authority) => authority.name.length));
  for (const authority of rows) {
    const latest = authority.grade
      ? `${data.gradeLabel(authority.grade)} (${data.formatDateSpan(data.parseDateSpan(authority.date))})`
      : 'no overall grade';
    out(`${authority.id.padEnd(idWidth)}  ${authority.name.padEnd(nameWidth)}  ${authority.region}: ${latest}`);
  }
  out(`${rows.length} authorit${rows.length === 1 ? 'y' : 'ies'}; data to ${index.dataUpTo} (Ofsted's statistics to ${index.statisticsUpTo})`);
  return 0;
}

/**
 * Controls that need JavaScript (the table toggle, the breakdown's filters, the timeline's event chooser and its
 * "choose an event" prompt) are hidden in static output: without the script they would do nothing. The rule lives in
 * each shadow root, so it goes when the script loads and the element renders itself again.
 */
/**
 * The timeline's chart keeps the width it was laid out at (--width) and scrolls sideways inside its element where the
 * column is narrower, rather than shrinking its 12 px labels with the SVG (a chart may scroll in two dimensions; the
 * element scrolls, never the page). The breakdown's bars, positioned in percentages, put their area names above the
 * bars in a narrow column, as the element does when it lays itself out there, so the bars keep the whole width.
 */
const staticOnlyStyle = (width) => '<style>[part="table-toggle"],[part="filters"],p.status,.event-chooser{display:none !important}'
  + `:host{overflow-x:auto;container-type:inline-size}svg[part="chart"]{min-width:${width}px}`
  + '@container (max-width:479px){.bar{grid-template-columns:1fr !important;row-gap:4px}}</style>';

/**
 * Lit's hydration markers (`<!--lit-part …-->`, `<!--lit-node n-->`, `<?>`) are dropped: the elements render
 * afresh rather than hydrate, so the markers would only be noise at the top of a pasted fragment.
 */
function staticMarkup(markup, width) {
  return markup
    .replace(/<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?>/g, '')
    .replaceAll('<template shadowroot="open" shadowrootmode="open">', `<template shadowroot="open" shadowrootmode="open">${staticOnlyStyle(width)}`);
}

function version() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  out(pkg.version);
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
  if (command === 'render') return render(args);
  if (command === 'list') return list(args);
  return usageError(`unknown command ${command}`);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  fail(error);
}

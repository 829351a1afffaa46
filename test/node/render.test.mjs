// `ofsted-widgets render`, run as a user would in a child Node process on the build (dist/): the static HTML
// each element writes through @lit-labs/ssr (summary, open table, SVG), its options and errors, escaping of hostile
// data text, and the output in Debian's Chromium with JavaScript off, then with the script loading it again.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startBrowserPage } from './browser-page.mjs';

const root = new URL('../../', import.meta.url);
const cli = fileURLToPath(new URL('bin/ofsted-widgets.mjs', root));
const barnet = JSON.parse(readFileSync(new URL('data/authorities/barnet.json', root), 'utf8'));

const run = (args, { nodeArgs = [] } = {}) => {
  const result = spawnSync(process.execPath, [...nodeArgs, cli, 'render', ...args], { cwd: dir, encoding: 'utf8' });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

/** The text a reader sees: no styles, tags or comments, entities decoded. */
const text = (html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

const SUMMARIES = {
  timeline:
    "Barnet children's services were judged Inadequate in 2017, Good in 2019 and Good in 2024 (children in care: Outstanding). The 2012 inspection, which gave no overall grade, judged safeguarding Good and looked after children Good.",
  scorecard: "Barnet's 10 to 14 June 2024 inspection judged overall effectiveness Good, the same as in 2019.",
  breakdown:
    "Ofsted's 2024 report on Barnet: 112 strengths and 13 areas for improvement picked from its findings on four judgements; its own list names 4 things to improve.",
  journey:
    "Barnet children's services were judged Inadequate in 2017, Good in 2019 and Good in 2024 (children in care: Outstanding). The 2012 inspection, which gave no overall grade, judged safeguarding Good and looked after children Good.",
};

let dir;
const rendered = {};
before(() => {
  if (!existsSync(new URL('dist/timeline.js', root))) throw new Error('dist/ is missing: run `npm run build` first');
  dir = mkdtempSync(join(tmpdir(), 'ofsted-widgets-render-'));
  for (const element of Object.keys(SUMMARIES)) {
    const result = run(['--element', element, '--authority', 'barnet']);
    assert.equal(result.code, 0, `${element}: ${result.stderr}`);
    rendered[element] = result.stdout;
  }
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('each element renders its summary, the open table and no download buttons, in declarative shadow DOM', () => {
  for (const [element, summary] of Object.entries(SUMMARIES)) {
    const html = rendered[element];
    assert.match(html, /^<!doctype html>\n<html lang="en">/, element);
    assert.match(
      html,
      new RegExp(`<ofsted-${element}[^>]*>\\s*<template shadowroot="open" shadowrootmode="open"><style>`),
      element,
    );
    assert.ok(text(html).includes(summary), `${element} lacks its summary`);
    assert.match(html, /<table>/, element);
    assert.match(html, /part="table-toggle" aria-expanded="true"/, `${element}: the table is not open`);
    assert.doesNotMatch(html, /part="export"/, `${element} has download buttons`);
    assert.match(html, /<title>Ofsted children's services: London Borough of Barnet<\/title>/, element);
  }
});

test('the timeline writes the SVG chart, every event as a table row, at --width with a viewBox', () => {
  const html = rendered.timeline;
  assert.match(html, /<svg part="chart"[^>]*viewBox="0 0 720 \d+" width="720"/);
  assert.equal((html.match(/<tbody>[\s\S]*<\/tbody>/)[0].match(/<tr>/g) ?? []).length, barnet.events.length);
  const words = text(html);
  for (const date of [
    'February 2012 (date inferred)',
    '25 April to 18 May 2017',
    '13 to 24 May 2019',
    '10 to 14 June 2024',
  ]) {
    assert.ok(words.includes(date), `no row dated ${date}`);
  }
  const narrow = run(['--element', 'timeline', '--authority', 'barnet', '--width', '400', '--fragment']);
  assert.equal(narrow.code, 0, narrow.stderr);
  assert.match(narrow.stdout, /<svg part="chart"[^>]*viewBox="0 0 400 \d+"/);
  assert.doesNotMatch(narrow.stdout, /<!doctype|<html|<body/, '--fragment wrote a whole document');
  assert.match(narrow.stdout, /^<ofsted-timeline/, '--fragment does not start with the element');
  assert.doesNotMatch(narrow.stdout, /lit-part|lit-node|<\?>/, "--fragment carries Lit's hydration markers");
});

test('--event selects the event the scorecard shows', () => {
  const { code, stdout, stderr } = run([
    '--element',
    'scorecard',
    '--authority',
    'barnet',
    '--event',
    'inspection-2019',
  ]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /<ofsted-scorecard[^>]* event="inspection-2019"/);
  assert.ok(
    text(stdout).includes("Barnet's 13 to 24 May 2019 inspection judged overall effectiveness Good"),
    text(stdout).slice(0, 400),
  );
});

// Issue 27, item 6: the chart keeps its --width (it does not scale to its container), and a CMS strips the output for
// roles without unfiltered HTML; the CLI says both, truly, where the person running it reads.
test('render says on stderr which width the chart keeps and who can paste the output', () => {
  const { code, stdout, stderr } = run([
    '--element',
    'timeline',
    '--authority',
    'leeds',
    '--fragment',
    '--width',
    '645',
  ]);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /min-width:645px/);
  assert.match(stderr, /keeps the 645 px it was laid out at \(--width\): in a narrower column it scrolls sideways/);
  assert.match(stderr, /Only accounts allowed to post unfiltered HTML .* can paste it/);
  assert.match(stderr, /plugin's block or shortcode/);
});

test('--out writes the file and prints where to stderr, nothing on stdout', () => {
  const file = join(dir, 'timeline.html');
  const { code, stdout, stderr } = run(['--element', 'timeline', '--authority', 'barnet', '--out', file]);
  assert.equal(code, 0, stderr);
  assert.equal(stdout, '');
  assert.match(stderr, /^Wrote .*timeline\.html/);
  assert.equal(readFileSync(file, 'utf8'), rendered.timeline);
});

test('usage errors name the problem, exit 2', () => {
  const cases = [
    [[], /render needs --element/],
    [['--element', 'map'], /unknown element "map"/],
    [['--element', 'timeline'], /render needs --authority <council> \(e\.g\. --authority kent\) or --src <file\.json>/],
    [['--element', 'timeline', '--authority', 'atlantis'], /There is no Ofsted data for a council called "atlantis"/],
    [['--element', 'timeline', '--width', 'wide'], /--width must be a whole number/],
    [['--element', 'timeline', '--colour', 'red'], /unknown option --colour/],
    [['--element'], /--element needs a value/],
  ];
  for (const [args, message] of cases) {
    const { code, stdout, stderr } = run(args);
    assert.match(stderr, message, args.join(' '));
    assert.equal(stdout, '', args.join(' '));
    assert.equal(code, 2, args.join(' '));
  }
});

test('an invalid --src prints each problem with its path, exit 1; a missing file or unknown event too', () => {
  const file = join(dir, 'bad-grade.json');
  const dataset = structuredClone(barnet);
  dataset.events[0].judgements[0].grade = 'superb';
  writeFileSync(file, JSON.stringify(dataset));
  const bad = run(['--element', 'timeline', '--src', file]);
  assert.equal(bad.stdout, '');
  assert.ok(bad.stderr.startsWith(`${file}: events[0].judgements[0].grade: "superb" is not a grade`), bad.stderr);
  assert.equal(bad.code, 1);

  const missing = run(['--element', 'timeline', '--src', join(dir, 'nope.json')]);
  assert.match(missing.stderr, /nope\.json: cannot read the file \(no such file\)/);
  assert.equal(missing.code, 1);

  const event = run(['--element', 'timeline', '--authority', 'barnet', '--event', 'inspection-1999']);
  assert.match(event.stderr, /no event "inspection-1999" in London Borough of Barnet's data/);
  assert.equal(event.code, 1);
});

test('text from the data is escaped: a hostile statement and name stay text', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const dataset = structuredClone(barnet);
  dataset.fictional = true;
  dataset.authority.name = 'Fictional <script>alert(1)</script> council';
  dataset.authority.shortName = '<b>Fictional</b>';
  const latest = dataset.events.find((event) => event.id === 'inspection-2024');
  latest.findings[0].statement = hostile;
  latest.summary = hostile;
  const file = join(dir, 'hostile.json');
  writeFileSync(file, JSON.stringify(dataset));
  for (const event of barnet.events.filter((event) => event.sectionFindings)) copyPickedBeside(dir, event.id);
  for (const element of ['timeline', 'breakdown', 'journey']) {
    const { code, stdout, stderr } = run(['--element', element, '--src', file, '--event', 'inspection-2024']);
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stdout, /<img src=x|<script>alert|<b>Fictional/, element);
    assert.ok(
      text(stdout).includes('Fictional <script>alert(1)</script> council'),
      `${element}: the name is not there`,
    );
    assert.ok(text(stdout).includes('<b>Fictional</b>'), `${element}: the short name is not there`);
    assert.ok(stdout.includes('&lt;img src=x onerror=alert(1)&gt;'), `${element}: the statement is not there, escaped`);
    assert.match(
      stdout,
      new RegExp(`<ofsted-${element}[^>]* src="${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`),
      element,
    );
  }
});

/** Barnet's file of sentences picked from `event`'s report, where the elements look for it beside a --src file in `folder`. */
function copyPickedBeside(folder, event) {
  mkdirSync(join(folder, 'findings', 'barnet'), { recursive: true });
  const name = `findings/barnet/${event}.json`;
  copyFileSync(new URL(`data/${name}`, root), join(folder, name));
}

test('the breakdown and the journey read the picked sentences beside a --src file; a missing one is named, exit 1', () => {
  const folder = mkdtempSync(join(dir, 'src-'));
  const file = join(folder, 'barnet.json');
  writeFileSync(file, JSON.stringify(barnet));
  const picked = JSON.parse(readFileSync(new URL('data/findings/barnet/inspection-2024.json', root), 'utf8'));
  for (const element of ['breakdown', 'journey']) {
    const missing = run(['--element', element, '--src', file]);
    assert.equal(missing.stdout, '', element);
    assert.match(
      missing.stderr,
      /findings[/\\]barnet[/\\]inspection-20\d\d\.json: cannot read the sentences picked from the report/,
    );
    assert.equal(missing.code, 1, element);
  }
  for (const event of barnet.events.filter((event) => event.sectionFindings)) copyPickedBeside(folder, event.id);
  // Another inspection's file where 2024's should be: refused, as the element refuses it.
  const wrong = join(folder, 'findings/barnet/inspection-2024.json');
  writeFileSync(wrong, JSON.stringify({ ...picked, findings: picked.findings.slice(1) }));
  const refused = run(['--element', 'breakdown', '--src', file]);
  assert.match(refused.stderr, /inspection-2024\.json: not the sentences picked from the report of "inspection-2024"/);
  assert.equal(refused.code, 1);
  copyPickedBeside(folder, 'inspection-2024');
  const { code, stdout, stderr } = run(['--element', 'breakdown', '--src', file]);
  assert.equal(code, 0, stderr);
  assert.ok(text(stdout).includes(SUMMARIES.breakdown), text(stdout).slice(0, 300));
  assert.ok(text(stdout).includes(picked.findings.at(-1).statement), 'the last picked sentence is not in the table');
  // The timeline shows no picked sentence, so it reads none: it renders without the files.
  rmSync(join(folder, 'findings'), { recursive: true });
  assert.equal(run(['--element', 'timeline', '--src', file]).code, 0);
});

test('without @lit-labs/ssr: one line saying how to get it, exit 2', () => {
  // A resolve hook that makes the optional peer missing, as in a project that has not installed it.
  const hooks = join(dir, 'no-ssr-hooks.mjs');
  writeFileSync(
    hooks,
    `export async function resolve(specifier, context, next) {
  if (specifier.startsWith('@lit-labs/ssr')) {
    const error = new Error(\`Cannot find package '\${specifier}' imported from \${context.parentURL}\`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return next(specifier, context);
}\n`,
  );
  const register = join(dir, 'no-ssr.mjs');
  writeFileSync(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(new URL(`file://${hooks}`).href)});\n`,
  );
  const { code, stdout, stderr } = run(['--element', 'timeline', '--authority', 'barnet'], {
    nodeArgs: ['--import', register],
  });
  assert.equal(stdout, '');
  assert.equal(stderr.trim().split('\n').length, 1, stderr);
  assert.match(stderr, /@lit-labs\/ssr/);
  assert.match(stderr, /npm install --save-dev @lit-labs\/ssr/);
  assert.equal(code, 2);
});

test(
  'in Chromium: readable with JavaScript off, and re-rendered once, not duplicated, when the script loads',
  { timeout: 60_000 },
  async () => {
    const site = await startBrowserPage();
    try {
      const pageFor = async (html, { javascript }) => {
        const page = await site.browser.newPage();
        const errors = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.setJavaScriptEnabled(javascript);
        if (javascript) {
          await page.evaluateOnNewDocument(() => {
            window.loaded = 0;
            addEventListener('ofsted-data', () => window.loaded++);
          });
        }
        await page.setRequestInterception(true);
        // The rendered document is served from the site's origin, so the CDN file next to it is same-origin.
        page.on('request', (request) =>
          request.url().endsWith('/rendered.html')
            ? request.respond({ status: 200, contentType: 'text/html', body: html })
            : request.continue(),
        );
        await page.goto(`${site.origin}/rendered.html`);
        return { page, errors };
      };
      /** What is in each element's shadow root (the journey's parts through its own). */
      const inspect = (page) =>
        page.evaluate(() => {
          const host = document.querySelector('main > *');
          const elements =
            host.localName === 'ofsted-journey'
              ? [host, ...host.shadowRoot.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown')]
              : [host];
          return elements.map((element) => {
            const shadow = element.shadowRoot;
            const table = shadow?.querySelector('table');
            return {
              tag: element.localName,
              summaries: [...(shadow?.querySelectorAll('[part="summary"]') ?? [])].map((p) => p.textContent.trim()),
              rows: shadow?.querySelectorAll('tbody tr').length ?? 0,
              tableHeight: table ? table.getBoundingClientRect().height : 0,
              charts: shadow?.querySelectorAll('svg[part="chart"]').length ?? 0,
              styled: shadow?.querySelector('.element-heading, .summary')
                ? getComputedStyle(shadow.querySelector('.element-heading, .summary')).fontWeight
                : null,
              // The breakdown's bars, positioned by style attributes written on the server, and its filters' choices.
              segmentWidths: [...(shadow?.querySelectorAll('.segment') ?? [])].map(
                (segment) => segment.getBoundingClientRect().width,
              ),
              filters: [...(shadow?.querySelectorAll('select') ?? [])].map((select) => select.value),
              filterOptions: [...(shadow?.querySelectorAll('select option') ?? [])].map((option) => option.textContent),
              // Controls that do nothing without the script, as a reader sees them (laid out, so visible).
              deadControls: [...(shadow?.querySelectorAll('button, select, p.status') ?? [])]
                .filter((control) => control.getClientRects().length > 0 && !control.matches('button.bar'))
                .map((control) => control.textContent.trim().slice(0, 40)),
            };
          });
        });

      for (const element of ['timeline', 'breakdown', 'journey']) {
        const { page, errors } = await pageFor(rendered[element], { javascript: false });
        const [host, ...parts] = await inspect(page);
        const shown = element === 'journey' ? parts.find((part) => part.tag === 'ofsted-timeline') : host;
        assert.deepEqual(shown.summaries, [SUMMARIES[element]], element);
        assert.ok(shown.rows > 0 && shown.tableHeight > 0, `${element}: the table is not shown`);
        assert.equal(shown.styled, '700', `${element}: the styles did not apply`);
        if (element !== 'breakdown') assert.equal(shown.charts, 1, element);
        if (element !== 'timeline') {
          // Barnet 2024's picked sentences, a file of their own, read by the render: leadership's strengths; help and
          // protection, children in care, care leavers: strengths and improvements.
          const breakdown = [host, ...parts].find((part) => part.tag === 'ofsted-breakdown');
          assert.equal(breakdown.segmentWidths.length, 7, `${element}: the breakdown's bars`);
          assert.ok(
            breakdown.segmentWidths.every((width) => width > 0),
            `${element}: bars not drawn`,
          );
          assert.deepEqual(breakdown.filters, ['', ''], 'the filters do not show "all"');
        }
        if (element === 'journey')
          assert.deepEqual(
            parts.map((part) => part.tag),
            ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown'],
          );
        for (const part of [host, ...parts])
          assert.deepEqual(part.deadControls, [], `${part.tag}: controls that need JavaScript are shown`);
        assert.deepEqual(errors, []);
        await page.close();
      }

      // Issue 23: the static breakdown (alone and in the journey) has the rows, bars and counts the live element shows
      // once it has loaded the picked sentences of the inspection (Leeds 2025: a file of its own the render reads).
      for (const element of ['breakdown', 'journey']) {
        const result = run(['--element', element, '--authority', 'leeds']);
        assert.equal(result.code, 0, result.stderr);
        const breakdownOf = async (html, javascript) => {
          const { page, errors } = await pageFor(html, { javascript });
          if (javascript) {
            await page.waitForFunction(() => window.loaded > 0, { timeout: 10_000 });
            // Then the picked sentences' file and every step of the table (aria-busy goes false when it is whole).
            await page.waitForFunction(
              () => {
                const host = document.querySelector('main > *');
                const breakdown =
                  host.localName === 'ofsted-breakdown' ? host : host.shadowRoot.querySelector('ofsted-breakdown');
                const shadow = breakdown?.shadowRoot;
                return (
                  shadow?.querySelector('[part="summary"]') &&
                  !shadow.querySelector('[part="loading"]') &&
                  !shadow.querySelector('[aria-busy="true"]')
                );
              },
              { timeout: 10_000 },
            );
          }
          const found = (await inspect(page)).find((part) => part.tag === 'ofsted-breakdown');
          assert.deepEqual(errors, []);
          await page.close();
          const { summaries, rows, segmentWidths, filterOptions } = found;
          return { summaries, rows, bars: segmentWidths.length, filterOptions };
        };
        const server = await breakdownOf(result.stdout, false);
        const live = await breakdownOf(
          result.stdout.replace('</body>', '<script type="module" src="/dist/ofsted-widgets.js"></script>\n</body>'),
          true,
        );
        assert.ok(server.bars > 0, `${element}: no bars in the static breakdown`);
        assert.match(server.summaries[0], /^Ofsted's 2025 report on Leeds: 127 strengths and 4 areas for improvement/);
        if (element === 'journey') server.rows = live.rows; // the journey opens no table of its parts in the browser
        assert.deepEqual(server, live, `${element}: the static breakdown differs from the live one`);
      }

      // Bars positioned by the style attributes written on the server: Barnet 2024 with its picked sentences inline.
      let inlineBreakdown;
      {
        const inline = structuredClone(barnet);
        const latest = inline.events.find((event) => event.id === 'inspection-2024');
        const file = JSON.parse(readFileSync(new URL('data/findings/barnet/inspection-2024.json', root), 'utf8'));
        latest.findings = [...latest.findings, ...file.findings];
        delete latest.sectionFindings;
        const src = join(dir, 'barnet-inline.json');
        writeFileSync(src, JSON.stringify(inline));
        const result = run(['--element', 'breakdown', '--src', src, '--event', 'inspection-2024']);
        assert.equal(result.code, 0, result.stderr);
        inlineBreakdown = result.stdout;
        const { page, errors } = await pageFor(inlineBreakdown, { javascript: false });
        const [shown] = await inspect(page);
        // Leadership: strengths; help and protection, children in care, care leavers: strengths and improvements.
        assert.equal(shown.segmentWidths.length, 7);
        assert.ok(
          shown.segmentWidths.every((width) => width > 0),
          `bars not drawn: ${shown.segmentWidths}`,
        );
        assert.deepEqual(errors, []);
        await page.close();
      }

      // A chart laid out at 720 px and read in a 320 px column keeps its label size and scrolls inside the element.
      {
        const { page, errors } = await pageFor(rendered.timeline, { javascript: false });
        await page.setViewport({ width: 320, height: 800 });
        const narrow = await page.evaluate(() => {
          const shadow = document.querySelector('ofsted-timeline').shadowRoot;
          return {
            labelHeight: shadow.querySelector('.point-label').getBoundingClientRect().height,
            pageWidth: document.documentElement.scrollWidth,
          };
        });
        assert.ok(narrow.labelHeight >= 10, `the chart's labels shrank to ${narrow.labelHeight.toFixed(1)} px high`);
        assert.equal(narrow.pageWidth, 320, 'the static chart widened the page');
        assert.deepEqual(errors, []);
        await page.close();
      }
      // The breakdown laid out at 720 px keeps readable bars in a 320 px column.
      {
        const { page, errors } = await pageFor(inlineBreakdown, { javascript: false });
        await page.setViewport({ width: 320, height: 800 });
        const { trackWidth, pageWidth } = await page.evaluate(() => ({
          trackWidth: document
            .querySelector('ofsted-breakdown')
            .shadowRoot.querySelector('.track')
            .getBoundingClientRect().width,
          pageWidth: document.documentElement.scrollWidth,
        }));
        assert.ok(trackWidth >= 200, `the bars have ${trackWidth.toFixed(0)} px of a 320 px column`);
        assert.equal(pageWidth, 320, 'the static breakdown widened the page');
        assert.deepEqual(errors, []);
        await page.close();
      }

      // The same document with the CDN script: each element renders itself again, replacing the static copy.
      for (const element of ['timeline', 'journey']) {
        const html = rendered[element].replace(
          '</body>',
          '<script type="module" src="/dist/ofsted-widgets.js"></script>\n</body>',
        );
        const { page, errors } = await pageFor(html, { javascript: true });
        // The element fires ofsted-data once it shows the data it loaded itself; then give its parts a frame.
        await page.waitForFunction(() => window.loaded > 0, { timeout: 10_000 });
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const found = await inspect(page);
        const timeline = found.find((part) => part.tag === 'ofsted-timeline');
        assert.deepEqual(timeline.summaries, [SUMMARIES.timeline], `${element}: the content is duplicated or missing`);
        assert.equal(timeline.charts, 1, element);
        if (element === 'timeline') assert.equal(timeline.rows, barnet.events.length, 'show-table was lost');
        if (element === 'journey') assert.equal(found.length, 4, 'the journey has more or fewer than its three parts');
        assert.deepEqual(errors, []);
        await page.close();
      }
    } finally {
      await site.close();
    }
  },
);

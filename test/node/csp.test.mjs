// Every element under a strict Content-Security-Policy, served as a council page would serve it (a real header),
// in Debian's Chromium: zero `securitypolicyviolation` events, and each element still shows its content.
import { strict as assert } from 'node:assert';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, test } from 'node:test';
import puppeteer from 'puppeteer-core';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";
const root = new URL('../../', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

let server;
let browser;
let origin;

before(async () => {
  server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url, 'http://x').pathname).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = await readFile(join(root, path));
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'content-security-policy': CSP });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test('every element renders under a strict CSP with no violation', async () => {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origin}/test/csp/page.html`);
  await page.waitForFunction(() => window.outcomes.length >= 5, { timeout: 10_000 });
  const result = await page.evaluate(() => {
    const text = (el) => el.shadowRoot?.textContent ?? '';
    const [timeline, scorecard, breakdown, journey, unknown] = document.body.children;
    return {
      violations: window.cspViolations,
      outcomes: window.outcomes.sort(),
      timeline: text(timeline).includes("Barnet children's services were judged Inadequate in 2017"),
      timelineRows: timeline.shadowRoot.querySelectorAll('tbody tr').length,
      scorecard: text(scorecard).includes('Outstanding'),
      breakdown: text(breakdown).includes('22 strengths'),
      journeyParts: journey.shadowRoot.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown').length,
      alert: unknown.shadowRoot.querySelector('[role="alert"]')?.textContent.includes('atlantis'),
      styled: getComputedStyle(timeline.shadowRoot.querySelector('.summary')).fontWeight,
    };
  });
  assert.deepEqual(result.violations, []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(result.outcomes, [
    'ofsted-breakdown: ofsted-data', 'ofsted-journey: ofsted-data', 'ofsted-scorecard: ofsted-data',
    'ofsted-timeline: ofsted-data', 'ofsted-timeline: ofsted-error',
  ]);
  assert.equal(result.timeline, true);
  assert.equal(result.timelineRows, 13);
  assert.equal(result.scorecard, true);
  assert.equal(result.breakdown, true);
  assert.equal(result.journeyParts, 3);
  assert.equal(result.alert, true);
  // The shadow styles applied: adopted style sheets are allowed where inline <style> would not be.
  assert.equal(result.styled, '700');
  await page.close();
});

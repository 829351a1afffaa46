// Every element under a strict Content-Security-Policy, served as a council page would serve it (a real header),
// in Debian's Chromium: zero `securitypolicyviolation` events, and each element still shows its content.
import { strict as assert } from 'node:assert';
import { after, before, test } from 'node:test';
import { startBrowserPage } from './browser-page.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

let site;
before(async () => (site = await startBrowserPage({ headers: { 'content-security-policy': CSP } })));
after(() => site?.close());

test('every element renders under a strict CSP with no violation', async () => {
  const page = await site.browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${site.origin}/test/csp/page.html`);
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
      breakdown: text(breakdown).includes('101 strengths'),
      journeyParts: journey.shadowRoot.querySelectorAll('ofsted-timeline, ofsted-scorecard, ofsted-breakdown').length,
      alert: unknown.shadowRoot.querySelector('[role="alert"]')?.textContent.includes('atlantis'),
      styled: getComputedStyle(timeline.shadowRoot.querySelector('.element-heading')).fontWeight,
    };
  });
  assert.deepEqual(result.violations, []);
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(result.outcomes, [
    'ofsted-breakdown: ofsted-data',
    'ofsted-journey: ofsted-data',
    'ofsted-scorecard: ofsted-data',
    'ofsted-timeline: ofsted-data',
    'ofsted-timeline: ofsted-error',
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

// Issue 27, item 5: the PNG is drawn through a blob: image, which this CSP (img-src falls back to 'self') blocks. The
// reader who pressed the button is told so under it, not left with nothing happening.
test('a PNG download blocked by the CSP says so in place', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.origin}/test/csp/page.html`);
  await page.waitForFunction(() => window.outcomes.length >= 5, { timeout: 10_000 });
  await page.evaluate(async () => {
    const root = document.querySelector('ofsted-timeline').shadowRoot;
    root.querySelector('details.export').open = true;
    root.querySelector('button[data-format="png"]').click();
  });
  const problem = await page.waitForFunction(
    () => {
      const shown = document
        .querySelector('ofsted-timeline')
        .shadowRoot.querySelector('details.export .export-problem');
      return shown?.textContent && shown.checkVisibility()
        ? { text: shown.textContent, live: shown.getAttribute('aria-live') }
        : null;
    },
    { timeout: 10_000 },
  );
  const { text, live } = await problem.jsonValue();
  assert.equal(live, 'assertive', 'said to screen reader users as it appears');
  assert.match(text, /PNG could not be made.*Content-Security-Policy needs blob: in img-src/);
  await page.close();
});

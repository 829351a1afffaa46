/**
 * Issue 13, item 5, and issue 24: on a page that enforces Trusted Types without allowing Lit's policy name, or that
 * has already made a policy of that name, Lit's module throws as the CDN file loads, so no element is defined (Lit is
 * not patched). Each element already in the page says so in place, naming the policy to allow, and fires
 * `ofsted-error`; the console has one error of ours. Each page here is an iframe with its own Content-Security-Policy
 * loading the built file (run `npm run build` first).
 */
import { expect, waitUntil } from '@open-wc/testing';

interface FramePage extends Window {
  pageErrors: string[];
  outcomes: string[];
  consoleErrors: string[];
}

const CDN_FILE = '/dist/ofsted-widgets.js';

/** An iframe page with `policy` as its CSP, `before` run before the bundle, and a timeline and a scorecard. */
async function framePage(policy: string, before = ''): Promise<{ frame: HTMLIFrameElement; page: FramePage }> {
  const frame = document.createElement('iframe');
  frame.style.width = '640px';
  frame.srcdoc = `<!doctype html><html lang="en"><head>
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <script>
      window.pageErrors = [];
      window.outcomes = [];
      window.consoleErrors = [];
      const consoleError = console.error;
      console.error = (...args) => { consoleErrors.push(args.join(' ')); consoleError(...args); };
      addEventListener('error', (event) => pageErrors.push(event.message));
      addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
      for (const type of ['ofsted-data', 'ofsted-error']) document.addEventListener(type, (event) => outcomes.push(event.target.localName + ': ' + type));
      ${before}
    </script>
    <script type="module" src="${new URL(CDN_FILE, location.href).href}"></script>
  </head><body><ofsted-timeline authority="barnet"></ofsted-timeline><ofsted-scorecard authority="barnet"></ofsted-scorecard></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, page: frame.contentWindow as FramePage };
}

const shown = (page: FramePage, tag: string) => {
  const root = page.document.querySelector(tag)?.shadowRoot;
  return {
    alert: root?.querySelector('[role="alert"]')?.textContent ?? '',
    summary: root?.querySelector('[part="summary"]')?.textContent ?? '',
  };
};

describe('a page that enforces Trusted Types', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  const cases = [
    ['whose allow-list omits lit-html', "require-trusted-types-for 'script'; trusted-types council-policy", ''],
    [
      'that made a lit-html policy already',
      "require-trusted-types-for 'script'; trusted-types lit-html",
      "trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });",
    ],
  ] as const;

  for (const [name, policy, before] of cases) {
    it(`${name}: each element says in place which policy name to allow, with one ofsted-error and one console error`, async function () {
      this.timeout(20_000);
      const opened = await framePage(policy, before);
      frame = opened.frame;
      const { page } = opened;
      await waitUntil(() => page.outcomes.length >= 2, 'both elements report', { timeout: 8000 });
      expect(page.customElements.get('ofsted-timeline'), 'Lit could not run, so nothing is defined').to.equal(
        undefined,
      );
      expect(page.pageErrors.join(), 'what the page hears is the browser refusing the policy').to.contain('"lit-html"');
      expect(page.consoleErrors).to.have.length(1);
      expect(page.consoleErrors[0]).to.contain('must allow the policy name "lit-html"');
      expect([...page.outcomes].sort()).to.deep.equal([
        'ofsted-scorecard: ofsted-error',
        'ofsted-timeline: ofsted-error',
      ]);
      for (const tag of ['ofsted-timeline', 'ofsted-scorecard']) {
        const { alert } = shown(page, tag);
        expect(alert, tag).to.contain('The Ofsted data could not be shown.');
        expect(alert, tag).to.contain('must allow the policy name "lit-html" (trusted-types lit-html');
      }
    });
  }

  it('that allows lit-html, as the README says: every element renders', async function () {
    this.timeout(20_000);
    const opened = await framePage("require-trusted-types-for 'script'; trusted-types lit-html");
    frame = opened.frame;
    const { page } = opened;
    await waitUntil(() => page.outcomes.length >= 2, 'both elements report', { timeout: 8000 });
    expect(page.pageErrors).to.deep.equal([]);
    expect(page.consoleErrors).to.deep.equal([]);
    expect([...page.outcomes].sort()).to.deep.equal(['ofsted-scorecard: ofsted-data', 'ofsted-timeline: ofsted-data']);
    expect(shown(page, 'ofsted-timeline').summary).to.contain("Barnet children's services were judged");
  });
});

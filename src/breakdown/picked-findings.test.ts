/**
 * Issue 23, items 4 and 5: the breakdown opens the scorecard's inspection, tells its story judgement by judgement from
 * the sentences picked from its report, and fetches those sentences (a file of their own) only when it shows that
 * inspection. Every dataset here is FICTIONAL; the files are served to the page by a stand-in for fetch.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { OfstedErrorEventDetail } from '../shared/dataset-controller.js';
import { alertText, captureConsoleErrors, clean, mountElement, texts } from '../test-support/mount.js';
import { barButton, barsSeen, panelOf, useBreakdownMount } from '../test-support/breakdown-harness.js';
import { fictionalPicked, fictionalPickedFile, fictionalPickedInFile } from '../fixtures/datasets.js';
import '../index.js';

const { container, mount } = useBreakdownMount();

const DATASET_URL = 'https://fictional.example/data/westbrook.json';
const FILE_URL = 'https://fictional.example/data/findings/westbrook-fictional/inspection-2024.json';

/** Marks a file as not there: the stand-in answers 404. */
const MISSING = Symbol('missing');

/** Serves `files` by address in place of the network for each test of the calling suite, and records what was asked for. */
function serveFiles(files: () => Record<string, unknown>): { readonly requested: string[] } {
  const record = { requested: [] as string[] };
  let realFetch: typeof fetch;
  beforeEach(() => {
    record.requested = [];
    realFetch = globalThis.fetch;
    globalThis.fetch = async (input) => {
      const url = String(input);
      const served = files();
      record.requested.push(url);
      return url in served && served[url] !== MISSING
        ? new Response(JSON.stringify(served[url]))
        : new Response('', { status: 404, statusText: 'Not Found' });
    };
  });
  afterEach(() => (globalThis.fetch = realFetch));
  return record;
}

describe('<ofsted-breakdown> tells the story of an inspection from its report', () => {
  it('opens the inspection the scorecard shows, says why it has no findings, and offers the latest that has', async () => {
    const { el, root } = await mount({ data: fictionalPicked });
    expect(texts(root, '.title')).to.deep.equal(['Fictional inspection with no report in the data']);
    expect(texts(root, '.status')[0]).to.equal(
      'This data holds no findings from this inspection: no report of it has been read into the data; its dates and grades come from Fictional notes (invented for testing; not a real document).',
    );
    const scorecard = await mountElement(container.element, 'ofsted-scorecard', { data: fictionalPicked });
    expect(clean(scorecard.root.textContent)).to.contain('2 to 6 February 2026');
    scorecard.el.remove();
    const offer = root.querySelector<HTMLButtonElement>('button.offer')!;
    expect(clean(offer.textContent)).to.equal('Show the findings of the inspection of 4 to 15 March 2024');
    offer.click();
    await el.updateComplete;
    expect(el.event).to.equal('inspection-2024');
    expect(texts(root, '.title')).to.deep.equal(['Fictional ILACS inspection with sentences picked from its report']);
    expect(root.activeElement).to.equal(root.querySelector('.header'));
  });

  it("draws one row per judgement in the report's order, with its grade, and says the kinds were picked", async () => {
    const { root } = await mount({ data: fictionalPicked, event: 'inspection-2024' });
    expect(texts(root, '[part="summary"]')).to.deep.equal([
      "Ofsted's 2024 report on Westbrook (fictional): 33 strengths and 9 areas for improvement picked from its findings on five judgements; its own list names 2 things to improve.",
    ]);
    expect(texts(root, '.note')[0]).to.equal(
      "Picked from the report's findings on each judgement; read the report for the whole picture. Read the report (opens in a new tab).",
    );
    expect(root.querySelector<HTMLAnchorElement>('.note a')!.href).to.equal(
      'https://example.org/fictional-report-2024',
    );
    expect(barsSeen(root)).to.deep.equal([
      ['Overall effectiveness', 'strength 2'],
      ['The impact of leaders on social work practice with children and families', 'strength 9', 'improvement 2'],
      ['The experiences and progress of children who need help and protection', 'strength 4', 'improvement 6'],
      ['The experiences and progress of children in care', 'strength 11', 'improvement 1'],
      ['The experiences and progress of care leavers', 'strength 7'],
    ]);
    expect(texts(root, '.area-grade')).to.deep.equal([
      ', judged Good',
      ', judged Good',
      ', judged Requires improvement to be good',
      ', judged Good',
      ', judged Outstanding',
    ]);
  });

  it('puts every statement one click away with its paragraph number and the report', async () => {
    const { el, root } = await mount({ data: fictionalPicked, event: 'inspection-2024' });
    const button = barButton(root, 'help-and-protection');
    button.click();
    await el.updateComplete;
    const panel = panelOf(root, button);
    expect(texts(panel, '.quoted').slice(0, 2)).to.deep.equal([
      'Fictional strength 1 in the section on help-and-protection.',
      'Fictional strength 2 in the section on help-and-protection.',
    ]);
    expect(texts(panel, '.statement-source')[0]).to.equal(
      'Source: Inspection of Westbrook local authority children’s services (FICTIONAL report, invented for testing) (opens in a new tab) (ofsted-widgets test fixtures, 20 May 2024), paragraph 24',
    );
  });

  it("shows Ofsted's own list as a list of its own, each item whole with its sub-items on lines of their own", async () => {
    const { root } = await mount({ data: fictionalPicked, event: 'inspection-2024' });
    expect(texts(root, '.list-heading')).to.deep.equal(["What needs to improve: Ofsted's own list"]);
    const items = [...root.querySelectorAll('[part="list"] > li .quoted')];
    expect(items.map((item) => item.textContent)).to.deep.equal([
      'Fictional: the timeliness of assessments for children in need of help.',
      'Fictional: the quality of supervision, including:\n- how often it happens\n- what it records',
    ]);
    expect(getComputedStyle(items[1]!).whiteSpace).to.equal('pre-line');
    expect(root.querySelectorAll('[part="chart"] .quoted.list-item')).to.have.length(0);
  });

  it("keeps Ofsted's list closed behind a button naming its count, so a long list never sets the element's height", async () => {
    const { el, root } = await mount({ data: fictionalPicked, event: 'inspection-2024' });
    const disclosure = root.querySelector<HTMLDetailsElement>('[part="list-disclosure"]')!;
    expect(disclosure.open).to.equal(false);
    expect(disclosure.querySelector('summary')!.textContent).to.equal('Show the list (2 items)');
    const closed = el.getBoundingClientRect().height;
    disclosure.querySelector('summary')!.click();
    await el.updateComplete;
    expect(disclosure.open).to.equal(true);
    expect(el.getBoundingClientRect().height).to.be.above(closed);
  });
});

describe('<ofsted-breakdown> fetches the sentences picked from a report only when it shows that inspection', () => {
  const consoleErrors = captureConsoleErrors();
  const files: Record<string, unknown> = {};
  const network = serveFiles(() => ({
    [DATASET_URL]: fictionalPickedInFile,
    [FILE_URL]: fictionalPickedFile,
    ...files,
  }));
  afterEach(() => {
    for (const key of Object.keys(files)) delete files[key];
  });

  it('a timeline or a scorecard fetches none of it', async () => {
    for (const tag of ['ofsted-timeline', 'ofsted-scorecard'] as const) {
      const { el } = await mountElement(container.element, tag, { src: DATASET_URL, event: 'inspection-2024' });
      el.remove();
    }
    expect(network.requested).to.deep.equal([DATASET_URL, DATASET_URL]);
  });

  it('the breakdown fetches the file beside its src once, validates it, and draws its sentences', async () => {
    const { el, root } = await mount({ src: DATASET_URL, event: 'inspection-2024' });
    await waitUntil(() => barsSeen(root).length > 0, 'the picked sentences are drawn');
    expect(network.requested).to.deep.equal([DATASET_URL, FILE_URL]);
    expect(barsSeen(root)[1]).to.deep.equal([
      'The impact of leaders on social work practice with children and families',
      'strength 9',
      'improvement 2',
    ]);
    expect(texts(root, '[part="summary"]')[0]).to.contain('on five judgements');
    expect(root.querySelector('[part="loading"]')).to.equal(null);
    expect(consoleErrors.calls).to.deep.equal([]);
    el.remove();
  });

  it('the journey hands its breakdown the dataset, and the breakdown finds the file beside it', async () => {
    const { root } = await mountElement(container.element, 'ofsted-journey', {
      src: DATASET_URL,
      event: 'inspection-2024',
    });
    const breakdown = root.querySelector('ofsted-breakdown')!;
    await waitUntil(() => barsSeen(breakdown.shadowRoot!).length === 5, 'the journey draws the picked sentences');
    expect(network.requested.filter((url) => url === FILE_URL)).to.have.length(1);
  });

  const hostile: Record<string, [unknown, string]> = {
    'a kind Ofsted printed as a list': [
      {
        ...fictionalPickedFile,
        findings: fictionalPickedFile.findings.map((f, i) => (i === 0 ? { ...f, kind: 'recommendation' } : f)),
      },
      'findings[0].kind: "recommendation" is not a kind picked from a judgement section (expected strength or improvement)',
    ],
    'another authority': [
      { ...fictionalPickedFile, authority: 'barnet' },
      'authority: "barnet" is not the dataset\'s authority ("westbrook-fictional")',
    ],
    'a count the dataset does not give': [
      { ...fictionalPickedFile, findings: fictionalPickedFile.findings.slice(1) },
      'findings: "32 strengths and 9 areas for improvement" differ from the dataset\'s count for this event (33 and 9)',
    ],
    'a statement too long': [
      {
        ...fictionalPickedFile,
        findings: [
          { ...fictionalPickedFile.findings[0]!, statement: 'x'.repeat(20_000) },
          ...fictionalPickedFile.findings.slice(1),
        ],
      },
      'findings[0].statement: 20,000 characters, more than the 10,000 allowed in one text',
    ],
    'not an object': [[], '(root): [] is not an object'],
  };
  for (const [name, [file, issue]] of Object.entries(hostile)) {
    it(`a file with ${name} is said in place, once in the console and as ofsted-error; the rest still shows`, async () => {
      files[FILE_URL] = file;
      const errors: OfstedErrorEventDetail[] = [];
      container.element.addEventListener('ofsted-error', (event) =>
        errors.push((event as CustomEvent<OfstedErrorEventDetail>).detail),
      );
      const { root } = await mount({ src: DATASET_URL, event: 'inspection-2024' });
      await waitUntil(() => root.querySelector('[role="alert"]'), 'the problem is said in place');
      expect(alertText(root)).to.contain('The sentences picked from this report could not be shown.');
      expect(root.querySelectorAll('[part="list"] > li')).to.have.length(2);
      await waitUntil(() => errors.length > 0, 'ofsted-error');
      expect(errors.map((detail) => detail.issues.map((i) => i.message))).to.deep.equal([[issue]]);
      expect(consoleErrors.calls).to.have.length(1);
    });
  }

  it('a file that is missing is said in place', async () => {
    files[FILE_URL] = MISSING;
    const { root } = await mount({ src: DATASET_URL, event: 'inspection-2024' });
    await waitUntil(() => root.querySelector('[role="alert"]'), 'the problem is said in place');
    expect(alertText(root)).to.contain('could not be shown');
  });
});

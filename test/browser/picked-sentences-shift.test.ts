/**
 * The sentences picked from a report arrive after the council's file (a file of their own, fetched when the breakdown
 * shows that inspection): drawing them must not move the page. A breakdown, and a journey that holds one, sit between
 * paragraphs in a page tall enough to show them whole; the sentences' file is held until the breakdown has painted
 * its loading state. Layout shifts are summed from the element's first drawing (or, with the paste's reserved room,
 * from the page's first paint) until the sentences are drawn.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import type { AxeResults } from 'axe-core';
import { barsSeen } from '../../src/test-support/breakdown-harness.js';
import { clean, texts } from '../../src/test-support/mount.js';
import '../../src/index.js';

/** A stand-in host: its council files are the package's, its sentences' files are held until released. */
const HOST = 'https://shift.example/data/';

type Updating = HTMLElement & { updateComplete: Promise<unknown> };
type Shift = PerformanceEntry & {
  value: number;
  sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
};

/** What moved, for the failure message: "LI.bar-item 0,120 → 0,160". */
const describeSource = ({ node, previousRect: from, currentRect: to }: Shift['sources'][number]) =>
  `${node?.nodeName ?? '?'}${node instanceof Element && node.className ? `.${String(node.className).trim().replace(/\s+/g, '.')}` : ''} ${from.x},${from.y} → ${to.x},${to.y}`;

const frames = async (count = 2) => {
  for (let i = 0; i < count; i++) await new Promise(requestAnimationFrame);
};

/** The `style` the paste in examples/paste/<tag>.html gives its tag: the room it reserves. */
async function pasteStyle(tag: string): Promise<string> {
  const paste = await (await fetch(`/examples/paste/${tag.replace('ofsted-', '')}.html`)).text();
  return new RegExp(`<${tag}[^>]*style="([^"]+)"`).exec(paste)![1]!;
}

/** Every breakdown in `root`, the journey's included. */
function breakdowns(root: Element): Element[] {
  if (root.localName === 'ofsted-breakdown') return [root];
  return [...(root.shadowRoot?.querySelectorAll('ofsted-breakdown') ?? [])];
}

const loadingNote = (el: Element) =>
  breakdowns(el).some((breakdown) => breakdown.shadowRoot?.querySelector('[part="loading"]'));

/** Serves HOST in place of the network: council files as they are, sentences' files only once released. */
function standInHost() {
  const realFetch = window.fetch;
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  window.fetch = async (input, init) => {
    const url = String(input);
    if (!url.startsWith(HOST)) return realFetch(input, init);
    const path = url.slice(HOST.length);
    if (!path.startsWith('findings/')) return realFetch(`/data/authorities/${path}`, init);
    asked += 1;
    await held;
    return realFetch(`/data/${path}`, init);
  };
  return { asked: () => asked, release, restore: () => (window.fetch = realFetch) };
}

/**
 * Mounts `tag` for `authority` at a page `width` px wide, with `style` on the tag; returns the layout shifts seen while
 * the sentences arrive (from the page's first paint when `fromFirstPaint`), and how far the text after it moved.
 */
async function shiftsWhileSentencesArrive(
  tag: 'ofsted-breakdown' | 'ofsted-journey',
  authority: string,
  { width, style = '', fromFirstPaint = false }: { width: number; style?: string; fromFirstPaint?: boolean },
) {
  await setViewport({ width, height: 4000 });
  const host = standInHost();
  const page = document.createElement('div');
  page.innerHTML = `<p>Text the page puts before the element.</p><${tag} src="${HOST}${authority}.json" style="${style}"></${tag}><p>Text the page puts after the element.</p>`;
  const el = page.querySelector<Updating>(tag)!;
  const after = page.querySelector('p:last-child')!;
  const shifts: Shift[] = [];
  const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as Shift[])));
  observer.observe({ type: 'layout-shift', buffered: true });
  let start = performance.now();
  document.body.append(page);
  try {
    await waitUntil(() => host.asked() > 0 && loadingNote(el), `${tag} loading the picked sentences`);
    await frames(3);
    if (!fromFirstPaint) start = performance.now();
    const top = after.getBoundingClientRect().top;
    host.release();
    await waitUntil(() => !loadingNote(el), `${tag} drawing the picked sentences`);
    await el.updateComplete;
    await frames(3);
    shifts.push(...(observer.takeRecords() as Shift[]));
    // Resizing the viewport marks the next half second's shifts `hadRecentInput`; no one types here, so all count.
    const seen = shifts.filter((entry) => entry.startTime >= start);
    return {
      shift: seen.reduce((sum, entry) => sum + entry.value, 0),
      moves: seen.flatMap((entry) => entry.sources.map(describeSource)),
      moved: after.getBoundingClientRect().top - top,
    };
  } finally {
    observer.disconnect();
    host.restore();
    page.remove();
  }
}

describe('The picked sentences arrive without moving the page', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const tag of ['ofsted-breakdown', 'ofsted-journey'] as const) {
    for (const authority of ['leeds', 'halton', 'barnet']) {
      for (const width of [375, 1280]) {
        it(`<${tag}> for ${authority} at ${width}px: nothing moves from its first drawing`, async () => {
          const seen = await shiftsWhileSentencesArrive(tag, authority, { width });
          expect(seen).to.deep.equal({ shift: 0, moves: [], moved: 0 });
        });

        // A journey is taller than a screen: its paste's room is less than any council's (test/node/reserved-room), so
        // it grows below the fold as it is first drawn; from then on nothing may move.
        const fromFirstPaint = tag === 'ofsted-breakdown';
        it(`<${tag}> for ${authority} at ${width}px in the paste's reserved room: nothing moves from ${fromFirstPaint ? 'the first paint' : 'its first drawing'}`, async () => {
          const style = await pasteStyle(tag);
          const seen = await shiftsWhileSentencesArrive(tag, authority, { width, style, fromFirstPaint });
          expect(seen).to.deep.equal({ shift: 0, moves: [], moved: 0 });
        });
      }
    }
  }
});

describe('While the picked sentences load', () => {
  it('the breakdown shows a row per judgement with its grade, not yet choosable, under the loading note, and the summary it keeps', async () => {
    const host = standInHost();
    const el = document.createElement('ofsted-breakdown');
    el.src = `${HOST}leeds.json`;
    document.body.append(el);
    try {
      const root = el.shadowRoot!;
      await waitUntil(() => host.asked() > 0 && root.querySelector('[part="loading"]'), 'loading the picked sentences');
      const summary = texts(root, '[part="summary"]');
      expect(summary[0]).to.contain('picked from its findings on four judgements');
      expect(texts(root, '[part="loading"]')).to.deep.equal(['Loading the sentences picked from the report…']);
      const rows = [...root.querySelectorAll<HTMLElement>('li.awaited')];
      expect(rows.map((row) => clean(row.textContent))).to.deep.equal([
        'The impact of leaders on social work practice with children and families, judged Outstanding',
        'The experiences and progress of children who need help and protection, judged Good',
        'The experiences and progress of children in care, judged Outstanding',
        'The experiences and progress of children care leavers, judged Outstanding',
      ]);
      expect(rows.every((row) => row.inert)).to.equal(true);
      expect(root.querySelector('.key-row')!.classList.contains('awaited')).to.equal(true);
      expect(await axeViolations(el)).to.deep.equal([]);
      host.release();
      await waitUntil(() => barsSeen(root).length === 4, 'the picked sentences are drawn');
      expect(texts(root, '[part="summary"]')).to.deep.equal(summary);
      expect(root.querySelectorAll('li.awaited, .key-row.awaited, [part="loading"]')).to.have.length(0);
    } finally {
      host.restore();
      el.remove();
    }
  });
});

/** axe's WCAG 2.x A and AA violations in `element`, as the accessibility tests run it. */
async function axeViolations(element: Element): Promise<string[]> {
  const results: AxeResults = await window.axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    resultTypes: ['violations'],
  });
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.html}`));
}

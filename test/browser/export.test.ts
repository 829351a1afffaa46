import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { fictionalAllGrades } from '../../src/fixtures/datasets.js';
import { mountElement, useContainer } from '../../src/test-support/mount.js';
import { timelineSettled } from '../../src/test-support/timeline-harness.js';

const container = useContainer();

type Tag = 'ofsted-timeline' | 'ofsted-scorecard' | 'ofsted-breakdown';

/** Mounts an element; the timeline waits for its measured width so the chart is drawn at 640px. */
const mount = <T extends Tag>(tag: T, inputs: Partial<HTMLElementTagNameMap[T]> = {}) =>
  mountElement(container.element, tag, { authority: 'barnet', ...inputs } as Partial<HTMLElementTagNameMap[T]>, {
    settled: tag === 'ofsted-timeline' ? timelineSettled(640) : undefined,
  });

/** Clicks the export button with this accessible name and resolves with the download's file name and content. */
async function downloadFrom(root: ShadowRoot, name: string): Promise<{ filename: string; blob: Blob }> {
  const button = [...root.querySelectorAll<HTMLButtonElement>('[part="export"] button')].find(
    (b) => b.textContent!.trim() === name,
  );
  expect(button, name).to.exist;
  let link: HTMLAnchorElement | undefined;
  const intercept = (event: Event) => {
    if (!(event.target instanceof HTMLAnchorElement) || !event.target.download) return;
    link = event.target;
    event.preventDefault();
  };
  document.addEventListener('click', intercept, true);
  try {
    button!.click();
    await waitUntil(() => link, `download from "${name}"`);
  } finally {
    document.removeEventListener('click', intercept, true);
  }
  return { filename: link!.download, blob: await (await fetch(link!.href)).blob() };
}

/** RFC 4180 records, enough for the tests: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      records.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  return records;
}

const csvOf = async (root: ShadowRoot) => {
  const what = { 'ofsted-timeline': 'events', 'ofsted-scorecard': 'judgements', 'ofsted-breakdown': 'findings' }[
    (root.host as Element).localName
  ];
  const { filename, blob } = await downloadFrom(root, `Download ${what} as CSV`);
  return { filename, type: blob.type, records: parseCsv(await blob.text()) };
};

describe('Export', () => {
  it('gives each element real, named download buttons in the export part', async () => {
    const { root } = await mount('ofsted-timeline');
    const names = [...root.querySelectorAll('[part="export"] button')].map((b) => b.textContent!.trim());
    expect(names).to.deep.equal(['Download chart as SVG', 'Download chart as PNG', 'Download events as CSV']);
    for (const [tag, what] of [
      ['ofsted-scorecard', 'judgements'],
      ['ofsted-breakdown', 'findings'],
    ] as const) {
      const other = await mount(tag);
      expect(
        [...other.root.querySelectorAll('[part="export"] button')].map((b) => b.textContent!.trim()),
        tag,
      ).to.deep.equal([`Download ${what} as CSV`]);
    }
  });

  it('groups the downloads in one closed "Download" disclosure beside the table toggle, opened and closed by keyboard', async () => {
    const { root } = await mount('ofsted-timeline');
    const controls = root.querySelector('[part="controls"]')!;
    expect([...controls.children].map((child) => child.getAttribute('part'))).to.deep.equal(['table-toggle', 'export']);
    const details = root.querySelector<HTMLDetailsElement>('details[part="export"]')!;
    const summary = details.querySelector('summary')!;
    expect(details.open).to.equal(false);
    expect(summary.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Download chart or events');
    expect(details.querySelector('button')!.checkVisibility(), 'closed: the buttons are not shown').to.equal(false);
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(details.querySelector('button')!.checkVisibility()).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.textContent?.trim()).to.equal('Download chart as SVG');
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(root.activeElement).to.equal(summary);
  });

  it("downloads the timeline's table as CSV: a header and one row per event", async () => {
    const { root } = await mount('ofsted-timeline');
    const { filename, type, records } = await csvOf(root);
    expect(filename).to.equal('barnet-timeline.csv');
    expect(type).to.equal('text/csv;charset=utf-8');
    expect(records[0]).to.deep.equal(['Date', 'Event', 'Kind', 'Judgements', 'Sources', 'Event id']);
    expect(records.map((r) => r[5])).to.include('inspection-2019');
    expect(records).to.have.length(14);
    const row2017 = records.find((r) => r[0] === '25 April to 18 May 2017')!;
    expect(row2017[2]).to.equal('Inspection');
    expect(row2017[3]).to.contain('Overall effectiveness: Inadequate; ');
    expect(row2017[4]).to.have.length.greaterThan(0);
  });

  it('downloads the timeline chart as a standalone SVG with grade words and filled markers', async () => {
    const { root } = await mount('ofsted-timeline');
    const { filename, blob } = await downloadFrom(root, 'Download chart as SVG');
    expect(filename).to.equal('barnet-timeline.svg');
    const doc = new DOMParser().parseFromString(await blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect([...doc.querySelectorAll('.point-label')].map((t) => t.textContent)).to.deep.equal([
      'Inadequate',
      'Good',
      'Good',
    ]);
    const marker = doc.querySelector('.grade-good .marker')!;
    expect(marker.getAttribute('fill')).to.equal('rgb(30, 138, 128)');
    expect(doc.querySelector('[style], [tabindex]')).to.equal(null);
  });

  it('downloads the timeline chart as a PNG', async () => {
    const { root } = await mount('ofsted-timeline');
    const { filename, blob } = await downloadFrom(root, 'Download chart as PNG');
    expect(filename).to.equal('barnet-timeline.png');
    expect(blob.type).to.equal('image/png');
    expect(blob.size).to.be.greaterThan(0);
  });

  it('keeps markup and formulas in data as text in the SVG and CSV', async () => {
    const hostile = structuredClone(fictionalAllGrades);
    hostile.authority.name = '<script>window.hacked=1</script>';
    hostile.events[0]!.title = '=HYPERLINK("http://evil.example","click")';
    const { root } = await mount('ofsted-timeline', { data: hostile });
    const svg = await downloadFrom(root, 'Download chart as SVG');
    const doc = new DOMParser().parseFromString(await svg.blob.text(), 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('script')).to.have.length(0);
    expect(doc.querySelector('title')!.textContent).to.contain('<script>window.hacked=1</script>');
    const { records } = await csvOf(root);
    expect(records[1]![1]).to.equal(`'=HYPERLINK("http://evil.example","click")`);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
  });

  it("downloads the scorecard's judgements as CSV", async () => {
    const { root } = await mount('ofsted-scorecard');
    const { filename, records } = await csvOf(root);
    expect(filename).to.equal('barnet-scorecard.csv');
    expect(records[0]).to.deep.equal(['Judgement', 'Part of', 'Grade', 'Previous grade', 'Change']);
    expect(records).to.have.length(6);
    expect(records[1]!.slice(0, 3)).to.deep.equal(['Overall effectiveness', '', 'Good']);
  });

  it('downloads the breakdown statements the filters show as CSV', async () => {
    const all = await mount('ofsted-breakdown', { event: 'inspection-2019' });
    // The sentences picked from the 2019 report come in a file of their own: the CSV holds them once it has loaded.
    // While they load, the chart already holds a row for each judgement (so their arrival moves nothing): wait for the
    // loading note to go.
    await waitUntil(() => !all.root.querySelector('[part="loading"]'), "the 2019 report's sentences load");
    const every = await csvOf(all.root);
    expect(every.filename).to.equal('barnet-breakdown.csv');
    expect(every.records[0]).to.deep.equal(['Area', 'Kind', 'Statement', 'Source']);
    expect(every.records).to.have.length(1 + 101 + 3 + 4);
    const strengths = await mount('ofsted-breakdown', { event: 'inspection-2019', kind: 'strength' });
    await waitUntil(() => !strengths.root.querySelector('[part="loading"]'), "the 2019 report's sentences load");
    const filtered = await csvOf(strengths.root);
    expect(filtered.records).to.have.length(1 + 101);
    expect(filtered.records.length).to.be.lessThan(every.records.length);
    expect(new Set(filtered.records.slice(1).map((r) => r[1]))).to.deep.equal(new Set(['Strength']));
  });

  it('shows no buttons with no-export', async () => {
    for (const tag of ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown'] as const) {
      container.element.innerHTML = '';
      const { el, root } = await mount(tag);
      expect(root.querySelectorAll('[part="export"]'), tag).to.have.length(1);
      el.setAttribute('no-export', '');
      await el.updateComplete;
      expect(el.noExport, tag).to.equal(true);
      expect(root.querySelectorAll('[part="export"]'), tag).to.have.length(0);
    }
  });
});

import { expect } from '@open-wc/testing';
import bradfordJson from '../../data/authorities/bradford.json';
import barnetJson from '../../data/authorities/barnet.json';
import type { OfstedDataset } from '../data/types.js';
import { fictionalAllGrades } from '../fixtures/datasets.js';
import { clean, mountElement, useContainer } from '../test-support/mount.js';
import { describeCoverage } from './coverage.js';
import '../journey/define.js';

const bradford = bradfordJson as unknown as OfstedDataset;
const barnet = barnetJson as unknown as OfstedDataset;
const container = useContainer();

describe('describeCoverage(dataset)', () => {
  it("says Bradford's inspections run to August 2026 and its visits only from April 2021 to March 2025", () => {
    expect(describeCoverage(bradford)).to.equal(
      "Inspections to August 2026 (Ofsted's statistics to March 2025, then its reports). Monitoring and focused " +
        "visits only from April 2021 to March 2025, the years Ofsted's statistics list: earlier and later visits are not shown.",
    );
  });

  it("leaves visits unmentioned for Barnet's hand-made history, which lists its own earlier ones", () => {
    expect(describeCoverage(barnet)).to.equal(
      "Inspections to August 2026 (Ofsted's statistics to March 2025, then its reports).",
    );
  });

  it('says nothing for a file without coverage (nothing filled in)', () => {
    expect(fictionalAllGrades.coverage).to.equal(undefined);
    expect(describeCoverage(fictionalAllGrades)).to.equal(undefined);
  });
});

describe('the coverage note on each element', () => {
  for (const tag of ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown'] as const) {
    it(`<${tag}> for Bradford says up to when its data runs and which years' visits it shows`, async () => {
      const { root } = await mountElement(container.element, tag, { data: bradford }, { width: 375 });
      const note = root.querySelector('[part="coverage"]');
      expect(clean(note?.textContent)).to.contain('Inspections to August 2026');
      expect(clean(note?.textContent)).to.contain('visits only from April 2021 to March 2025');
      expect(note!.getBoundingClientRect().height, 'shown, not hidden').to.be.above(0);
    });

    it(`<${tag}> with a file that does not say shows no coverage note`, async () => {
      const { root } = await mountElement(container.element, tag, { data: fictionalAllGrades });
      expect(root.querySelector('[part="coverage"]')).to.equal(null);
    });
  }

  it('<ofsted-timeline> puts the note with the chart, before the details and the table button', async () => {
    const { root } = await mountElement(container.element, 'ofsted-timeline', { data: bradford });
    const note = root.querySelector('[part="coverage"]')!;
    const chart = root.querySelector('[part="chart"]')!;
    const details = root.querySelector('[part="details"]')!;
    expect(chart.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(note.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
  });

  it('<ofsted-journey> says it once, under its timeline', async () => {
    const { root } = await mountElement(container.element, 'ofsted-journey', { data: bradford });
    const parts = ['timeline', 'scorecard', 'breakdown'].map((part) => root.querySelector(`[part="${part}"]`)!);
    await Promise.all(parts.map((part) => (part as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
    const shown = parts.filter((part) => {
      const note = part.shadowRoot!.querySelector('[part="coverage"]');
      return note && note.getBoundingClientRect().height > 0;
    });
    expect(shown.map((part) => part.localName)).to.deep.equal(['ofsted-timeline']);
  });
});

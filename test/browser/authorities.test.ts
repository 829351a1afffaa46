// A sample of authorities, one per grade and shape of history, in every element, named each way a web editor might.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { loadAuthorityIndex, type AuthoritySummary } from '../../src/data/index.js';
import { mountElement, useContainer } from '../../src/test-support/mount.js';
import type { OfstedDataEventDetail } from '../../src/shared/dataset-controller.js';

const SAMPLE = [
  'leeds', // outstanding, latest inspection from the scrape (2025)
  'birmingham', // good, inadequate before
  'isles-of-scilly', // inadequate; the statistics leave some grades blank
  'north-northamptonshire', // requires improvement; predecessor's inspections
  'brent', // a 2026 inspection with no overall effectiveness judgement
  'thurrock', // outstanding, no "What needs to improve" list
];
const TAGS = ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey'] as const;
const WAYS: [string, (a: AuthoritySummary) => string][] = [
  ['id', (a) => a.id],
  ['name', (a) => a.name],
  ['ONS code', (a) => a.onsCode],
  ['LA number', (a) => a.laNumber],
  ['Ofsted URN', (a) => a.urn],
  ['short name in capitals', (a) => a.shortName.toUpperCase()],
];

/** The text a reader sees: the journey's is in the shadow roots of the elements it composes. */
async function visibleText(root: ShadowRoot): Promise<string> {
  const parts = [
    ...root.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'ofsted-timeline, ofsted-scorecard, ofsted-breakdown',
    ),
  ];
  await Promise.all(parts.map((part) => part.updateComplete));
  return [root.textContent ?? '', ...parts.map((part) => part.shadowRoot?.textContent ?? '')].join(' ');
}

describe('every element shows any council, however it is named', () => {
  const container = useContainer();

  SAMPLE.forEach((id, i) => {
    TAGS.forEach((tag, j) => {
      const [way, name] = WAYS[(i + j) % WAYS.length]!;
      it(`${tag} shows ${id}, named by its ${way}`, async () => {
        const authority = (await loadAuthorityIndex()).authorities.find((a) => a.id === id)!;
        const value = name(authority);
        const { event, root } = await mountElement(container.element, tag, { authority: value });
        expect(event.type, `${tag} authority="${value}"`).to.equal('ofsted-data');
        expect((event as CustomEvent<OfstedDataEventDetail>).detail.dataset.authority.id).to.equal(id);
        expect(root.querySelectorAll('[role="alert"]'), 'no alert').to.have.length(0);
        expect(await visibleText(root)).to.contain(authority.shortName);
      });
    });
  });
});

/**
 * Issue 27, item 3: text follows the page. An element's text is the size of the text around it (a WordPress theme's
 * 21.8px post text, a sidebar's 12px), the charts' text stays at least 14px, and `--ofsted-font-size` still wins.
 */
import { expect } from '@open-wc/testing';
import { barnet } from '../../src/fixtures/datasets.js';
import '../../src/index.js';

type Tag = 'ofsted-timeline' | 'ofsted-scorecard' | 'ofsted-breakdown' | 'ofsted-journey';
type Element = HTMLElement & { data?: unknown; updateComplete: Promise<unknown> };

/** `tag` drawing Barnet in a paragraph-like box of `fontSize` text (and `style` on the element). */
async function inText(tag: Tag, fontSize: string, style = ''): Promise<{ element: Element; box: HTMLElement }> {
  const box = document.createElement('div');
  box.style.fontSize = fontSize;
  const element = document.createElement(tag) as Element;
  element.setAttribute('style', style);
  element.data = barnet;
  box.append(element);
  document.body.append(box);
  await element.updateComplete;
  return { element, box };
}

const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

describe('text size', () => {
  for (const tag of ['ofsted-timeline', 'ofsted-scorecard', 'ofsted-breakdown', 'ofsted-journey'] as const) {
    it(`<${tag}>'s text is the size of the post's text around it (21.8px)`, async () => {
      const { element, box } = await inText(tag, '21.8px');
      expect(px(element)).to.be.closeTo(21.8, 0.01);
      box.remove();
    });

    it(`<${tag}> takes --ofsted-font-size over the page's text`, async () => {
      const { element, box } = await inText(tag, '21.8px', '--ofsted-font-size: 15px');
      expect(px(element)).to.equal(15);
      box.remove();
    });
  }

  it("keeps the timeline chart's text at 14px beside 12px text, and at 0.875 of larger text", async () => {
    for (const [page, chart] of [
      ['12px', 14],
      ['16px', 14],
      ['24px', 21],
    ] as const) {
      const { element, box } = await inText('ofsted-timeline', page);
      const svg = element.shadowRoot!.querySelector('.chart')!;
      expect(parseFloat(getComputedStyle(svg).fontSize), `beside ${page} text`).to.equal(chart);
      box.remove();
    }
  });

  it("keeps the breakdown's bar labels at 14px beside 12px text", async () => {
    const { element, box } = await inText('ofsted-breakdown', '12px');
    const key = element.shadowRoot!.querySelector('.key-row, .bar');
    expect(key, 'a key row or bar').to.exist;
    expect(parseFloat(getComputedStyle(key!).fontSize)).to.equal(14);
    box.remove();
  });
});

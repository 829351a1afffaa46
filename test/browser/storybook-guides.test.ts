// The Storybook guides' render functions (stories/find-your-council.ts, stories/theming.ts), as a designer meets them:
// the toolbar's colour scheme reaches the elements, a pick is handed back, dates read as words, every custom property
// set by a control reaches the element, and the FICTIONAL brand shows no real council. The wiring to Storybook itself
// (args, controls, the address) is checked on the built Storybook by test/storybook/storybook.test.mjs.
import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { loadAuthorityIndex } from '../../src/data/index.js';
import { contrastRatio } from '../../src/test-support/contrast.js';
import { useContainer } from '../../src/test-support/mount.js';
import { findYourCouncil } from '../../stories/find-your-council.js';
import { councilRebrandStory, customPropertiesStory, NORTHWICK_BRAND } from '../../stories/theming.js';

const container = useContainer();

/** Renders a story's template and waits until its journey has shown its data (or an error). */
async function show(template: ReturnType<typeof findYourCouncil>) {
  render(template, container.element);
  const journey = container.element.querySelector('ofsted-journey')!;
  await new Promise((resolve) => {
    journey.addEventListener('ofsted-data', resolve, { once: true });
    journey.addEventListener('ofsted-error', resolve, { once: true });
  });
  await journey.updateComplete;
  return journey;
}

/** Every heading's text inside the journey and the elements in it. */
function headings(journey: Element): string[] {
  const roots = [
    journey.shadowRoot!,
    ...[...journey.shadowRoot!.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : [])),
  ];
  return roots.flatMap((root) =>
    [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.textContent!.replace(/\s+/g, ' ').trim()),
  );
}

describe('Guides/Find your council', () => {
  it('shows the journey in the colour scheme the toolbar chose', async () => {
    const journey = await show(findYourCouncil({ authority: 'leeds', theme: 'dark' }, () => undefined));
    expect(journey.getAttribute('theme')).to.equal('dark');
    expect(container.element.querySelector('.find-your-council')!.getAttribute('data-theme')).to.equal('dark');
    expect(getComputedStyle(container.element.querySelector('.find-your-council')!).backgroundColor).to.equal(
      'rgb(11, 12, 12)',
    );
  });

  it('shows the council the authority arg names, chosen in the picker', async () => {
    const journey = await show(findYourCouncil({ authority: 'Leeds', theme: 'light' }, () => undefined));
    expect(journey.getAttribute('authority')).to.equal('Leeds');
    await waitUntil(() => container.element.querySelector('select'), 'the picker');
    expect(container.element.querySelector('select')!.value).to.equal('leeds');
  });

  it('fits a 320 px column: the picker reflows, nothing scrolls sideways', async () => {
    container.element.style.width = '320px';
    await show(findYourCouncil({ authority: 'cumberland', theme: 'light' }, () => undefined));
    await waitUntil(() => container.element.querySelector('select'), 'the picker');
    const guide = container.element.querySelector<HTMLElement>('.find-your-council')!;
    for (const el of [guide, ...guide.querySelectorAll<HTMLElement>('.picker, .picker > *')])
      expect(el.getBoundingClientRect().right, el.className || el.tagName).to.be.at.most(
        container.element.getBoundingClientRect().right + 0.5,
      );
  });

  it('hands a picked council back, for the story to update its authority arg (and so the control and the address)', async () => {
    const picks: string[] = [];
    await show(findYourCouncil({ authority: 'barnet', theme: 'light' }, (authority) => picks.push(authority)));
    await waitUntil(() => container.element.querySelector('select'), 'the picker');
    const select = container.element.querySelector('select')!;
    select.value = 'bradford';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(picks).to.deep.equal(['bradford']);
  });

  it('says up to when the data runs as people write dates, and lists grades in words', async () => {
    await show(findYourCouncil({ authority: 'barnet', theme: 'light' }, () => undefined));
    await waitUntil(() => container.element.querySelector('select'), 'the picker');
    const index = await loadAuthorityIndex();
    const hint = container.element.querySelector('.hint')!.textContent!.replace(/\s+/g, ' ');
    expect(hint).to.contain(
      `The data runs to ${new Date(index.dataUpTo).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`,
    );
    expect(hint).not.to.match(/\d{4}-\d{2}-\d{2}/);
    const options = [...container.element.querySelectorAll('option')].map((option) => option.textContent!.trim());
    expect(options).to.have.length(index.authorities.length);
    expect(options.filter((text) => /requires-improvement|: (good|outstanding|inadequate)\b/.test(text))).to.deep.equal(
      [],
    );
    expect(container.element.querySelector('label')!.htmlFor).to.equal(container.element.querySelector('select')!.id);
  });
});

describe('Guides/Theming', () => {
  it("sets every --ofsted-* value a control holds on the journey's parent, in the chosen scheme", async () => {
    const journey = await show(
      customPropertiesStory({
        authority: 'bradford',
        theme: 'dark',
        '--ofsted-text-colour': '#fefefe',
        '--ofsted-space': '0.75rem',
        '--ofsted-band-colour': '',
      }),
    );
    expect(journey.getAttribute('authority')).to.equal('bradford');
    expect(journey.getAttribute('theme')).to.equal('dark');
    const style = getComputedStyle(journey);
    expect(style.getPropertyValue('--ofsted-text-colour').trim()).to.equal('#fefefe');
    expect(style.getPropertyValue('--ofsted-space').trim()).to.equal('0.75rem');
    expect(style.color).to.equal('rgb(254, 254, 254)');
    expect(style.getPropertyValue('--ofsted-band-colour')).to.equal('');
  });

  it('heads the FICTIONAL brand with its FICTIONAL council, never a real one', async () => {
    const journey = await show(councilRebrandStory({ theme: 'light' }));
    const texts = headings(journey);
    expect(texts.length).to.be.greaterThan(0);
    expect(texts.filter((text) => /Barnet/.test(text))).to.deep.equal([]);
    expect(container.element.textContent).to.contain('Northwick');
    expect(journey.shadowRoot!.textContent).not.to.contain('Barnet');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`follows the toolbar's ${scheme} scheme with the brand's ${scheme} palette`, async () => {
      const journey = await show(councilRebrandStory({ theme: scheme }));
      expect(journey.getAttribute('theme')).to.equal(scheme);
      expect(getComputedStyle(journey).getPropertyValue('--ofsted-background-colour').trim()).to.equal(
        NORTHWICK_BRAND[scheme]['--ofsted-background-colour'],
      );
    });

    it(`keeps the brand's ${scheme} palette readable: text 4.5:1, grades and kinds 3:1 on the background and the band`, () => {
      const palette: Record<string, string> = NORTHWICK_BRAND[scheme];
      for (const ground of ['--ofsted-background-colour', '--ofsted-band-colour']) {
        for (const token of ['--ofsted-text-colour', '--ofsted-secondary-text-colour', '--ofsted-link-colour'])
          expect(contrastRatio(palette[token]!, palette[ground]!), `${token} on ${ground}`).to.be.at.least(4.5);
        for (const token of Object.keys(palette).filter((name) =>
          /grade|strength|improvement|recommendation/.test(name),
        ))
          expect(contrastRatio(palette[token]!, palette[ground]!), `${token} on ${ground}`).to.be.at.least(3);
      }
    });
  }

  it('lets a control override the brand, as a closer ancestor does', async () => {
    const journey = await show(councilRebrandStory({ theme: 'light', '--ofsted-grade-good-colour': '#005500' }));
    expect(getComputedStyle(journey).getPropertyValue('--ofsted-grade-good-colour').trim()).to.equal('#005500');
  });
});

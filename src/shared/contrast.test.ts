import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { breakdownModeStyles } from '../breakdown/breakdown-modes.styles.js';
import { breakdownStyles } from '../breakdown/breakdown.styles.js';
import { contrastRatio, relativeLuminance } from '../test-support/contrast.js';
import { themeStyles } from './theme.styles.js';

type Palette = Record<string, string>;

/**
 * The default of each `--_x: var(--ofsted-…, #hex)` token in the light (`:host`), dark (`theme="dark"`, then the
 * same again for a dark `theme="system"`) and print blocks of a style sheet, read from the CSS itself so the test
 * checks what ships.
 */
function palettes(...styles: CSSResult[]): { light: Palette; dark: Palette; print: Palette } {
  const text = styles.map((sheet) => sheet.cssText).join('\n');
  const darkAt = text.indexOf(":host([theme='dark'])");
  const printAt = text.indexOf('@media print');
  expect(darkAt, 'a dark block').to.be.greaterThan(-1);
  expect(printAt, 'a print block').to.be.greaterThan(darkAt);
  const read = (part: string): Palette =>
    Object.fromEntries(
      [...part.matchAll(/--_([\w-]+):\s*(?:var\(--ofsted-[\w-]+,\s*)?(#[0-9a-f]{3,6})\)?;/gi)].map((m) => [
        m[1]!,
        m[2]!.toLowerCase(),
      ]),
    );
  return {
    light: read(text.slice(0, darkAt)),
    dark: read(text.slice(darkAt, printAt)),
    print: read(text.slice(printAt)),
  };
}

const theme = palettes(themeStyles);
const breakdown = palettes(breakdownStyles, breakdownModeStyles);
const GRADES = ['grade-outstanding', 'grade-good', 'grade-requires-improvement', 'grade-inadequate'];
const KINDS = ['strength', 'improvement', 'recommendation'];

describe('contrast helpers', () => {
  it('computes WCAG relative luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).to.equal(1);
    expect(relativeLuminance('#000')).to.equal(0);
    expect(contrastRatio('#000000', '#ffffff')).to.equal(21);
    expect(contrastRatio('#ffffff', '#000000')).to.equal(21);
    expect(contrastRatio('#777777', '#ffffff')).to.be.closeTo(4.48, 0.01);
    expect(() => relativeLuminance('red')).to.throw();
  });
});

describe('default palettes', () => {
  for (const scheme of ['light', 'dark', 'print'] as const) {
    describe(`${scheme} scheme`, () => {
      const colours = { ...theme[scheme], ...breakdown[scheme] };
      // Text is read on the background and on the band (hovered or open bars, the overall row, shaded bands).
      const grounds = ['background', 'band'];

      it('defines every token', () => {
        for (const token of [
          'text',
          'muted',
          'background',
          'band',
          ...(scheme === 'print' ? [] : ['focus']),
          'border',
          'link',
          ...GRADES,
          ...KINDS,
        ])
          expect(colours[token], token).to.match(/^#[0-9a-f]{6}$/);
      });

      for (const ground of grounds) {
        it(`text, secondary text and links keep at least 4.5:1 against the ${ground}`, () => {
          for (const token of ['text', 'muted', 'link'])
            expect(
              contrastRatio(colours[token]!, colours[ground]!),
              `${token} ${colours[token]} on ${colours[ground]}`,
            ).to.be.at.least(4.5);
        });

        it(`every grade and finding colour keeps at least 3:1 against the ${ground}`, () => {
          for (const token of [...GRADES, ...KINDS])
            expect(
              contrastRatio(colours[token]!, colours[ground]!),
              `${token} ${colours[token]} on ${colours[ground]}`,
            ).to.be.at.least(3);
        });
      }

      if (scheme !== 'print')
        it('the focus highlight stands out: the yellow keeps 3:1 against the ring (text colour) or the background', () => {
          const { focus, text, background } = colours;
          expect(Math.max(contrastRatio(focus!, text!), contrastRatio(focus!, background!))).to.be.at.least(3);
          expect(contrastRatio(text!, background!), 'the ring').to.be.at.least(3);
        });
    });
  }
});

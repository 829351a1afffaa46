/**
 * The "Theming" guide's stories: the `--ofsted-*` custom properties tried one by one through controls, and a
 * FICTIONAL council's brand, in light and dark, set only from the page. theming.stories.ts gives them their controls.
 */
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { fictionalAllGrades } from '../src/fixtures/datasets.js';
import '../src/journey/define.js';

/** A Theming story's args: the council, the toolbar's colour scheme, and any `--ofsted-*` value a control sets. */
export interface ThemingArgs {
  authority?: string;
  theme?: string;
  [customProperty: `--ofsted-${string}`]: string | undefined;
}

/** The `--ofsted-*` values among the args, for a `style` on the element's ancestor (empty ones left out). */
export function customProperties(args: ThemingArgs): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--ofsted-') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

/** The journey with every `--ofsted-*` value the controls set on its parent, as a page's stylesheet would. */
export function customPropertiesStory(args: ThemingArgs): TemplateResult {
  return html`<div class="custom-properties" style=${styleMap(customProperties(args))}>
    <ofsted-journey authority=${args.authority || 'barnet'} theme=${args.theme || 'light'}></ofsted-journey>
  </div>`;
}

/** The FICTIONAL Northwick Council's brand: one palette for its light pages, one for its dark scheme. */
export const NORTHWICK_BRAND = {
  shared: {
    '--ofsted-font-family': "'Trebuchet MS', Verdana, sans-serif",
    '--ofsted-font-size': '1.0625rem',
    '--ofsted-space': '0.625rem',
    '--ofsted-journey-column-min': '22rem',
  },
  light: {
    '--ofsted-text-colour': '#1c2541',
    '--ofsted-secondary-text-colour': '#4a5568',
    '--ofsted-background-colour': '#ffffff',
    '--ofsted-border-colour': '#6b7c93',
    '--ofsted-band-colour': '#eef3f8',
    '--ofsted-link-colour': '#0b5d7a',
    '--ofsted-focus-colour': '#ffbf47',
    '--ofsted-grade-outstanding-colour': '#3d2c8d',
    '--ofsted-grade-good-colour': '#00704a',
    '--ofsted-grade-requires-improvement-colour': '#b45309',
    '--ofsted-grade-inadequate-colour': '#9b1c31',
    '--ofsted-strength-colour': '#00704a',
    '--ofsted-improvement-colour': '#b45309',
    '--ofsted-recommendation-colour': '#9b1c31',
  },
  dark: {
    '--ofsted-text-colour': '#f4f6fb',
    '--ofsted-secondary-text-colour': '#b8c2d6',
    '--ofsted-background-colour': '#141a2e',
    '--ofsted-border-colour': '#8a97b0',
    '--ofsted-band-colour': '#1f2842',
    '--ofsted-link-colour': '#8cc8e6',
    '--ofsted-focus-colour': '#ffbf47',
    '--ofsted-grade-outstanding-colour': '#b4a7ff',
    '--ofsted-grade-good-colour': '#4cc28e',
    '--ofsted-grade-requires-improvement-colour': '#f59e4b',
    '--ofsted-grade-inadequate-colour': '#f27a93',
    '--ofsted-strength-colour': '#4cc28e',
    '--ofsted-improvement-colour': '#f59e4b',
    '--ofsted-recommendation-colour': '#f27a93',
  },
} as const;

const declarations = (properties: Record<string, string>) =>
  Object.entries(properties)
    .map(([name, value]) => `${name}: ${value};`)
    .join('\n    ');

/**
 * The brand's stylesheet, as the council's site would have it: custom properties on an ancestor, `::part()` on the
 * journey, the dark palette under its dark scheme (the toolbar's, passed to the journey as `theme`). Nothing inside
 * the elements is changed.
 */
const brandStyles = `
  .northwick {
    ${declarations(NORTHWICK_BRAND.shared)}
    ${declarations(NORTHWICK_BRAND.light)}
    --brand-masthead: #1c2541;
    padding: 1rem;
    font-family: 'Trebuchet MS', Verdana, sans-serif;
    color: var(--ofsted-text-colour);
    background: var(--ofsted-background-colour);
  }
  .northwick[data-theme='dark'] {
    ${declarations(NORTHWICK_BRAND.dark)}
    --brand-masthead: #0b1020;
  }
  @media (prefers-color-scheme: dark) {
    .northwick[data-theme='system'] {
      ${declarations(NORTHWICK_BRAND.dark)}
      --brand-masthead: #0b1020;
    }
  }
  .northwick .masthead {
    margin: 0 0 1rem;
    padding: 0.75rem 1rem;
    background: var(--brand-masthead);
    color: #ffffff;
    font-weight: 700;
    border-bottom: 6px solid #ffbf47;
  }
  .northwick ofsted-journey::part(timeline) {
    padding-bottom: 1rem;
    border-bottom: 2px solid var(--ofsted-border-colour);
  }
  .northwick ofsted-journey::part(scorecard),
  .northwick ofsted-journey::part(breakdown) {
    padding: 0.75rem;
    border-top: 6px solid var(--ofsted-link-colour);
    background: var(--ofsted-background-colour);
    box-shadow: 0 1px 3px rgb(28 37 65 / 0.25);
  }
`;

/**
 * `<ofsted-journey>` in the FICTIONAL Northwick Council's brand, showing Northwick's FICTIONAL data: no real council's
 * name under an invented brand. Values a control sets win over the brand's, as a closer ancestor's do.
 */
export function councilRebrandStory(args: ThemingArgs): TemplateResult {
  const theme = args.theme || 'light';
  return html`<style>${brandStyles}</style>
    <div class="northwick" data-theme=${theme}>
      <p class="masthead">Northwick Council · Children's services (a FICTIONAL council and brand)</p>
      <div style=${styleMap(customProperties(args))}>
        <ofsted-journey .data=${fictionalAllGrades} theme=${theme}></ofsted-journey>
      </div>
    </div>`;
}

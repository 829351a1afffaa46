import { css, unsafeCSS } from 'lit';

/** Charts' text, in ems of the element's: 14px on a page of 16px text, growing with the page's (layouts size for it). */
export const CHART_TEXT_EM = 0.875;
/** Charts' text is never smaller than this, however small the page's text: a page of 12px text keeps 14px charts. */
export const CHART_TEXT_MIN_PX = 14;
/** The chart's text size in px for an element whose text is `fontSize` px, as CHART_FONT_SIZE_CSS sets it. */
export const chartFontSize = (fontSize: number): number => Math.max(CHART_TEXT_MIN_PX, fontSize * CHART_TEXT_EM);
/** The charts' `font-size`: CHART_TEXT_EM of the element's, at least CHART_TEXT_MIN_PX. */
export const CHART_FONT_SIZE_CSS = unsafeCSS(`max(${CHART_TEXT_MIN_PX}px, ${CHART_TEXT_EM}em)`);

/**
 * The dark scheme's defaults, used under `theme="dark"`, and under `theme="system"` when the visitor's system
 * prefers dark. Only the defaults change: a page's `--ofsted-*` values still win.
 */
const darkTokens = css`
  --_grade-outstanding: var(--ofsted-grade-outstanding-colour, #6ba3d6);
  --_grade-good: var(--ofsted-grade-good-colour, #28a197);
  --_grade-requires-improvement: var(--ofsted-grade-requires-improvement-colour, #f46a25);
  --_grade-inadequate: var(--ofsted-grade-inadequate-colour, #e07bb0);
  --_text: var(--ofsted-text-colour, #f3f2f1);
  --_muted: var(--ofsted-secondary-text-colour, #b1b4b6);
  --_background: var(--ofsted-background-colour, #1b1d1e);
  --_border: var(--ofsted-border-colour, #6f777b);
  --_band: var(--ofsted-band-colour, #2b2e30);
  --_focus: var(--ofsted-focus-colour, #ffdd00);
  --_link: var(--ofsted-link-colour, #8eb8dc);

  color-scheme: dark;
  /* A dark element on a page of another colour needs room between its edge and its text. */
  padding: var(--ofsted-padding, calc(var(--_space) * 2));
`;

/**
 * Design tokens and the pieces every element shares (summary, buttons, table, alert).
 * Grade colours come from the Government Analysis Function's accessible palette (turquoise and orange darkened so
 * they keep 3:1 against the band shading as well as the background); every grade also carries its word and a
 * shape, so colour is never the only cue.
 *
 * Each private `--_x` token is `var(--ofsted-x, default)`, so a page's `--ofsted-*` value always wins. The page
 * chooses the scheme with the `theme` attribute: light (the default, as most council pages are), `dark`, or
 * `system` (the visitor's `prefers-color-scheme`). src/shared/contrast.test.ts checks every default pair: text and
 * secondary text at least 4.5:1, grade colours at least 3:1, against the background and the band.
 */
export const themeStyles = css`
  :host {
    --_grade-outstanding: var(--ofsted-grade-outstanding-colour, #12436d);
    --_grade-good: var(--ofsted-grade-good-colour, #1e8a80);
    --_grade-requires-improvement: var(--ofsted-grade-requires-improvement-colour, #d6541a);
    --_grade-inadequate: var(--ofsted-grade-inadequate-colour, #801650);
    --_text: var(--ofsted-text-colour, #0b0c0c);
    --_muted: var(--ofsted-secondary-text-colour, #505a5f);
    --_background: var(--ofsted-background-colour, #ffffff);
    --_border: var(--ofsted-border-colour, #b1b4b6);
    --_band: var(--ofsted-band-colour, #f3f2f1);
    --_focus: var(--ofsted-focus-colour, #ffdd00);
    --_link: var(--ofsted-link-colour, #1d70b8);
    --_space: var(--ofsted-space, 0.5rem);

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    /* Room below, as GOV.UK components keep, so the last button never touches what the page puts next. */
    margin: 0 0 var(--ofsted-margin-bottom, calc(var(--_space) * 4));
    padding: var(--ofsted-padding, 0);
    color-scheme: light;
    font-family: var(--ofsted-font-family, inherit);
    /* The surrounding text's size, so an element reads like the post it sits in. */
    font-size: var(--ofsted-font-size, 1em);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_background);
    /* A word longer than its line (an address, a name with no spaces) breaks rather than widening the page. */
    overflow-wrap: break-word;
  }
  /* An error message takes only its own height: the room a page reserved (a min-height on the tag, even inline) is
     released, so the message never sits above a page of white. !important, as a page's own rules must lose here. */
  :host(:state(error)) {
    min-height: 0 !important;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='system']) {
      ${darkTokens}
    }
  }
  /* Forced colours replace the page's colours with the visitor's, but not SVG fills and strokes that come from
     these tokens: every scheme's tokens become system colours, or dark-theme text would stay light on a light
     Canvas (and light-theme text dark on a dark one). Grades keep their colours: each also has its word and shape. */
  @media (forced-colors: active) {
    :host,
    :host([theme]) {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_border: CanvasText;
      --_band: Canvas;
      --_link: LinkText;
      --_focus: Highlight;
    }
  }
  :host([hidden]) {
    display: none;
  }
  /* ResizeController's probe: its observed width is the element's font size. */
  .em-probe {
    position: absolute;
    display: block;
    width: 1em;
    height: 0;
    overflow: hidden;
    visibility: hidden;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
  }
  select {
    font: inherit;
    font-size: 0.875em;
    width: 100%;
    max-width: 100%;
    padding: 0.2em 0.25em;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_text);
    border-radius: 0;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_text);
  }
  .heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: inherit;
    font-weight: 700;
    line-height: inherit;
  }
  .summary,
  .element-heading {
    margin: 0 0 var(--_space);
    font-size: 1.1875em;
    font-weight: 700;
  }
  /* The sentence under a short heading: text, not a wall of bold. */
  .lede {
    margin: calc(var(--_space) / -2) 0 calc(var(--_space) / 2);
  }
  .subtitle {
    margin: 0 0 var(--_space);
    color: var(--_muted);
  }
  /* Controls stay quieter than the data: small text, no fill, a hairline border. The border shows where the control
     is, so it is in the secondary text colour, over 3:1 on the background (WCAG 1.4.11), not the lighter --_border. */
  .button {
    font: inherit;
    font-size: 0.875em;
    padding: 0.25em 0.6em;
    color: var(--_text);
    background: transparent;
    border: 1px solid var(--_muted);
    border-radius: 0;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_band);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  .status {
    color: var(--_muted);
  }
  /* A chart's key: swatches or marker shapes with their words. */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
    margin: var(--_space) 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35em;
  }
  .sources {
    margin: 0 0 calc(var(--_space) / 2);
    padding-left: 1.25em;
  }
  .source-about {
    color: var(--_muted);
  }
  /* Paper: black on white whatever the screen's scheme or the page's colours, grade colours as in the light
     scheme, no shadows, and fills kept (browsers drop background colours when printing unless told not to). */
  @media print {
    :host,
    :host([theme]) {
      --_grade-outstanding: var(--ofsted-grade-outstanding-colour, #12436d);
      --_grade-good: var(--ofsted-grade-good-colour, #1e8a80);
      --_grade-requires-improvement: var(--ofsted-grade-requires-improvement-colour, #d6541a);
      --_grade-inadequate: var(--ofsted-grade-inadequate-colour, #801650);
      --_text: #000000;
      --_muted: #383f43;
      --_background: #ffffff;
      --_border: #505a5f;
      --_band: #ffffff;
      --_link: #000000;

      color: #000000;
      background: #ffffff;
      box-shadow: none;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    *,
    *::before,
    *::after {
      box-shadow: none !important;
      text-shadow: none !important;
    }
    a {
      text-decoration: underline;
    }
  }
`;

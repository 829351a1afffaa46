import { css } from 'lit';
import { CHART_FONT_SIZE_CSS } from '../shared/theme.styles.js';

/**
 * The breakdown's own pieces. Kinds differ by fill pattern as well as colour (strengths solid, areas for
 * improvement solid in another colour, recommendations striped), each is named in the key, and every count is a
 * number in words' place; under forced colours the three become solid, hatched and hollow.
 * The horizontal padding, border and column gap of `.bar` must match bar-metrics.ts (bar-metrics.test.ts checks).
 */
const darkFindingColours = css`
  --_strength: var(--ofsted-strength-colour, #6ba3d6);
  --_improvement: var(--ofsted-improvement-colour, #f46a25);
  --_recommendation: var(--ofsted-recommendation-colour, #e07bb0);
`;

export const breakdownStyles = css`
  :host {
    --_strength: var(--ofsted-strength-colour, #12436d);
    --_improvement: var(--ofsted-improvement-colour, #d6541a);
    --_recommendation: var(--ofsted-recommendation-colour, #801650);
  }
  /* The same hues as the dark grade colours, each at least 3:1 against the dark background and band. */
  :host([theme='dark']) {
    ${darkFindingColours}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='system']) {
      ${darkFindingColours}
    }
  }
  .header p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .title {
    font-weight: 700;
  }
  .date,
  .note {
    color: var(--_muted);
  }
  .header {
    margin-bottom: var(--_space);
    overflow-wrap: anywhere;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space) calc(var(--_space) * 2);
    margin: var(--_space) 0;
  }
  .filter {
    display: flex;
    flex: 1 1 14rem;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    min-width: 0;
    max-width: 100%;
  }
  .filter label {
    font-weight: 700;
    font-size: 0.875em;
  }
  /* Empty, the status region takes no room but stays rendered: a live region hidden with display: none is not in
     the accessibility tree, and its first message is then often not announced. */
  .shown:empty {
    margin: 0;
  }
  .shown,
  .no-match {
    margin: var(--_space) 0;
  }
  .swatch {
    display: inline-block;
    flex: none;
    width: 1.25em;
    height: 0.9em;
    margin-right: 0.35em;
    vertical-align: -0.05em;
  }
  .bars {
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
  }
  .bar-item {
    margin: 0 0 calc(var(--_space) / 2);
  }
  /* The key row shares the bars' columns, so its labels sit either side of the same centre line. */
  .key-row {
    display: grid;
    grid-template-columns: var(--label-width, 0) minmax(0, 1fr);
    column-gap: 12px;
    padding: 0 9px;
    font-size: ${CHART_FONT_SIZE_CSS};
  }
  /* While the picked sentences load, their rows and key hold their room (the key unseen: its centre is not known
     yet) and the note stands over the rows' tracks, so the sentences draw into room already taken. */
  .awaiting {
    position: relative;
  }
  .key-row.awaited {
    visibility: hidden;
  }
  .loading-note {
    position: absolute;
    inset: 0 0 0 var(--track-left, 0);
    z-index: 1;
    display: flex;
    align-items: center;
    justify-content: center;
    margin: 0;
    padding: var(--_space);
    text-align: center;
    background: var(--_background);
  }
  .bar {
    display: grid;
    grid-template-columns: var(--label-width, 0) minmax(0, 1fr);
    column-gap: 12px;
    align-items: center;
    width: 100%;
    padding: 6px 8px;
    margin: 0;
    font: inherit;
    font-size: ${CHART_FONT_SIZE_CSS};
    text-align: left;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-left-width: 1px;
    border-radius: 0;
    cursor: pointer;
  }
  .narrow .bar {
    grid-template-columns: 1fr;
    row-gap: calc(var(--_space) / 2);
  }
  .bar:hover {
    background: var(--_band);
  }
  .bar.open {
    border-color: var(--_text);
    background: var(--_band);
  }
  .bar-name {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .bar.open .bar-name {
    font-weight: 700;
  }
  /* The judgement's grade on a line of its own under its name. */
  .area-grade {
    display: block;
    color: var(--_muted);
    font-weight: 400;
  }
  .track {
    position: relative;
    display: block;
    height: 1.75em;
  }
  .centre-line {
    position: absolute;
    top: -3px;
    bottom: -3px;
    border-left: 2px solid var(--_text);
    margin-left: -1px;
  }
  .segment {
    position: absolute;
    top: 2px;
    bottom: 2px;
  }
  .segment.stacked {
    border-left: 2px solid var(--_background);
  }
  .kind-strength {
    background: var(--_strength);
  }
  .kind-improvement {
    background: var(--_improvement);
  }
  .kind-recommendation {
    background: repeating-linear-gradient(-45deg, var(--_recommendation) 0 3px, var(--_background) 3px 6px);
    box-shadow: inset 0 0 0 1.5px var(--_recommendation);
  }
  .count {
    position: absolute;
    top: 50%;
    /* Sizes in ems, as chipWidth() in layout.ts assumes. */
    padding: 0 0.3em;
    font-size: 1em;
    font-weight: 700;
    line-height: 1.25;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    color: var(--_text);
    background: var(--_background);
    transform: translateY(-50%);
  }
  .count.inside {
    border-radius: 2px;
  }
  .count .swatch {
    width: 0.5em;
    height: 0.8em;
    margin-right: 0.25em;
    vertical-align: -0.05em;
  }
  .count.anchor-middle {
    transform: translate(-50%, -50%);
  }
  .count.anchor-end {
    transform: translate(-100%, -50%);
  }
  @media (prefers-reduced-motion: no-preference) {
    .segment,
    .count {
      transition: left 0.15s ease-out, width 0.15s ease-out;
    }
  }
`;

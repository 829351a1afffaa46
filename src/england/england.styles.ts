import { css } from 'lit';

export const englandStyles = css`
  .heading {
    margin: 0 0 calc(var(--_space) / 2);
    font-size: 1.25em;
  }
  .heading + .note,
  .intro,
  .note,
  .hex-note,
  .line-key,
  .sources {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0 0 var(--_space);
  }
  .layout {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    margin-bottom: calc(var(--_space) * 2);
  }
  .map-area {
    flex: 1 1 18rem;
    max-width: 34rem;
    min-width: 0;
  }
  .panel {
    flex: 1 1 16rem;
    min-width: 0;
  }
  .map {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
  }
  .hex polygon,
  .swatch polygon {
    stroke: var(--_background);
    stroke-width: 1;
  }
  /* Each grade's colour, for its hexagons, swatches and bar segments, and its column in a neighbour's scale. */
  .key-outstanding {
    --_fill: var(--_grade-outstanding);
    --_column: 1;
  }
  .key-good {
    --_fill: var(--_grade-good);
    --_column: 2;
  }
  .key-requires-improvement {
    --_fill: var(--_grade-requires-improvement);
    --_column: 3;
  }
  .key-inadequate {
    --_fill: var(--_grade-inadequate);
    --_column: 4;
  }
  .key-none {
    --_column: 5;
  }
  polygon {
    fill: var(--_fill);
  }
  .segment {
    background: var(--_fill);
  }
  /* No grade: a hollow hexagon, its outline the second cue. */
  .key-none polygon {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-dasharray: 2 1.5;
  }
  .segment.key-none {
    background: repeating-linear-gradient(135deg, var(--_background) 0 3px, var(--_muted) 3px 5px);
  }
  .mark {
    fill: var(--_background);
  }
  .key-inadequate .mark {
    stroke: var(--_background);
    stroke-width: 1.6;
    fill: none;
  }
  .hex {
    cursor: pointer;
    outline: none;
  }
  /* The highlighted council's outline, drawn over its neighbours. */
  .ring {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .hex:focus-visible polygon {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .hex:hover polygon {
    stroke: var(--_text);
    stroke-width: 1.5;
  }
  .hex-note {
    min-height: 2.8em;
    color: var(--_text);
  }
  .sentence {
    font-size: 1.125em;
    margin: 0 0 var(--_space);
  }
  .bar-figure {
    margin: 0 0 var(--_space);
  }
  .bar-figure figcaption {
    font-weight: bold;
  }
  .bar,
  .columns,
  .swatch,
  .scale {
    forced-color-adjust: none;
  }
  .bar {
    display: flex;
    height: 1.5em;
    gap: 2px;
    margin: 0.25em 0;
  }
  .bar .segment {
    flex-basis: 0;
    min-width: 3px;
  }
  .bar-key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .bar-key li {
    display: flex;
    align-items: center;
    gap: 0.3em;
  }
  .swatch {
    width: 1.1em;
    height: 1.1em;
    flex: none;
  }
  .neighbours {
    margin: 0 0 calc(var(--_space) * 2);
    padding: 0;
    list-style: none;
  }
  .neighbours li,
  .scale-key {
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr) 7.5em;
    align-items: center;
    gap: 0.5em;
    padding: 0.2em 0;
    border-bottom: 1px solid var(--_border);
  }
  .scale-key {
    border: 0;
  }
  .neighbours .own {
    font-weight: bold;
    background: var(--_band);
  }
  .rank {
    text-align: right;
    font-size: 0.875em;
  }
  .who {
    display: flex;
    flex-direction: column;
  }
  .detail {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: normal;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    justify-items: center;
  }
  /* A neighbour's one swatch, in its grade's column (BAR_KEYS order, --_column above): no empty cells to lay out. */
  .scale > * {
    grid-column: var(--_column);
  }
  .series {
    margin: 0 0 var(--_space);
  }
  .columns {
    position: relative;
    display: flex;
    gap: 2px;
    height: 10em;
  }
  .column {
    flex: 1 1 0;
    display: flex;
    flex-direction: column-reverse;
  }
  .column .segment {
    display: block;
  }
  .line {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .line path {
    fill: none;
    stroke: var(--_text);
    stroke-width: 3;
    vector-effect: non-scaling-stroke;
  }
  .point {
    position: absolute;
    width: 0.6em;
    height: 0.6em;
    margin: -0.3em 0 0 -0.3em;
    border-radius: 50%;
    background: var(--_text);
    border: 2px solid var(--_background);
  }
  .years {
    display: flex;
    gap: 2px;
    font-size: 0.875em;
  }
  /* Each year centred under its column, wider than it: the end labels keep inside the chart, so a 320px page never
     scrolls sideways. */
  .years span {
    flex: 1 1 0;
    display: flex;
    justify-content: center;
    min-width: 0;
    white-space: nowrap;
  }
  .years span:first-child {
    justify-content: flex-start;
  }
  .years span:last-child {
    justify-content: flex-end;
  }
  .line-key {
    display: flex;
    align-items: center;
    gap: 0.4em;
  }
  .line-swatch {
    display: inline-block;
    width: 1.5em;
    border-top: 3px solid var(--_text);
  }
  /* Positioned, so a link's visually hidden "(opens in a new tab)" is placed inside, not against the page. */
  .sources {
    position: relative;
    padding-left: 1.2em;
  }
`;

import { css, unsafeCSS } from 'lit';
import { CHART_FONT_SIZE_CSS } from '../shared/theme.styles.js';
import { TARGET_SIZE } from './geometry.js';

export const timelineStyles = css`
  /* The content's box: its own formatting context, so no margin leaves the element. */
  .frame {
    display: flow-root;
  }
  .chart {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-size: ${CHART_FONT_SIZE_CSS};
  }
  .band-even {
    fill: var(--_band);
  }
  .band-odd {
    fill: var(--_background);
  }
  /* Captions are drawn over the journey line on a knockout of their band's colour, so the line never runs through them. */
  .band-label {
    fill: var(--_muted);
  }
  .band-label-bg.band-label-even {
    fill: var(--_band);
  }
  .band-label-bg.band-label-odd {
    fill: var(--_background);
  }
  .band-labels,
  .lanes-name {
    pointer-events: none;
  }
  /* The lanes' edge, under the Inadequate band, at over 3:1 against the background on both sides (WCAG 1.4.11). */
  .lanes-edge {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .lanes-label {
    fill: var(--_muted);
  }
  .lanes-label-bg {
    fill: var(--_background);
  }
  .axis-line {
    stroke: var(--_text);
  }
  /* Gridlines are decorative (WCAG 1.4.11 asks nothing of them): a year is read from its label and its tick under the
     axis (text colour, over 3:1), and every event's date is in its name, tip, details and table. So they stay light
     hairlines behind the data (GOV.UK and ONS chart guidance). */
  .gridline {
    stroke: var(--_border);
    stroke-width: 1;
    opacity: 0.6;
  }
  .tick {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .tick-label {
    fill: var(--_text);
  }
  .journey {
    fill: none;
    stroke: var(--_text);
    stroke-width: 2;
  }
  .event {
    cursor: pointer;
    outline: none;
  }
  .hit-area,
  .label-targets {
    fill: transparent;
  }
  .label-targets {
    cursor: pointer;
  }
  /* The hit area alone is the pointer target, a 24px circle (WCAG 2.5.8); rings, markers and labels let pointers through. */
  .event > :not(.hit-area) {
    pointer-events: none;
  }
  /* The chosen event: a ring. Keyboard focus: the ring filled with the focus colour, and an outline outside it in the
     text colour (over 3:1 on the bands and the background), which the choice alone never draws. */
  .focus-ring {
    fill: none;
    stroke: none;
    stroke-width: 3;
  }
  .focus-outline {
    fill: none;
    stroke: none;
    stroke-width: 2;
  }
  .event:focus-visible .focus-ring {
    stroke: var(--_text);
    fill: var(--_focus);
  }
  .event:focus-visible .focus-outline {
    stroke: var(--_text);
  }
  .event.selected .focus-ring {
    stroke: var(--_text);
  }
  .parts {
    stroke: var(--_text);
    stroke-width: 4;
  }
  .marker {
    fill: var(--_background);
    stroke: var(--_text);
    stroke-width: 2;
  }
  .graded .marker {
    stroke: var(--_background);
  }
  .grade-outstanding .marker,
  .legend-icon.grade-outstanding .marker {
    fill: var(--_grade-outstanding);
  }
  .grade-good .marker {
    fill: var(--_grade-good);
  }
  .grade-requires-improvement .marker {
    fill: var(--_grade-requires-improvement);
  }
  .grade-inadequate .marker {
    fill: var(--_grade-inadequate);
  }
  .kind-milestone .marker,
  .kind-focused-visit .marker,
  .kind-joint-targeted-area-inspection .marker {
    fill: var(--_text);
  }
  .point-label {
    fill: var(--_text);
    font-weight: 700;
    paint-order: stroke;
    stroke: var(--_background);
    stroke-width: 3px;
  }
  .legend-graded .marker {
    fill: var(--_text);
  }
  /* A key's icon keeps its size when its words wrap (a narrow column, large text): a flex item would shrink. */
  .legend-icon {
    flex: none;
  }
  .chooser {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
    margin: var(--_space) 0;
  }
  .chooser label {
    font-weight: 700;
    font-size: 0.875em;
  }
  /* The chart and its hover tip, which is placed in the chart's own pixels. */
  .plot {
    position: relative;
  }
  .tip {
    position: absolute;
    z-index: 1;
    width: max-content;
    max-width: min(18em, 75%);
    padding: calc(var(--_space) / 2) var(--_space);
    font-size: ${CHART_FONT_SIZE_CSS};
    line-height: 1.3;
    overflow-wrap: anywhere;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_text);
    box-shadow: 0 2px 4px rgb(0 0 0 / 0.2);
  }
  .tip span {
    display: block;
  }
  .tip-when {
    color: var(--_muted);
  }
  .tip-title {
    font-weight: 700;
  }
  /* Its edge on the event's target: above the event, or below it near the top; inward near the chart's ends. */
  .tip-start {
    --_tip-x: -${unsafeCSS(TARGET_SIZE / 2)}px;
  }
  .tip-middle {
    --_tip-x: -50%;
  }
  .tip-end {
    --_tip-x: calc(-100% + ${unsafeCSS(TARGET_SIZE / 2)}px);
  }
  .tip-above {
    transform: translate(var(--_tip-x), -100%);
  }
  .tip-below {
    transform: translate(var(--_tip-x), 0);
  }
  .details {
    margin: var(--_space) 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-left: 4px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .details p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  .details-kind,
  .details-note {
    color: var(--_muted);
  }
  .details-title,
  .details-sources-heading {
    font-weight: 700;
  }
  .judgements {
    margin: 0 0 calc(var(--_space) / 2);
    padding-left: 1.25em;
  }
  .sub-judgement {
    margin-left: 1em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .focus-ring {
      transition: stroke 0.1s;
    }
  }
  /* Under forced colours every mark takes a system colour: grades are told apart by their band and word, kinds by
     shape, so graded markers and filled kinds are solid CanvasText and the rest hollow. */
  @media (forced-colors: active) {
    .marker,
    .journey,
    .lanes-edge,
    .axis-line {
      stroke: CanvasText;
    }
    .band-even,
    .band-odd,
    .lanes-label-bg,
    .band-label-bg.band-label-even,
    .band-label-bg.band-label-odd {
      fill: Canvas;
    }
    .gridline {
      stroke: GrayText;
    }
    .tick {
      stroke: CanvasText;
    }
    .marker {
      fill: Canvas;
    }
    .graded .marker {
      stroke: Canvas;
    }
    .graded .marker,
    .legend-graded .marker,
    .kind-milestone .marker,
    .kind-focused-visit .marker,
    .kind-joint-targeted-area-inspection .marker {
      fill: CanvasText;
    }
    .event.selected .focus-ring {
      stroke: Highlight;
    }
    .point-label {
      stroke: Canvas;
    }
    .event:focus-visible .focus-ring {
      stroke: Highlight;
      fill: none;
    }
    /* The chosen event keeps its Highlight ring; focus adds the outline, so leaving the chart changes what is drawn. */
    .event:focus-visible .focus-outline {
      stroke: CanvasText;
    }
    .point-label,
    .tick-label,
    .band-label,
    .lanes-label {
      fill: CanvasText;
    }
  }
`;

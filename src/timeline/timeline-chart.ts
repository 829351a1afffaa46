import { nothing, svg, type SVGTemplateResult } from 'lit';
import {
  DIAMOND_REACH,
  FOCUS_OUTLINE_GAP,
  FOCUS_RING_GAP,
  MARKER_SIZE,
  PARTS_GAP,
  PARTS_MIN_WIDTH,
  TARGET_SIZE,
  TICK_OVERHANG,
  TRIANGLE_REACH,
  type MarkerShape,
} from './geometry.js';
import type { Box, PlacedLabel } from './label-placement.js';
import type { PlacedEvent, TimelineLayout } from './layout.js';
import { describeEvent } from '../shared/describe-event.js';
import { TIP_CLASS } from './event-tip.js';

export interface ChartState {
  /** Event whose option takes the chart's one tab stop. */
  focusId: string | undefined;
  selectedId: string | undefined;
  onSelect: (placed: PlacedEvent) => void;
  onHover: (placed: PlacedEvent | undefined) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

/** The SVG drawing of a laid-out timeline. Only maps layout numbers to elements. */
export function renderTimelineChart(layout: TimelineLayout, state: ChartState): SVGTemplateResult {
  const { plot, bands, ticks, axisY } = layout;
  return svg`
    <g class="bands" aria-hidden="true">
      ${bands.map(
        (band, i) =>
          svg`<rect class="band band-${i % 2 ? 'odd' : 'even'}" x=${plot.left} y=${band.y} width=${plot.right - plot.left} height=${band.height}></rect>`,
      )}
    </g>
    <g class="axis" aria-hidden="true">
      <line class="axis-line" x1=${plot.left} x2=${plot.right} y1=${axisY} y2=${axisY}></line>
      ${ticks.map(
        (tick) => svg`
          <line class="gridline" x1=${tick.x} x2=${tick.x} y1=${plot.top} y2=${axisY}></line>
          <line class="tick" x1=${tick.x} x2=${tick.x} y1=${axisY} y2=${axisY + TICK_OVERHANG}></line>
          <text class="tick-label" x=${tick.x} y=${layout.tickLabelY} text-anchor=${tick.anchor}>${tick.label}</text>`,
      )}
    </g>
    ${layout.journeyPath ? svg`<path class="journey" aria-hidden="true" d=${layout.journeyPath}></path>` : nothing}
    <g class="band-labels" aria-hidden="true">
      ${bands.map(({ caption }, i) => {
        const { knockout } = caption;
        return svg`<rect class="band-label-bg band-label-${i % 2 ? 'odd' : 'even'}" x=${knockout.x0} y=${knockout.y0}
            width=${knockout.x1 - knockout.x0} height=${knockout.y1 - knockout.y0}></rect>
          ${renderLabelText(caption, `band-label band-label-${i % 2 ? 'odd' : 'even'}`, false)}`;
      })}
    </g>
    ${renderLanesName(layout)}
    ${renderLabelTargets(layout, state)}
    <g role="listbox" aria-label="Events, in time order" aria-orientation="horizontal" @keydown=${state.onKeydown}
      @click=${(event: Event) => eventAt(layout, event.target, state.onSelect)}
      @pointerover=${(event: PointerEvent) => eventAt(layout, event.target, state.onHover)}
      @pointerout=${(event: PointerEvent) => optionOf(event.relatedTarget) !== optionOf(event.target) && !onTip(event.relatedTarget) && state.onHover(undefined)}>
      ${layout.events.map((placed) => renderEvent(placed, state))}
    </g>`;
}

/**
 * The edge between the grade bands and the lanes under them, and the lanes' name on a knockout (gridlines run under
 * it), so nothing in the lanes seems to sit in the Inadequate band.
 */
function renderLanesName({ plot, lanes }: TimelineLayout): SVGTemplateResult {
  const { caption, edgeY } = lanes;
  const knockout = caption?.knockout;
  return svg`<g class="lanes-name" aria-hidden="true">
    <line class="lanes-edge" x1=${plot.left} x2=${plot.right} y1=${edgeY} y2=${edgeY}></line>
    ${
      caption && knockout
        ? svg`<rect class="lanes-label-bg" x=${knockout.x0} y=${knockout.y0} width=${knockout.x1 - knockout.x0}
            height=${knockout.y1 - knockout.y0}></rect>${renderLabelText(caption, 'lanes-label', false)}`
        : nothing
    }
  </g>`;
}

/**
 * The grade labels' boxes, one path, which choose their event as the point does (issue 26 item 11). Drawn under the
 * listbox, so every event's 24px target stays whole above any label box it meets (WCAG 2.5.8), and one element
 * whatever the number of labels; hidden from assistive technology, as each point's option does the same.
 */
function renderLabelTargets(layout: TimelineLayout, state: ChartState): SVGTemplateResult | typeof nothing {
  const boxes = layout.events.flatMap((placed) => (placed.label ? [placed.label.box] : []));
  if (boxes.length === 0) return nothing;
  const choose = (event: MouseEvent) => {
    // The click's place in the chart's own units: its box on screen follows the width the page gives it.
    const matrix = (event.currentTarget as SVGPathElement).getScreenCTM()?.inverse();
    if (!matrix) return;
    const { x, y } = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    const placed = layout.events.find(({ label }) => label && inBox(label.box, x, y));
    if (placed) state.onSelect(placed);
  };
  const d = boxes.map(({ x0, y0, x1, y1 }) => `M${round(x0)},${round(y0)}H${round(x1)}V${round(y1)}H${round(x0)}Z`);
  return svg`<path class="label-targets" aria-hidden="true" d=${d.join('')} @click=${choose}></path>`;
}

const inBox = (box: Box, x: number, y: number) => x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;

/** Whether an event target is in the hover tip, onto which the pointer may move without hiding it. */
function onTip(target: EventTarget | null): boolean {
  return Boolean((target as Element | null)?.closest?.(`.${TIP_CLASS}`));
}

/** The option (an event's group) an event target is in, if any. */
function optionOf(target: EventTarget | null): Element | null | undefined {
  return (target as Element | null)?.closest?.('[data-event-id]');
}

/**
 * Calls `then` with the placed event under an event's target. The listbox listens once for every option (events
 * are delegated), so a chart's listeners do not grow with its events.
 */
function eventAt(layout: TimelineLayout, target: EventTarget | null, then: (placed: PlacedEvent) => void): void {
  const id = optionOf(target)?.getAttribute('data-event-id');
  const placed = id === undefined ? undefined : layout.events.find((p) => p.event.id === id);
  if (placed) then(placed);
}

function renderEvent(placed: PlacedEvent, state: ChartState): SVGTemplateResult {
  const { event, x, y, grade, label } = placed;
  const selected = event.id === state.selectedId;
  const size = grade ? MARKER_SIZE.graded : MARKER_SIZE.ungraded;
  // One template an event, its marker one path whatever its shape, and a focus ring only where focus can be (the
  // listbox's tab stop, which the arrow keys move by choosing) or the choice is shown: a chart of thousands of
  // events pays for every element styled and every template instance (scripts/bench: the 10,000-event timeline).
  // Not a transform on the group: 10,000 transformed groups took Chromium's style recalculation from 0.4 s to 7 s.
  const focusable = event.id === state.focusId;
  // The outline is drawn only under keyboard focus (CSS), outside the ring the choice draws, so focus and the choice
  // never look alike; in the ring's template, so other events pay no binding for it.
  const outline = focusable
    ? svg`<circle class="focus-outline" cx=${x} cy=${y} r=${size + FOCUS_RING_GAP + FOCUS_OUTLINE_GAP}></circle>`
    : nothing;
  const ring =
    selected || focusable
      ? svg`<circle class="focus-ring" cx=${x} cy=${y} r=${size + FOCUS_RING_GAP}></circle>${outline}`
      : nothing;
  return svg`<g
      class="event kind-${event.kind} ${grade ? `graded grade-${grade}` : 'ungraded'} ${selected ? 'selected' : ''}"
      role="option"
      data-event-id=${event.id}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${describeEvent(placed)}
      tabindex=${event.id === state.focusId ? '0' : '-1'}
    ><circle class="hit-area" cx=${x} cy=${y} r=${TARGET_SIZE / 2}></circle>${ring}${
      placed.parts ? svg`<path class="parts" d=${partsPath(placed.parts, y + size + PARTS_GAP)}></path>` : nothing
    }<path
      class="marker" d=${markerPath(placed.shape, x, y, size)}></path>${label ? renderLabelText(label, 'point-label', true) : nothing}</g>`;
}

/** A label's text: one `<text>`, its second line (if any) a `<tspan>` one line lower. */
function renderLabelText(label: PlacedLabel, className: string, hidden: boolean): SVGTemplateResult {
  const { x, y, anchor, lines, lineHeight } = label;
  const ariaHidden = hidden ? 'true' : nothing;
  return lines.length === 1
    ? svg`<text class=${className} aria-hidden=${ariaHidden} x=${x} y=${y} text-anchor=${anchor}>${lines[0]}</text>`
    : svg`<text class=${className} aria-hidden=${ariaHidden} x=${x} y=${y} text-anchor=${anchor}>${lines.map(
        (line, i) => svg`<tspan x=${x} dy=${i ? lineHeight : 0}>${line}</tspan>`,
      )}</text>`;
}

/**
 * An inspection held in parts: one short bar a part, just under its marker (which sits between them and would hide
 * them), each at least PARTS_MIN_WIDTH wide, so the gap between the parts shows (a week is less than a pixel on most
 * charts).
 */
function partsPath(parts: readonly [number, number][], y: number): string {
  return parts
    .map(([x0, x1]) => {
      const middle = (x0 + x1) / 2;
      const half = Math.max(x1 - x0, PARTS_MIN_WIDTH) / 2;
      return `M${round(middle - half)},${y}H${round(middle + half)}`;
    })
    .join('');
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Shapes tell event kinds apart without colour. */
export function renderMarker(shape: MarkerShape, x: number, y: number, size: number): SVGTemplateResult {
  return svg`<path class="marker" d=${markerPath(shape, x, y, size)}></path>`;
}

/** A marker's outline as path data centred on (x, y): a circle is two arcs, so every shape is one kind of element. */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  switch (shape) {
    case 'circle':
      return `M${x - size},${y}a${size},${size} 0 1,0 ${size * 2},0a${size},${size} 0 1,0 ${-size * 2},0Z`;
    case 'square':
      return `M${x - size},${y - size}h${size * 2}v${size * 2}h${-size * 2}Z`;
    case 'diamond':
      return `M${x},${y - size * DIAMOND_REACH}L${x + size * DIAMOND_REACH},${y}L${x},${y + size * DIAMOND_REACH}L${x - size * DIAMOND_REACH},${y}Z`;
    case 'triangle':
      return `M${x},${y - size * TRIANGLE_REACH}L${x + size * TRIANGLE_REACH},${y + size}L${x - size * TRIANGLE_REACH},${y + size}Z`;
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { cssProperties, serverStyle } from './css-properties.js';
import { gradeLabel } from '../data/grades.js';
import type { Finding, FindingKind, OfstedDataset } from '../data/types.js';
import type { ListSteps } from '../shared/progressive-list.js';
import { FINDING_KINDS, type AreaGroup, type KindCounts } from './areas.js';
import type { Bar, BreakdownLayout } from './layout.js';
import { renderStatements } from './statements.js';
import { describeCounts } from './summary.js';

export interface ChartState {
  /** Key of the area whose statements are open. */
  openKey: string | undefined;
  /** A bar's statements to render now, in steps; undefined for a closed bar whose statements wait until it opens. */
  statements: (bar: Bar, open: boolean) => ListSteps<Finding> | undefined;
  onToggle: (bar: Bar) => void;
  onKeydown: (event: KeyboardEvent) => void;
}

const KEY_TEXT = {
  strength: 'Strengths',
  improvement: 'Areas for improvement',
  recommendation: 'Recommendations',
} as const;

/**
 * The key as direct labels over the bars, aligned on the centre line: strengths to its left, areas for improvement
 * and recommendations to its right, each with its fill, for the kinds the bars show (in the `legend` part). While the
 * picked sentences load, the centre is not known yet: the key keeps its room, unseen, for the kinds they hold.
 */
export function renderLegend(layout: BreakdownLayout): TemplateResult {
  const kinds = FINDING_KINDS.filter((kind) => layout.totals[kind] > 0);
  const item = (kind: FindingKind) =>
    html`<span class="key-item"><span class="swatch kind-${kind}" aria-hidden="true"></span>${KEY_TEXT[kind]}</span>`;
  const right = kinds.filter((kind) => kind !== 'strength');
  const properties = { '--label-width': `${layout.labelWidth}px`, '--centre': atTrack(layout, layout.track.centre) };
  const awaiting = layout.awaited.length > 0;
  return html`<div class="key-row ${layout.narrow ? 'narrow' : 'wide'} ${awaiting ? 'awaited' : ''}" ${cssProperties(properties)} style=${serverStyle(properties)}>
    <ul class="legend" part="legend" aria-label="Key">
      ${kinds.includes('strength') ? html`<li class="to-left">${item('strength')}</li>` : nothing}
      ${right.length ? html`<li class="to-right">${right.map(item)}</li>` : nothing}
    </ul>
  </div>`;
}

/** A position along the track as a percentage of its width, so the drawing follows the element between measurements. */
function atTrack(layout: BreakdownLayout, px: number): string {
  return `${layout.track.width ? ((px / layout.track.width) * 100).toFixed(3) : 0}%`;
}

/**
 * The diverging bar chart: one list item per area, its bar a real button that opens the statements below it.
 * Positions come from the layout in pixels and are drawn as percentages of the track, so the drawing follows
 * the element's width between measurements. The bars are hidden from assistive technology; each button's name
 * says its counts in words.
 */
export function renderBreakdownChart(
  dataset: OfstedDataset,
  layout: BreakdownLayout,
  state: ChartState,
): TemplateResult {
  const classes = `bars ${layout.narrow ? 'narrow' : 'wide'}`;
  const properties = { '--label-width': `${layout.labelWidth}px` };
  return html`<ul class=${classes} part="chart" ${cssProperties(properties)} style=${serverStyle(properties)} data-width=${layout.width} aria-label="Findings by area"
    @keydown=${state.onKeydown}>
    ${layout.bars.map((bar, index) => renderBar(dataset, layout, bar, index, state))}
    ${layout.awaited.map(renderAwaitedRow)}
  </ul>`;
}

/**
 * A row for an area whose picked sentences are on their way: its name and grade in a bar of the same size, with no
 * counts yet, inert until they come (the loading note over the rows says so).
 */
function renderAwaitedRow(group: AreaGroup): TemplateResult {
  return html`<li class="bar-item awaited" data-awaited=${group.key} inert>
    <button class="bar" type="button">${renderBarName(group)}<span class="track"></span></button>
  </li>`;
}

/** An area's name with its grade on a line of its own, and its counts in words for assistive technology. */
function renderBarName(group: AreaGroup, counts?: KindCounts): TemplateResult {
  return html`<span class="bar-name"><span class="area-name">${group.name}</span>${
    group.grade === undefined
      ? nothing
      : html`<span class="area-grade"><span class="visually-hidden">, judged </span>${gradeLabel(group.grade)}</span>`
  }${counts ? html`<span class="visually-hidden">: ${describeCounts(counts)}</span>` : nothing}</span>`;
}

function renderBar(
  dataset: OfstedDataset,
  layout: BreakdownLayout,
  bar: Bar,
  index: number,
  state: ChartState,
): TemplateResult {
  const open = bar.group.key === state.openKey;
  const at = (px: number) => atTrack(layout, px);
  return html`<li class="bar-item" data-area=${bar.group.key}>
    <button class="bar ${open ? 'open' : ''}" part="bar" id="bar-${index}" aria-expanded=${open ? 'true' : 'false'}
      aria-controls="statements-${index}" @click=${() => state.onToggle(bar)}>
      ${renderBarName(bar.group, bar.counts)}
      <span class="track" aria-hidden="true">
        <span class="centre-line" ${cssProperties({ left: at(layout.track.centre) })} style=${serverStyle({ left: at(layout.track.centre) })}></span>
        ${bar.segments.map(
          (segment) => html`<span class="segment kind-${segment.kind} ${segment.stacked ? 'stacked' : ''}"
            ${cssProperties({ left: at(segment.x), width: at(segment.width) })} style=${serverStyle({ left: at(segment.x), width: at(segment.width) })}></span>`,
        )}
        ${bar.segments.map(
          ({
            kind,
            label,
          }) => html`<span class="count anchor-${label.anchor} ${label.inside ? 'inside' : 'outside'}" data-kind=${kind}
            ${cssProperties({ left: at(label.x) })} style=${serverStyle({ left: at(label.x) })}>${label.inside ? nothing : html`<span class="swatch kind-${kind}"></span>`}${label.text}</span>`,
        )}
      </span>
    </button>
    <div class="statements" part="statements" id="statements-${index}" ?hidden=${!open}>
      ${renderStatementsOf(dataset, state.statements(bar, open))}
    </div>
  </li>`;
}

function renderStatementsOf(
  dataset: OfstedDataset,
  statements: ListSteps<Finding> | undefined,
): TemplateResult | typeof nothing {
  return statements ? renderStatements(dataset, statements) : nothing;
}

import { html, nothing, type TemplateResult } from 'lit';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import { GRADES } from '../data/grades.js';
import { MARKER_SHAPES, type PlacedEvent, type TimelineLayout } from './layout.js';
import { renderMarker } from './timeline-chart.js';

/** A key to the marker shapes the chart uses, graded points first; only the kinds drawn are listed. */
export function renderLegend(layout: TimelineLayout): TemplateResult {
  const kinds = [...new Set(layout.events.filter((p) => !p.grade).map((p) => p.event.kind))];
  const hasGraded = layout.events.some((p) => p.grade);
  const item = (shape: PlacedEvent['shape'], label: string, className: string) =>
    html`<li><svg class="legend-icon ${className}" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">${renderMarker(shape, 8, 8, 5)}</svg>${label}</li>`;
  // Where a grade's words had no room (a narrow chart, large text), its point carries the abbreviation spelt out here.
  const abbreviated = GRADES.filter((grade) => layout.events.some((p) => p.label?.abbreviated && p.grade === grade.id));
  return html`<ul class="legend" part="legend" aria-label="Key">
      ${hasGraded ? item('circle', 'Inspection, placed at its overall grade', 'legend-graded') : nothing}
      ${kinds.map((kind) => item(MARKER_SHAPES[kind], kind === 'inspection' ? 'Inspection without an overall grade' : EVENT_KIND_LABELS[kind], `kind-${kind}`))}
      ${abbreviated.map((grade) => html`<li class="legend-abbreviation"><b>${grade.abbreviation}</b> ${grade.shortLabel}</li>`)}
    </ul>`;
}

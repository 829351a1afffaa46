import { html, nothing, type TemplateResult } from 'lit';
import type { OfstedEvent } from '../data/types.js';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import { areaShortName } from '../data/areas.js';
import { gradeLabel } from '../data/grades.js';
import { overallGrade } from '../data/queries.js';
import { eventDateLabel } from '../shared/describe-event.js';
import { joinWords } from '../shared/words.js';
import { TARGET_SIZE } from './geometry.js';
import type { PlacedEvent, TimelineLayout } from './layout.js';

/** The hover tip's class: the chart lets the pointer move from an event onto its tip without hiding it. */
export const TIP_CLASS = 'tip';

/**
 * A short note by the event under the pointer: kind and date, title, overall grade. It lies over the chart, out of
 * the flow, so showing it moves nothing on the page (the details panel changes only when an event is chosen, by a
 * click or a key, and a shift that follows input is the reader's own). It touches the event's 24px target, so the
 * pointer can move onto it without it going (WCAG 1.4.13), and Escape hides it. Hidden from assistive technology:
 * the event's option says all of it in its name.
 */
export function renderEventTip(
  placed: PlacedEvent,
  layout: TimelineLayout,
  onLeave: (event: PointerEvent) => void,
): TemplateResult {
  const { event, x, y } = placed;
  const grade = overallGrade(event);
  // Anchored inward near the chart's ends so it stays inside; below the event when it is near the top.
  const side = layout.width / 3;
  const align = x < side ? 'start' : x > layout.width - side ? 'end' : 'middle';
  const below = y < layout.height / 3;
  return html`<div part="tip" class="${TIP_CLASS} tip-${align} ${below ? 'tip-below' : 'tip-above'}" aria-hidden="true"
    data-x=${x} data-y=${below ? y + TARGET_SIZE / 2 : y - TARGET_SIZE / 2} @pointerleave=${onLeave}>
    <span class="tip-when">${EVENT_KIND_LABELS[event.kind]}, ${eventDateLabel(placed)}</span>
    <span class="tip-title">${event.title}</span>
    ${grade ? html`<span>Overall effectiveness: ${gradeLabel(grade)}</span>` : ungradedOutcome(event)}
  </div>`;
}

/** An inspection's own grades where it gave no overall one (before 2013), as it sits in the lanes, not on the scale. */
function ungradedOutcome(event: OfstedEvent): TemplateResult | typeof nothing {
  const grades = (event.judgements ?? [])
    .filter((j) => j.grade)
    .map((j) => `${areaShortName(j)} ${gradeLabel(j.grade)}`);
  return grades.length ? html`<span>No overall grade; judged ${joinWords(grades)}</span>` : nothing;
}

/**
 * Puts a rendered tip at its chart position (its data-x and data-y, px). Through the style object, which a
 * Content-Security-Policy without 'unsafe-inline' allows where a style attribute would be refused.
 */
export function placeEventTip(root: ParentNode): void {
  const tip = root.querySelector<HTMLElement>(`.${TIP_CLASS}`);
  if (!tip) return;
  tip.style.left = `${tip.dataset['x']}px`;
  tip.style.top = `${tip.dataset['y']}px`;
}

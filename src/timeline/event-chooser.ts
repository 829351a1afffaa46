import { html, isServer, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { eventDateLabel } from '../shared/describe-event.js';
import type { PlacedEvent } from './layout.js';

/**
 * A select of every event, for charts too crowded to give each event a 24px pointer target of its own: the
 * equivalent control WCAG 2.5.8 allows. Shown only then; keyboard users have the listbox either way.
 */
export function renderEventChooser(events: readonly PlacedEvent[], selectedId: string | undefined, onChoose: (placed: PlacedEvent) => void): TemplateResult {
  const change = (event: Event) => {
    const chosen = events.find((placed) => placed.event.id === (event.target as HTMLSelectElement).value);
    if (chosen) onChoose(chosen);
  };
  const selected = (chosen: boolean) => (isServer ? nothing : live(chosen));
  return html`<div class="chooser">
    <label for="event-chooser">Choose an event</label>
    <select id="event-chooser" @change=${change}>
      <option value="" .selected=${selected(!selectedId)} ?selected=${isServer && !selectedId}>None chosen</option>
      ${events.map(
        (placed) => html`<option value=${placed.event.id} .selected=${selected(placed.event.id === selectedId)}
          ?selected=${isServer && placed.event.id === selectedId}>${eventDateLabel(placed)}: ${placed.event.title}</option>`,
      )}
    </select>
  </div>`;
}

import { html, isServer, noChange, type ElementPart, type TemplateResult } from 'lit';
import { Directive, directive } from 'lit/directive.js';
import { eventDateLabel } from '../shared/describe-event.js';
import type { PlacedEvent } from './layout.js';

/**
 * A select of every event, for charts too crowded to give each event a 24px pointer target of its own: the
 * equivalent control WCAG 2.5.8 allows. Shown only then; keyboard users have the listbox either way.
 */
export function renderEventChooser(
  events: readonly PlacedEvent[],
  selectedId: string | undefined,
  onChoose: (placed: PlacedEvent | undefined) => void,
): TemplateResult {
  // "None chosen" clears the chart's choice, so the chooser and the chart always agree.
  const change = (event: Event) =>
    onChoose(events.find((placed) => placed.event.id === (event.target as HTMLSelectElement).value));
  const chosen = events.some((placed) => placed.event.id === selectedId) ? selectedId! : '';
  return html`<div class="chooser">
    <label for="event-chooser">Choose an event</label>
    ${
      isServer
        ? html`<select id="event-chooser">${options(events).map(([value, text]) => html`<option value=${value} ?selected=${value === chosen}>${text}</option>`)}</select>`
        : html`<select id="event-chooser" @change=${change} ${fillOptions(events, chosen)}></select>`
    }
  </div>`;
}

/** Each option's value and words, "None chosen" first. */
function options(events: readonly PlacedEvent[]): [string, string][] {
  return [
    ['', 'None chosen'],
    ...events.map((placed): [string, string] => [placed.event.id, `${eventDateLabel(placed)}: ${placed.event.title}`]),
  ];
}

/**
 * On the `<select>` element: fills it with plain options, made again only when the events change, and selects `value`. A chart of
 * thousands of events gets two nodes an option (the option and its text), not a template instance each.
 */
class FillOptions extends Directive {
  private events?: readonly PlacedEvent[];

  render(_events: readonly PlacedEvent[], _value: string): unknown {
    return noChange;
  }

  override update(part: ElementPart, [events, value]: [readonly PlacedEvent[], string]): unknown {
    const select = part.element as HTMLSelectElement;
    if (events !== this.events) {
      this.events = events;
      select.replaceChildren(...options(events).map(([optionValue, text]) => new Option(text, optionValue)));
    }
    select.value = value;
    return noChange;
  }
}
const fillOptions = directive(FillOptions);

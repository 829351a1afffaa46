import { html, isServer, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { FINDING_KIND_NOUNS } from '../data/event-kinds.js';
import { areaFilterName, FINDING_KINDS } from './areas.js';
import type { BreakdownLayout } from './layout.js';

/**
 * The kind and area filters: two labelled selects, each choice with its count over the whole event. An `area`
 * the event has no findings in still shows as chosen, with a count of 0, so the select never misstates the filter.
 * `live` keeps each option in step with the attributes after the user has changed the select. On the server
 * (`ofsted-widgets render`) a property renders as `selected="false"`, which selects the option, so there the
 * choice is the `selected` attribute instead.
 */
export function renderFilters(
  layout: BreakdownLayout,
  onKind: (event: Event) => void,
  onArea: (event: Event) => void,
): TemplateResult {
  const { kind = '', area = '' } = layout.filters;
  const all = FINDING_KINDS.reduce((sum, k) => sum + layout.allTotals[k], 0);
  const areas = layout.groups.map((group) => ({ key: group.key, label: `${group.name} (${group.findings.length})` }));
  if (area && !layout.groups.some((group) => group.key === area))
    areas.push({ key: area, label: `${areaFilterName(layout.groups, area)} (0)` });
  const selected = (chosen: boolean) => (isServer ? nothing : live(chosen));
  const selectedOnServer = (chosen: boolean) => isServer && chosen;
  return html`<div class="filters" part="filters">
    <div class="filter">
      <label for="kind-filter">Kind of finding</label>
      <select id="kind-filter" @change=${onKind}>
        <option value="" .selected=${selected(kind === '')} ?selected=${selectedOnServer(kind === '')}>All kinds (${all})</option>
        ${FINDING_KINDS.map((k) => {
          const noun = FINDING_KIND_NOUNS[k][1];
          return html`<option value=${k} .selected=${selected(kind === k)} ?selected=${selectedOnServer(kind === k)}>${noun[0]!.toUpperCase()}${noun.slice(1)} (${layout.allTotals[k]})</option>`;
        })}
      </select>
    </div>
    <div class="filter">
      <label for="area-filter">Area</label>
      <select id="area-filter" @change=${onArea}>
        <option value="" .selected=${selected(area === '')} ?selected=${selectedOnServer(area === '')}>All areas</option>
        ${areas.map((option) => html`<option value=${option.key} .selected=${selected(area === option.key)} ?selected=${selectedOnServer(area === option.key)}>${option.label}</option>`)}
      </select>
    </div>
  </div>`;
}

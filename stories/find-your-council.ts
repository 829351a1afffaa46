/**
 * The "Find your council" guide: a council picker built on the data entry's helpers (docs/data-api.md), beside the
 * journey of the council it names. The story (find-your-council.stories.ts) hands picks back to Storybook's args.
 */
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import {
  authoritiesByRegion,
  formatIsoDate,
  loadAuthorityIndex,
  matchAuthority,
  type AuthorityIndex,
} from '../src/data/index.js';
import '../src/journey/define.js';

export interface FindArgs {
  /** The council: an id, name, ONS code, LA number or Ofsted URN. */
  authority: string;
  /** The elements' colour scheme: the toolbar's, through preview.ts's decorator. */
  theme?: string;
}

/** The page's colours follow the chosen scheme, as a council site with a dark scheme would. */
const styles = html`<style>
  .find-your-council {
    --page-text: #0b0c0c;
    --page-muted: #505a5f;
    --page-background: #ffffff;
    --page-border: #0b0c0c;
    max-width: 60rem;
    padding: 1rem;
    color: var(--page-text);
    background: var(--page-background);
    font-family: system-ui, sans-serif;
  }
  .find-your-council[data-theme='dark'] {
    --page-text: #f3f2f1;
    --page-muted: #b1b4b6;
    --page-background: #0b0c0c;
    --page-border: #b1b4b6;
  }
  @media (prefers-color-scheme: dark) {
    .find-your-council[data-theme='system'] {
      --page-text: #f3f2f1;
      --page-muted: #b1b4b6;
      --page-background: #0b0c0c;
      --page-border: #b1b4b6;
    }
  }
  .find-your-council .picker {
    display: grid;
    /* At most a readable measure, and never wider than the column (the select's width would widen an auto track). */
    grid-template-columns: minmax(0, 36rem);
    gap: 0.25rem;
    margin: 0 0 1.5rem;
  }
  .find-your-council label {
    font-weight: 700;
    font-size: 1.1875rem;
  }
  .find-your-council .hint {
    margin: 0;
    color: var(--page-muted);
  }
  .find-your-council select {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.25rem;
    font: inherit;
    color: var(--page-text);
    background: var(--page-background);
    border: 2px solid var(--page-border);
  }
  .find-your-council select:focus {
    outline: 3px solid #ffdd00;
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px;
  }
</style>`;

/** The picker: every council by region, each with its latest grade in words, the one `authority` names chosen. */
export function councilPicker(
  index: AuthorityIndex,
  authority: string,
  pick: (authority: string) => void,
): TemplateResult {
  const chosen = matchAuthority(index, authority)?.id;
  return html`<div class="picker">
    <label for="council">Council</label>
    <p class="hint" id="council-hint">
      ${index.authorities.length} councils with children's services. The data runs to ${formatIsoDate(index.dataUpTo)}:
      Ofsted's official statistics to ${formatIsoDate(index.statisticsUpTo)}, and the inspections Ofsted has published
      on its website since.
    </p>
    <select id="council" aria-describedby="council-hint" @change=${(event: Event) => pick((event.target as HTMLSelectElement).value)}>
      ${chosen ? '' : html`<option value="" selected>Choose a council</option>`}
      ${authoritiesByRegion(index).map(
        ({ region, authorities }) => html`<optgroup label=${region}>
        ${authorities.map((choice) => html`<option value=${choice.id} ?selected=${choice.id === chosen}>${choice.label}</option>`)}
      </optgroup>`,
      )}
    </select>
  </div>`;
}

/** The guide: the picker (once the index has loaded) and the journey, both in the chosen colour scheme. */
export function findYourCouncil({ authority, theme }: FindArgs, pick: (authority: string) => void): TemplateResult {
  return html`${styles}
    <div class="find-your-council" data-theme=${theme || 'light'}>
      ${until(
        loadAuthorityIndex().then((index) => councilPicker(index, authority, pick)),
        html`<p>Loading the list of councils…</p>`,
      )}
      <ofsted-journey authority=${authority} theme=${theme || 'light'}></ofsted-journey>
    </div>`;
}

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { until } from 'lit/directives/until.js';
import { loadAuthorityIndex, matchAuthority, type AuthoritySummary } from '../src/data/index.js';
import { gradeLabel } from '../src/data/grades.js';
import '../src/journey/define.js';

interface FindArgs {
  authority: string;
}

/** The authorities grouped by region, regions and authorities in alphabetical order. */
function byRegion(authorities: AuthoritySummary[]): [string, AuthoritySummary[]][] {
  const regions = new Map<string, AuthoritySummary[]>();
  for (const authority of [...authorities].sort((a, b) => a.shortName.localeCompare(b.shortName))) {
    regions.set(authority.region, [...(regions.get(authority.region) ?? []), authority]);
  }
  return [...regions].sort(([a], [b]) => a.localeCompare(b));
}

function showAuthority(event: Event) {
  const select = event.target as HTMLSelectElement;
  select.closest('.find-your-council')?.querySelector('ofsted-journey')?.setAttribute('authority', select.value);
}

async function picker(authority: string) {
  const index = await loadAuthorityIndex();
  const selected = matchAuthority(index, authority)?.id;
  return html`
    <p>
      Data up to ${index.dataUpTo} (Ofsted's official statistics to ${index.statisticsUpTo}, later inspections from
      Ofsted's website); ${index.authorities.length} authorities.
    </p>
    <label>Council
      <select @change=${showAuthority}>
        ${byRegion(index.authorities).map(([region, authorities]) => html`<optgroup label=${region}>
          ${authorities.map((a) => html`<option value=${a.id} ?selected=${a.id === selected}>
            ${a.shortName}: ${a.grade ? gradeLabel(a.grade) : 'no overall grade'}
          </option>`)}
        </optgroup>`)}
      </select>
    </label>`;
}

const meta = {
  title: 'Guides/Find your council',
  render: ({ authority }) => html`<div class="find-your-council">
    ${until(picker(authority), html`<p>Loading the list of councils…</p>`)}
    <ofsted-journey authority=${authority}></ofsted-journey>
  </div>`,
  args: { authority: 'barnet' },
  argTypes: { authority: { control: 'text', description: 'id, name, ONS code, LA number or Ofsted URN' } },
} satisfies Meta<FindArgs>;

export default meta;
type Story = StoryObj<FindArgs>;

export const FindYourCouncil: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Every English council with children’s services. Pick one to see its journey; the `authority` control ' +
          'also takes a name ("Leeds"), an ONS code (E08000035), a local authority number or an Ofsted URN. Each ' +
          'council’s data is fetched only when it is shown.',
      },
    },
  },
};

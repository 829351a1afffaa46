import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/england/define.js';
import '../src/journey/define.js';
import { argTypesFor } from './arg-types.js';
import { englandExamples as examples } from '../src/england/examples.js';
import { elementArgs, renderElement, story, type ElementArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/England',
  component: 'ofsted-england',
  tags: ['autodocs'],
  render: renderElement('ofsted-england', ['judgement', 'as-of']),
  args: elementArgs,
  argTypes: {
    ...argTypesFor('ofsted-england'),
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

export const Leeds: Story = story(examples.Leeds);
export const NoOverallGrade: Story = story(examples.NoOverallGrade);
export const Leadership: Story = story(examples.Leadership);
export const AsOf2019: Story = story(examples.AsOf2019);
export const Dark: Story = story(examples.Dark);
export const Narrow: Story = story(examples.Narrow);
export const Table: Story = story(examples.Table);
export const UnknownCouncil: Story = story(examples.UnknownCouncil);

/** Choosing a hexagon shows that council's journey under the map: the page listens for `ofsted-select`. */
export const ChooseToSeeJourney: Story = {
  render: () => {
    const show = (event: CustomEvent<{ authority?: string }>) => {
      const journey = (event.currentTarget as HTMLElement).parentElement!.querySelector('ofsted-journey')!;
      if (event.detail.authority) journey.setAttribute('authority', event.detail.authority);
    };
    return html`<div>
      <ofsted-england authority="leeds" @ofsted-select=${show}></ofsted-england>
      <ofsted-journey authority="leeds" heading-level="3"></ofsted-journey>
    </div>`;
  },
  parameters: {
    docs: {
      description: {
        story:
          'Choose a hexagon (click it, or Tab to the map, move with the arrow keys or type a name, and press Enter): the page hears `ofsted-select` with the council’s id and shows its `<ofsted-journey>` below.',
      },
    },
  },
};

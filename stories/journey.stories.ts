import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/journey/define.js';
import { fictionalAllGrades, fictionalInvalid } from '../src/fixtures/datasets.js';
import { darkPage, elementArgTypes, renderElement, type ElementArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/Journey',
  component: 'ofsted-journey',
  tags: ['autodocs'],
  render: renderElement('ofsted-journey'),
  args: { authority: 'barnet' },
  argTypes: elementArgTypes,
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

export const Barnet: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The whole story from one tag. Choose an event in the timeline: the scorecard shows that inspection (or, for ' +
          'a visit, the latest inspection before it) and the breakdown its findings.',
      },
    },
  },
};

export const Barnet2017Chosen: Story = {
  args: { event: 'inspection-2017' },
  parameters: { docs: { description: { story: 'Barnet with the 2017 inspection chosen: SIF judgements, no findings recorded.' } } },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: { docs: { description: { story: 'The journey with `theme="dark"` on a dark page; its three parts follow it.' } } },
};

export const FictionalAllGrades: Story = {
  name: 'FICTIONAL: all grades and event kinds',
  args: { data: fictionalAllGrades },
  parameters: { docs: { description: { story: '**FICTIONAL data**: an invented council, never shipped as an authority.' } } },
};

export const ErrorInvalidData: Story = {
  args: { data: fictionalInvalid },
  parameters: { docs: { description: { story: 'A FICTIONAL broken dataset: one alert for the whole journey.' } } },
};

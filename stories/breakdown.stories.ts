import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/breakdown/define.js';
import { argTypesFor } from './arg-types.js';
import { breakdownExamples as examples } from '../src/breakdown/examples.js';
import { elementArgs, renderElement, story, type ElementArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/Breakdown',
  component: 'ofsted-breakdown',
  tags: ['autodocs'],
  render: renderElement('ofsted-breakdown', ['kind', 'area']),
  args: elementArgs,
  argTypes: {
    ...argTypesFor('ofsted-breakdown'),
    kind: { control: 'select', options: ['', 'strength', 'improvement', 'recommendation'] },
    area: { control: 'text' },
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

export const Barnet: Story = story(examples.Barnet);
export const Dark: Story = story(examples.Dark);
export const Barnet2019: Story = story(examples.Barnet2019);
export const BarnetFocusedVisit2021: Story = story(examples.BarnetFocusedVisit2021);
export const FilteredToRecommendations: Story = story(examples.FilteredToRecommendations);
export const FictionalAllGrades: Story = {
  ...story(examples.FictionalAllGrades),
  name: 'FICTIONAL: all grades and event kinds',
};
export const FictionalManyFindings: Story = {
  ...story(examples.FictionalManyFindings),
  name: 'FICTIONAL: many findings, an unjudged area and findings tied to no judgement',
};
export const FictionalPickedFromReport: Story = {
  ...story(examples.FictionalPickedFromReport),
  name: "FICTIONAL: sentences picked from a report, by judgement, and Ofsted's own list",
};
export const FictionalNoReport: Story = {
  ...story(examples.FictionalNoReport),
  name: "FICTIONAL: the scorecard's inspection has no report, and the latest that has is offered",
};
export const EmptyFindings: Story = { ...story(examples.EmptyFindings), name: 'FICTIONAL: an event without findings' };
export const NarrowWidth: Story = story(examples.NarrowWidth);
export const ErrorInvalidData: Story = story(examples.ErrorInvalidData);
export const ErrorUnknownEvent: Story = story(examples.ErrorUnknownEvent);

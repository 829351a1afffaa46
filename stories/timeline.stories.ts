import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/timeline/define.js';
import { argTypesFor } from './arg-types.js';
import { timelineExamples as examples } from '../src/timeline/examples.js';
import { elementArgs, renderElement, story, type ElementArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/Timeline',
  component: 'ofsted-timeline',
  tags: ['autodocs'],
  render: renderElement('ofsted-timeline'),
  args: elementArgs,
  argTypes: {
    ...argTypesFor('ofsted-timeline'),
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

export const Barnet: Story = story(examples.Barnet);
export const FictionalAllGrades: Story = {
  ...story(examples.FictionalAllGrades),
  name: 'FICTIONAL: all grades and event kinds',
};
export const Dark: Story = story(examples.Dark);
export const DarkOnALightPage: Story = story(examples.DarkOnALightPage);
export const NarrowWidth: Story = story(examples.NarrowWidth);
export const Loading: Story = story(examples.Loading);
export const ErrorInvalidData: Story = story(examples.ErrorInvalidData);
export const ErrorUnknownAuthority: Story = story(examples.ErrorUnknownAuthority);
export const TableOpen: Story = story(examples.TableOpen);
export const ReservedRoom: Story = story(examples.ReservedRoom);
export const SelectedEvent: Story = story(examples.SelectedEvent);

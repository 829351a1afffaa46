import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/journey/define.js';
import { argTypesFor } from './arg-types.js';
import { journeyExamples as examples } from '../src/journey/examples.js';
import { renderElement, story, type ElementArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/Journey',
  component: 'ofsted-journey',
  tags: ['autodocs'],
  render: renderElement('ofsted-journey'),
  args: { authority: 'barnet' },
  argTypes: argTypesFor('ofsted-journey'),
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

export const Barnet: Story = story(examples.Barnet);
export const Barnet2017Chosen: Story = story(examples.Barnet2017Chosen);
export const ReservedRoom: Story = story(examples.ReservedRoom);
export const Dark: Story = story(examples.Dark);
export const FictionalAllGrades: Story = {
  ...story(examples.FictionalAllGrades),
  name: 'FICTIONAL: all grades and event kinds',
};
export const ErrorInvalidData: Story = story(examples.ErrorInvalidData);

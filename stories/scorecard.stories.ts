import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/scorecard/define.js';
import { argTypesFor } from './arg-types.js';
import { scorecardExamples as examples } from '../src/scorecard/examples.js';
import { elementArgs, renderElement, story, type ElementArgs } from './story-helpers.js';

const meta = {
  title: 'Elements/Scorecard',
  component: 'ofsted-scorecard',
  tags: ['autodocs'],
  render: renderElement('ofsted-scorecard'),
  args: elementArgs,
  argTypes: {
    ...argTypesFor('ofsted-scorecard'),
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

export const Barnet: Story = story(examples.Barnet);
export const Dark: Story = story(examples.Dark);
export const Barnet2019: Story = story(examples.Barnet2019);
export const Barnet2017: Story = story(examples.Barnet2017);
export const FictionalAllGrades: Story = { ...story(examples.FictionalAllGrades), name: 'FICTIONAL: unknown grades' };
export const FictionalFiveJudgements: Story = {
  ...story(examples.FictionalFiveJudgements),
  name: 'FICTIONAL: ILACS 2024, five judgements',
};
export const NarrowWidth: Story = story(examples.NarrowWidth);
export const ErrorInvalidData: Story = story(examples.ErrorInvalidData);
export const ErrorUnknownEvent: Story = story(examples.ErrorUnknownEvent);

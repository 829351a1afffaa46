import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/scorecard/define.js';
import { darkPage, elementArgs, elementArgTypes, errorInvalidDataStory, narrowWrapper, renderElement, type ElementArgs } from './story-helpers.js';
import { fictionalAllGrades } from '../src/fixtures/datasets.js';

const meta = {
  title: 'Elements/Scorecard',
  component: 'ofsted-scorecard',
  tags: ['autodocs'],
  render: renderElement('ofsted-scorecard'),
  args: elementArgs,
  argTypes: {
    ...elementArgTypes,
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<ElementArgs>;

export const Barnet: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'The London Borough of Barnet, from the bundled dataset (`authority="barnet"`, the default). With no `event` ' +
          'set, the element shows the latest graded inspection: the June 2024 ILACS inspection with its five judgements, ' +
          'compared with 2019. Children in care and care leavers were judged together in 2019, so there is no matching ' +
          'judgement to compare them with, and the scorecard says so.',
      },
    },
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: { docs: { description: { story: 'Barnet with `theme="dark"`, on a dark page.' } } },
};

export const Barnet2019: Story = {
  args: { event: 'inspection-2019' },
  parameters: {
    docs: {
      description: {
        story:
          'Barnet with `event="inspection-2019"`: four ILACS judgements, three of them Inadequate → Good since the 2017 ' +
          'inspection. Where 2017 named the judgement differently, the earlier name is given.',
      },
    },
  },
};

export const Barnet2017: Story = {
  args: { event: 'inspection-2017' },
  parameters: {
    docs: {
      description: {
        story:
          'Barnet with `event="inspection-2017"`: the single inspection framework (SIF), with sub-judgements 2.1 and 2.2 ' +
          'indented under children looked after, and the review of the Local Safeguarding Children Board. The graded ' +
          'event before it, in January 2012, judged other areas, so each row says there is no matching judgement.',
      },
    },
  },
};

export const FictionalAllGrades: Story = {
  name: 'FICTIONAL: unknown grades',
  args: { data: fictionalAllGrades, event: 'inspection-2014' },
  parameters: {
    docs: {
      description: {
        story:
          '**FICTIONAL data.** "Northwick" is an invented council, not a real authority, and none of these inspections or ' +
          'grades happened. Its February 2014 SIF inspection has a sub-judgement whose grade is not known, and the ' +
          'inspection before it has an overall grade that is not known: both are said in words, and no position on the ' +
          'scale is filled for an unknown grade. Passed through the `data` property.',
      },
    },
  },
};

export const FictionalFiveJudgements: Story = {
  name: 'FICTIONAL: ILACS 2024, five judgements',
  args: { data: fictionalAllGrades, event: 'inspection-2024' },
  parameters: {
    docs: {
      description: {
        story:
          '**FICTIONAL data.** The invented "Northwick" council\'s 2024 inspection under the five-judgement ILACS framework, ' +
          'showing Outstanding, Good and Requires improvement to be good side by side. None of it happened.',
      },
    },
  },
};

export const NarrowWidth: Story = {
  args: { event: 'inspection-2017', 'show-table': true },
  decorators: [narrowWrapper],
  parameters: {
    docs: {
      description: {
        story:
          'Barnet 2017 inside a 320px-wide container (outlined), as on a small phone, with the table open. Rows stack ' +
          'the name above the grade and scale; nothing scrolls sideways.',
      },
    },
  },
};

export const ErrorInvalidData: Story = errorInvalidDataStory;

export const ErrorUnknownEvent: Story = {
  args: { event: 'inspection-1999' },
  parameters: {
    docs: {
      description: {
        story:
          'Barnet with `event="inspection-1999"`, which names no event in the data: the element says so in a ' +
          '`role="alert"` message, logs one console error and fires `ofsted-error` with `kind: "unknown-event"`.',
      },
    },
  },
};

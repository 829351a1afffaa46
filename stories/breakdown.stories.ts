import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/breakdown/define.js';
import { darkPage, elementArgs, elementArgTypes, errorInvalidDataStory, narrowWrapper, renderElement, type ElementArgs } from './story-helpers.js';
import { fictionalAllGrades, fictionalFindings } from '../src/fixtures/datasets.js';

const meta = {
  title: 'Elements/Breakdown',
  component: 'ofsted-breakdown',
  tags: ['autodocs'],
  render: renderElement('ofsted-breakdown', ['kind', 'area']),
  args: elementArgs,
  argTypes: {
    ...elementArgTypes,
    kind: { control: 'select', options: ['', 'strength', 'improvement', 'recommendation'] },
    area: { control: 'text' },
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
          'set, the element shows the latest event with findings: the June 2024 inspection, for which the data holds ' +
          'four areas for improvement, quoted from a news report, and no strengths or recommendations. The element ' +
          'says so rather than let the empty side of the chart suggest that Ofsted found none.',
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
          'Barnet with `event="inspection-2019"`: 22 strengths, 2 areas for improvement and 4 recommendations across ' +
          "three judgement areas. Choose a bar to read its statements; the recommendations' areas were assigned by " +
          "the data's editors, and each says so.",
      },
    },
  },
};

export const BarnetFocusedVisit2021: Story = {
  args: { event: 'focused-visit-2021' },
  parameters: {
    docs: {
      description: {
        story:
          'Barnet with `event="focused-visit-2021"`: a focused visit has no judgements, so the areas are named from ' +
          "their ids (\"Children in care\"), and every statement's area was assigned by the data's editors.",
      },
    },
  },
};

export const FilteredToRecommendations: Story = {
  args: { event: 'inspection-2019', kind: 'recommendation', 'show-table': true },
  parameters: {
    docs: {
      description: {
        story:
          'Barnet 2019 with `kind="recommendation"`: only the four recommendations, in the bars and in the table. ' +
          'The kind and area selects set the reflected `kind` and `area` attributes.',
      },
    },
  },
};

export const FictionalAllGrades: Story = {
  name: 'FICTIONAL: all grades and event kinds',
  args: { data: fictionalAllGrades },
  parameters: {
    docs: {
      description: {
        story:
          '**FICTIONAL data.** "Northwick" is an invented council, not a real authority, and none of these inspections ' +
          'or findings happened. Its latest event with findings is a fictional 2019 inspection with one strength and ' +
          'one area for improvement. It is passed through the `data` property.',
      },
    },
  },
};

export const FictionalManyFindings: Story = {
  name: 'FICTIONAL: many findings, an unjudged area and findings tied to no judgement',
  args: { data: fictionalFindings },
  parameters: {
    docs: {
      description: {
        story:
          '**FICTIONAL data.** "Eastmoor" is an invented council. Its fictional 2022 inspection has 25 strengths in ' +
          'one area (so short segments carry their counts beyond the bar), an area the inspection did not judge, ' +
          'and findings tied to no judgement, shown last as "Not tied to one judgement".',
      },
    },
  },
};

export const EmptyFindings: Story = {
  name: 'FICTIONAL: an event without findings',
  args: { data: fictionalFindings, event: 'monitoring-visit-2023' },
  parameters: {
    docs: {
      description: {
        story:
          '**FICTIONAL data.** `event="monitoring-visit-2023"` names an invented visit whose findings list is empty. ' +
          'The element says so in words and draws no chart.',
      },
    },
  },
};

export const NarrowWidth: Story = {
  args: { event: 'inspection-2019' },
  decorators: [narrowWrapper],
  parameters: {
    docs: {
      description: {
        story:
          'Barnet 2019 inside a 320px-wide container (outlined), as on a small phone: each area\'s name sits above its ' +
          'bar, and nothing scrolls sideways.',
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
          '`event="inspection-1999"`: Barnet has no such event, so the element says so in a `role="alert"` message, ' +
          'fires `ofsted-error` with `kind: "unknown-event"` and logs one console error.',
      },
    },
  },
};

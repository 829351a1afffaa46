import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/timeline/define.js';
import { darkPage, elementArgs, elementArgTypes, errorInvalidDataStory, narrowWrapper, renderElement, type ElementArgs } from './story-helpers.js';
import { fictionalAllGrades } from '../src/fixtures/datasets.js';

const meta = {
  title: 'Elements/Timeline',
  component: 'ofsted-timeline',
  tags: ['autodocs'],
  render: renderElement('ofsted-timeline'),
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
          'The London Borough of Barnet, from the dataset bundled with the package (`data/authorities/barnet.json`), ' +
          'chosen by `authority="barnet"`, which is also the default.',
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
          '**FICTIONAL data.** "Northwick" is an invented council, not a real authority, and none of these inspections, ' +
          'visits or grades happened. The dataset exists to show every grade, every event kind, an inspection with an ' +
          'unknown overall grade and an event with an inferred date. It is passed through the `data` property.',
      },
    },
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [darkPage],
  parameters: { docs: { description: { story: 'Barnet with `theme="dark"`, on a dark page. `theme="system"` follows the visitor\'s setting instead.' } } },
};

export const DarkOnALightPage: Story = {
  args: { theme: 'dark' },
  parameters: {
    docs: {
      description: {
        story: 'A dark element on a light page: `theme="dark"` adds padding (`--ofsted-padding`, 1rem by default) so its text keeps off its edge.',
      },
    },
  },
};

export const NarrowWidth: Story = {
  decorators: [narrowWrapper],
  parameters: {
    docs: {
      description: {
        story: 'Barnet inside a 320px-wide container (outlined), as on a small phone. The element lays out to its own width.',
      },
    },
  },
};

/**
 * A `src` that this story's stand-in `fetch` never answers. Any real URL would settle: this static build's
 * server answers an unknown path with a 404 at once, and the element gives up on a silent server after
 * 20 seconds, so neither would hold the loading state.
 */
const PENDING_SRC = '/storybook-pending/never-answers.json';

export const Loading: Story = {
  args: { src: PENDING_SRC },
  beforeEach: () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) =>
      input === PENDING_SRC ? new Promise<Response>(() => undefined) : realFetch(input, init);
    return () => {
      globalThis.fetch = realFetch;
    };
  },
  parameters: {
    docs: {
      description: {
        story:
          'What the element shows while a `src` file is on its way. To hold that state, this story replaces `fetch` ' +
          `while it is shown: a request for \`${PENDING_SRC}\` never answers (every other request goes through ` +
          'untouched), so the element keeps showing "Loading Ofsted data…". On a real page the same message shows ' +
          'until the file arrives, or is replaced by an error if it fails or takes more than 20 seconds.',
      },
    },
  },
};

export const ErrorInvalidData: Story = errorInvalidDataStory;

export const ErrorUnknownAuthority: Story = {
  args: { authority: 'atlantis' },
  parameters: {
    docs: {
      description: {
        story: '`authority="atlantis"`: no such dataset is bundled, so the element says which ones are.',
      },
    },
  },
};

export const TableOpen: Story = {
  args: { 'show-table': true },
  parameters: {
    docs: {
      description: {
        story: 'Barnet with the `show-table` attribute: the table alternative is open from the start.',
      },
    },
  },
};

export const SelectedEvent: Story = {
  args: { event: 'inspection-2019' },
  parameters: {
    docs: {
      description: {
        story: 'Barnet with `event="inspection-2019"`: the 2019 inspection is selected and its details are shown.',
      },
    },
  },
};

import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { customPropertyArgTypes } from './arg-types.js';
import { councilRebrandStory, customPropertiesStory, type ThemingArgs } from './theming.js';

const meta = {
  title: 'Guides/Theming',
  tags: ['autodocs'],
  argTypes: {
    ...customPropertyArgTypes(),
    // Set by the toolbar's colour scheme (preview.ts), not by a control of its own.
    theme: { control: false, table: { disable: true } },
  },
  parameters: {
    docs: {
      description: {
        component:
          "The elements take a page's brand without any change to them: set `--ofsted-*` custom properties on any " +
          'ancestor (they inherit into each shadow root) and style the exposed parts with `::part()`. ' +
          "Every `--ofsted-*` property has a control here (empty is the element's default); the toolbar's colour " +
          "scheme applies, and a page's value wins in both schemes. Every element lists its custom properties and " +
          'parts in its own docs page.',
      },
    },
  },
} satisfies Meta<ThemingArgs>;

export default meta;
type Story = StoryObj<ThemingArgs>;

export const CustomProperties: Story = {
  name: 'Custom properties',
  render: customPropertiesStory,
  args: { authority: 'barnet' },
  argTypes: { authority: { control: 'text', description: 'id, name, ONS code, LA number or Ofsted URN' } },
  parameters: {
    docs: {
      description: {
        story:
          "Any council's journey (the `authority` control) with the `--ofsted-*` values the controls set on its " +
          "parent, as a page's stylesheet would set them. The address keeps the values, so a link shares them.",
      },
    },
  },
};

export const CouncilRebrand: Story = {
  name: 'FICTIONAL council rebrand',
  render: councilRebrandStory,
  parameters: {
    docs: {
      description: {
        story:
          "`<ofsted-journey>` in a FICTIONAL council's brand, showing that council's FICTIONAL data (Northwick is " +
          'invented; none of its inspections happened), restyled only from the page: custom properties on an ' +
          "ancestor and `::part(timeline)`, `::part(scorecard)` and `::part(breakdown)` (the journey's own parts; the " +
          'parts inside each element are styled by placing that element directly on the page). The brand has a light ' +
          'and a dark palette: choose the colour scheme in the toolbar. In both, text stays at least 4.5:1 and grade ' +
          'colours at least 3:1 against the background and the band shading; every grade also keeps its word and ' +
          "shape, so colour is never the only cue. Values set with the controls win over the brand's.",
      },
    },
  },
};

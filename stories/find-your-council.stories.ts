import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { useArgs } from 'storybook/preview-api';
import { findYourCouncil, type FindArgs } from './find-your-council.js';

const meta = {
  title: 'Guides/Find your council',
  // A pick updates the `authority` arg, so the control, the URL (`&args=authority:leeds`) and the journey follow it.
  render: (args) => {
    const [, updateArgs] = useArgs<FindArgs>();
    return findYourCouncil(args, (authority) => updateArgs({ authority }));
  },
  args: { authority: 'barnet' },
  argTypes: {
    authority: { control: 'text', description: 'id, name, ONS code, LA number or Ofsted URN' },
    // Set by the toolbar's colour scheme (preview.ts), not by a control of its own.
    theme: { control: false, table: { disable: true } },
  },
} satisfies Meta<FindArgs>;

export default meta;
type Story = StoryObj<FindArgs>;

export const FindYourCouncil: Story = {
  parameters: {
    docs: {
      description: {
        story:
          'Every English council with children’s services. Pick one to see its journey: the `authority` control and ' +
          "the address follow the pick, so a link shares that council (and the toolbar's colour scheme with it). The " +
          'control also takes a name ("Leeds"), an ONS code (E08000035), a local authority number or an Ofsted URN. ' +
          "Each council’s data is fetched only when it is shown. The picker is built on the data entry's helpers " +
          '(`loadAuthorityIndex`, `authoritiesByRegion`, `formatIsoDate`): see docs/data-api.md.',
      },
    },
  },
};

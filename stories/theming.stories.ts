import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/journey/define.js';

const meta = {
  title: 'Guides/Theming',
  component: 'ofsted-journey',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The elements take a page\'s brand without any change to them: set `--ofsted-*` custom properties on any ' +
          'ancestor (they inherit into each shadow root) and style the exposed parts with `::part()`. ' +
          'Every element lists its custom properties and parts in its own docs page.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const CouncilRebrand: Story = {
  name: 'Council rebrand',
  // The page's own stylesheet: custom properties on an ancestor, ::part() on the journey. Nothing inside is changed.
  render: () => html`
    <style>
      .harbourside {
        --ofsted-font-family: 'Trebuchet MS', Verdana, sans-serif;
        --ofsted-font-size: 1.0625rem;
        --ofsted-text-colour: #1c2541;
        --ofsted-secondary-text-colour: #4a5568;
        --ofsted-background-colour: #ffffff;
        --ofsted-border-colour: #6b7c93;
        --ofsted-band-colour: #eef3f8;
        --ofsted-link-colour: #0b5d7a;
        --ofsted-focus-colour: #ffbf47;
        --ofsted-grade-outstanding-colour: #3d2c8d;
        --ofsted-grade-good-colour: #00704a;
        --ofsted-grade-requires-improvement-colour: #b45309;
        --ofsted-grade-inadequate-colour: #9b1c31;
        --ofsted-strength-colour: #00704a;
        --ofsted-improvement-colour: #b45309;
        --ofsted-recommendation-colour: #9b1c31;
        --ofsted-space: 0.625rem;
        --ofsted-journey-column-min: 22rem;
        font-family: 'Trebuchet MS', Verdana, sans-serif;
        color: #1c2541;
      }
      .harbourside .masthead {
        margin: 0 0 1rem;
        padding: 0.75rem 1rem;
        background: #1c2541;
        color: #ffffff;
        font-weight: 700;
        border-bottom: 6px solid #ffbf47;
      }
      .harbourside ofsted-journey::part(timeline) {
        padding-bottom: 1rem;
        border-bottom: 2px solid #1c2541;
      }
      .harbourside ofsted-journey::part(scorecard),
      .harbourside ofsted-journey::part(breakdown) {
        padding: 0.75rem;
        border-top: 6px solid #0b5d7a;
        background: #ffffff;
        box-shadow: 0 1px 3px rgb(28 37 65 / 0.25);
      }
    </style>
    <div class="harbourside">
      <p class="masthead">Harbourside Borough Council (FICTIONAL brand) · Children's services</p>
      <ofsted-journey authority="barnet"></ofsted-journey>
    </div>
  `,
  parameters: {
    docs: {
      description: {
        story:
          "`<ofsted-journey>` in a FICTIONAL council's brand (Barnet's real data), restyled only from the page. " +
          'Custom properties used: `--ofsted-font-family`, `--ofsted-font-size`, `--ofsted-text-colour`, ' +
          '`--ofsted-secondary-text-colour`, `--ofsted-background-colour`, `--ofsted-border-colour`, `--ofsted-band-colour`, ' +
          '`--ofsted-link-colour`, `--ofsted-focus-colour`, the four grade colours `--ofsted-grade-outstanding-colour`, ' +
          '`--ofsted-grade-good-colour`, `--ofsted-grade-requires-improvement-colour` and `--ofsted-grade-inadequate-colour`, ' +
          "the breakdown's `--ofsted-strength-colour`, `--ofsted-improvement-colour` and `--ofsted-recommendation-colour`, " +
          '`--ofsted-space` and `--ofsted-journey-column-min`. Parts styled: `::part(timeline)`, `::part(scorecard)` and ' +
          "`::part(breakdown)` (the journey's own parts; the parts inside each element are styled by placing that element " +
          'directly on the page). Text stays at least 4.5:1 and grade colours at least 3:1 against the background and the ' +
          'band shading; every grade also keeps its word and shape, so colour is never the only cue.',
      },
    },
  },
};

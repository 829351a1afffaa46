/** The journey's named examples: its stories, its accessibility checks and its chart snapshots (see Example). */
import { fictionalAllGrades, fictionalInvalid } from '../fixtures/datasets.js';
import type { Example } from '../fixtures/example.js';

export const journeyExamples = {
  Barnet: {
    args: {},
    description:
      'The whole story from one tag. Choose an event in the timeline: the scorecard shows that inspection (or, for ' +
      'a visit, the latest inspection before it) and the breakdown its findings.',
  },
  Barnet2017Chosen: {
    args: { event: 'inspection-2017' },
    description: 'Barnet with the 2017 inspection chosen: SIF judgements, no findings recorded.',
  },
  ReservedRoom: {
    args: { style: 'display:block;min-height:82rem' },
    description:
      'Barnet with the web editors\' guide\'s paste: `style="display:block;min-height:82rem"` holds room from the ' +
      "page's first paint, less than any council's journey and more than a tall screen, so what growth is left " +
      'happens out of sight.',
  },
  Dark: {
    args: { theme: 'dark' },
    darkPage: true,
    description: 'The journey with `theme="dark"` on a dark page; its three parts follow it.',
  },
  FictionalAllGrades: {
    args: { data: fictionalAllGrades },
    description: '**FICTIONAL data**: an invented council, never shipped as an authority.',
  },
  ErrorInvalidData: {
    args: { data: fictionalInvalid },
    outcome: 'error',
    description: 'A FICTIONAL broken dataset: one alert for the whole journey.',
  },
} satisfies Record<string, Example>;

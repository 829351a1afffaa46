/** The timeline's named examples: its stories, its accessibility checks and its chart snapshots (see Example). */
import { fictionalAllGrades } from '../fixtures/datasets.js';
import { errorInvalidData, NARROW, PENDING_SRC, type Example } from '../fixtures/example.js';

export const timelineExamples = {
  Barnet: {
    args: {},
    description:
      'The London Borough of Barnet, from the dataset bundled with the package (`data/authorities/barnet.json`), ' +
      'chosen by `authority="barnet"`.',
  },
  FictionalAllGrades: {
    args: { data: fictionalAllGrades },
    description:
      '**FICTIONAL data.** "Northwick" is an invented council, not a real authority, and none of these inspections, ' +
      'visits or grades happened. The dataset exists to show every grade, every event kind, an inspection with an ' +
      'unknown overall grade and an event with an inferred date. It is passed through the `data` property.',
  },
  Dark: {
    args: { theme: 'dark' },
    darkPage: true,
    description: 'Barnet with `theme="dark"`, on a dark page. `theme="system"` follows the visitor\'s setting instead.',
  },
  DarkOnALightPage: {
    args: { theme: 'dark' },
    description:
      'A dark element on a light page: `theme="dark"` adds padding (`--ofsted-padding`, 1rem by default) so its text keeps off its edge.',
  },
  NarrowWidth: {
    args: {},
    width: NARROW,
    description:
      'Barnet inside a 320px-wide container (outlined), as on a small phone. The element lays out to its own width.',
  },
  Loading: {
    args: { src: PENDING_SRC },
    outcome: 'loading',
    description:
      'What the element shows while a `src` file is on its way. To hold that state, this example replaces `fetch` ' +
      `while it is shown: a request for \`${PENDING_SRC}\` never answers (every other request goes through ` +
      'untouched), so the element keeps showing "Loading Ofsted data…". On a real page the same message shows ' +
      'until the file arrives, or is replaced by an error if it fails or takes more than 20 seconds.',
  },
  ErrorInvalidData: errorInvalidData,
  ErrorUnknownAuthority: {
    args: { authority: 'atlantis' },
    outcome: 'error',
    description: '`authority="atlantis"`: no such dataset is bundled, so the element says which ones are.',
  },
  TableOpen: {
    args: { 'show-table': true },
    description: 'Barnet with the `show-table` attribute: the table alternative is open from the start.',
  },
  ReservedRoom: {
    args: { style: 'display:block;min-height:max(42rem,90rem - 105vw)' },
    description:
      "Barnet in the room the README's paste reserves with a `style` on the tag (`display:block;" +
      "min-height:max(42rem,90rem - 105vw)`): the room holds from the page's first paint, and the chart draws at its " +
      'own height inside it, so nothing after the element moves when the script and the data arrive.',
  },
  SelectedEvent: {
    args: { event: 'inspection-2019' },
    description: 'Barnet with `event="inspection-2019"`: the 2019 inspection is selected and its details are shown.',
  },
} satisfies Record<string, Example>;

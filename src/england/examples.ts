/** `<ofsted-england>`'s named examples, which its stories show (see Example). */
import type { Example, ExampleArgs } from '../fixtures/example.js';

/** The map's own attributes beside the shared ones. */
export type EnglandExample = Example & { args: ExampleArgs & { judgement?: string; 'as-of'?: string } };

export const englandExamples = {
  Leeds: {
    args: { authority: 'leeds' },
    description:
      'Leeds highlighted (`authority="leeds"`): its hexagon outlined, the sentence and bars for England and Yorkshire ' +
      'and the Humber, its ten statistical neighbours (DfE, 2025 model) and its overall grade at each 31 March as a ' +
      'line over England’s shares.',
  },
  NoOverallGrade: {
    args: { authority: 'brent' },
    description:
      'Brent, inspected in April 2026 under the framework that gives no overall effectiveness grade: counted and ' +
      'said as such, not left out.',
  },
  Leadership: {
    args: { authority: 'leeds', judgement: 'leadership' },
    description:
      '`judgement="leadership"`: every council by its latest leadership grade, which every ILACS inspection gives, April 2026’s included.',
  },
  AsOf2019: {
    args: { authority: 'leeds', 'as-of': '2019-03-31' },
    description: '`as-of="2019-03-31"`: the grades as they stood on 31 March 2019 (reports published by then).',
  },
  Dark: {
    args: { authority: 'leeds', theme: 'dark' },
    darkPage: true,
    description: 'Leeds under `theme="dark"`, on a dark page.',
  },
  Narrow: {
    args: { authority: 'leeds' },
    width: 320,
    description: 'At 320px, a small phone: the map scales, the text stays at its size, nothing scrolls sideways.',
  },
  Table: {
    args: { authority: 'leeds', 'show-table': true },
    description:
      'The table alternative open: all 153 councils with region, grade in words, dates, source, and Leeds’s neighbours ranked.',
  },
  UnknownCouncil: {
    args: { authority: 'nowhere-shire' },
    outcome: 'error',
    description: 'An `authority` the package does not know: said in place, with the map of England still shown.',
  },
} satisfies Record<string, EnglandExample>;

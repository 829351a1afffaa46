/** The scorecard's named examples: its stories, its accessibility checks and its snapshots (see Example). */
import { fictionalAllGrades } from '../fixtures/datasets.js';
import { darkBarnet, errorInvalidData, errorUnknownEvent, NARROW, type Example } from '../fixtures/example.js';

export const scorecardExamples = {
  Barnet: {
    args: {},
    description:
      'The London Borough of Barnet, from the bundled dataset (`authority="barnet"`). With no `event` ' +
      'set, the element shows the latest graded inspection: the June 2024 ILACS inspection with its five judgements, ' +
      'compared with 2019. Children in care and care leavers were judged together in 2019, so there is no matching ' +
      'judgement to compare them with, and the scorecard says so.',
  },
  Dark: darkBarnet,
  Barnet2019: {
    args: { event: 'inspection-2019' },
    description:
      'Barnet with `event="inspection-2019"`: four ILACS judgements, three of them Inadequate → Good since the 2017 ' +
      'inspection. Where 2017 named the judgement differently, the earlier name is given.',
  },
  Barnet2017: {
    args: { event: 'inspection-2017' },
    description:
      'Barnet with `event="inspection-2017"`: the single inspection framework (SIF), with sub-judgements 2.1 and 2.2 ' +
      'indented under children looked after, and the review of the Local Safeguarding Children Board. The graded ' +
      'event before it, in 2012, judged other areas, so each row says there is no matching judgement.',
  },
  FictionalAllGrades: {
    args: { data: fictionalAllGrades, event: 'inspection-2014' },
    description:
      '**FICTIONAL data.** "Northwick" is an invented council, not a real authority, and none of these inspections or ' +
      'grades happened. Its February 2014 SIF inspection has a sub-judgement whose grade is not known, and the ' +
      'inspection before it has an overall grade that is not known: both are said in words, and no position on the ' +
      'scale is filled for an unknown grade. Passed through the `data` property.',
  },
  FictionalFiveJudgements: {
    args: { data: fictionalAllGrades, event: 'inspection-2024' },
    description:
      '**FICTIONAL data.** The invented "Northwick" council\'s 2024 inspection under the five-judgement ILACS framework, ' +
      'showing Outstanding, Good and Requires improvement to be good side by side. None of it happened.',
  },
  NarrowWidth: {
    args: { event: 'inspection-2017', 'show-table': true },
    width: NARROW,
    description:
      'Barnet 2017 inside a 320px-wide container (outlined), as on a small phone, with the table open. Rows stack ' +
      'the name above the grade and scale; nothing scrolls sideways.',
  },
  ErrorInvalidData: errorInvalidData,
  ErrorUnknownEvent: errorUnknownEvent,
} satisfies Record<string, Example>;

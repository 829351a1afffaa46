/** The breakdown's named examples: its stories, its accessibility checks and its chart snapshots (see Example). */
import { fictionalAllGrades, fictionalFindings, fictionalPicked } from '../fixtures/datasets.js';
import { darkBarnet, errorInvalidData, errorUnknownEvent, NARROW, type Example } from '../fixtures/example.js';

export const breakdownExamples = {
  Barnet: {
    args: {},
    description:
      'The London Borough of Barnet, from the bundled dataset (`authority="barnet"`). With no `event` ' +
      'set, the element shows the latest event with findings: the June 2024 inspection, for which the data holds ' +
      'four areas for improvement, quoted from a news report, and no strengths or recommendations. The element ' +
      'says so rather than let the empty side of the chart suggest that Ofsted found none.',
  },
  Dark: darkBarnet,
  Barnet2019: {
    args: { event: 'inspection-2019' },
    description:
      'Barnet with `event="inspection-2019"`: 22 strengths, 2 areas for improvement and 4 recommendations across ' +
      "three judgement areas. Choose a bar to read its statements; the recommendations' areas were assigned by " +
      "the data's editors, and each says so.",
  },
  BarnetFocusedVisit2021: {
    args: { event: 'focused-visit-2021' },
    description:
      'Barnet with `event="focused-visit-2021"`: a focused visit has no judgements, so the areas are named from ' +
      'their ids ("Children in care"), and every statement\'s area was assigned by the data\'s editors.',
  },
  FilteredToRecommendations: {
    args: { event: 'inspection-2019', kind: 'recommendation', 'show-table': true },
    description:
      'Barnet 2019 with `kind="recommendation"`: only the four recommendations, in the bars and in the table. ' +
      'The kind and area selects set the reflected `kind` and `area` attributes.',
  },
  FictionalAllGrades: {
    args: { data: fictionalAllGrades },
    description:
      '**FICTIONAL data.** "Northwick" is an invented council, not a real authority, and none of these inspections ' +
      'or findings happened. Its latest event with findings is a fictional 2019 inspection with one strength and ' +
      'one area for improvement. It is passed through the `data` property.',
  },
  FictionalManyFindings: {
    args: { data: fictionalFindings },
    description:
      '**FICTIONAL data.** "Eastmoor" is an invented council. Its fictional 2022 inspection has 25 strengths in ' +
      'one area (so short segments carry their counts beyond the bar), an area the inspection did not judge, ' +
      'and findings tied to no judgement, shown last as "Not tied to one judgement".',
  },
  FictionalPickedFromReport: {
    args: { data: fictionalPicked, event: 'inspection-2024' },
    description:
      '**FICTIONAL data.** "Westbrook" is an invented council. Its fictional 2024 inspection shows what the package ' +
      "draws for a real ILACS report: one row per judgement, in the report's order, with its grade; the sentences " +
      "picked from each judgement's section as strengths against areas for improvement, each with its paragraph " +
      "number; and Ofsted's own list of what needs to improve, quoted as a list of its own.",
  },
  FictionalNoReport: {
    args: { data: fictionalPicked },
    description:
      "**FICTIONAL data.** With no `event` set the element opens the inspection the scorecard shows: Westbrook's " +
      'fictional 2026 inspection, which has no report in the data. It says why, and offers the latest inspection ' +
      'that has findings.',
  },
  EmptyFindings: {
    args: { data: fictionalFindings, event: 'monitoring-visit-2023' },
    outcome: 'empty',
    description:
      '**FICTIONAL data.** `event="monitoring-visit-2023"` names an invented visit whose findings list is empty. ' +
      'The element says so in words and draws no chart.',
  },
  NarrowWidth: {
    args: { event: 'inspection-2019' },
    width: NARROW,
    description:
      "Barnet 2019 inside a 320px-wide container (outlined), as on a small phone: each area's name sits above its " +
      'bar, and nothing scrolls sideways.',
  },
  ErrorInvalidData: errorInvalidData,
  ErrorUnknownEvent: errorUnknownEvent,
} satisfies Record<string, Example>;

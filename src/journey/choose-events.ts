import { eventsInTimeOrder, hasFindings, isGraded } from '../data/queries.js';
import type { OfstedDataset } from '../data/types.js';

export interface LinkedEvents {
  /** What the timeline highlights: the chosen event, if any. */
  timeline: string | undefined;
  /** The graded inspection the scorecard shows: the chosen one, else the latest graded one before it. */
  scorecard: string | undefined;
  /** The event whose findings the breakdown shows: the chosen one, else the latest with findings before it. */
  breakdown: string | undefined;
}

/**
 * chooseLinkedEvents(dataset, id): what each part of <ofsted-journey> shows when the user picks event `id`.
 * A monitoring visit has no grades or findings, so the scorecard and breakdown keep the story up to that date
 * rather than go blank; with nothing earlier to show, they get the chosen event and say it has none. Never a
 * later event: that would show the future of the date the user chose. Nothing chosen: each part's default.
 */
export function chooseLinkedEvents(dataset: OfstedDataset, id: string | undefined): LinkedEvents {
  const dated = eventsInTimeOrder(dataset);
  const index = dated.findIndex((item) => item.event.id === id);
  if (!id || index === -1) return { timeline: undefined, scorecard: undefined, breakdown: undefined };
  const upToChosen = dated.slice(0, index + 1).map((item) => item.event);
  return {
    timeline: id,
    scorecard: upToChosen.filter(isGraded).pop()?.id ?? id,
    breakdown: upToChosen.filter(hasFindings).pop()?.id ?? id,
  };
}

import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import { eventsInTimeOrder, hasFindings, isGraded, latestEvent, type DatedEvent } from '../data/queries.js';
import type { OfstedDataset } from '../data/types.js';
import { eventDateLabel } from '../shared/describe-event.js';
import type { LinkedEvents } from './choose-events.js';

const what = (item: DatedEvent) => `the ${EVENT_KIND_LABELS[item.event.kind].toLowerCase()} of ${eventDateLabel(item)}`;

/**
 * describeLinkedEvents(dataset, linked): what the journey's status message says once the user has chosen an event,
 * or none, so a screen reader hears what the scorecard and breakdown now show (WCAG 4.1.3).
 * "Inspection, 13 to 24 May 2019, chosen. The scorecard shows its judgements and the breakdown its findings."
 */
export function describeLinkedEvents(dataset: OfstedDataset, linked: LinkedEvents): string {
  const dated = eventsInTimeOrder(dataset);
  const find = (id: string | undefined) => dated.find((item) => item.event.id === id);
  const chosen = find(linked.timeline);
  if (!chosen) return describeDefaults(dataset);
  const scorecard = find(linked.scorecard);
  const breakdown = find(linked.breakdown);
  const scorecardText =
    scorecard && scorecard !== chosen
      ? `The scorecard shows the judgements of ${what(scorecard)}, the latest before it`
      : isGraded(chosen.event)
        ? 'The scorecard shows its judgements'
        : 'It has no judgements for the scorecard';
  const breakdownText =
    breakdown && breakdown !== chosen
      ? `the breakdown the findings of ${what(breakdown)}`
      : hasFindings(chosen.event)
        ? 'the breakdown its findings'
        : 'no findings for the breakdown';
  return `${EVENT_KIND_LABELS[chosen.event.kind]}, ${eventDateLabel(chosen)}, chosen. ${scorecardText}; ${breakdownText}.`;
}

/**
 * With no event chosen the scorecard and breakdown show their defaults: the latest graded inspection (the breakdown,
 * with none graded, the latest event with findings). "No event chosen. The scorecard shows the judgements of …".
 */
function describeDefaults(dataset: OfstedDataset): string {
  const graded = latestEvent(dataset, isGraded);
  const withFindings = graded ?? latestEvent(dataset, hasFindings);
  const scorecardText = graded
    ? `The scorecard shows the judgements of ${what(graded)}, the latest`
    : 'The scorecard has no graded inspection to show';
  const breakdownText =
    withFindings && hasFindings(withFindings.event)
      ? withFindings === graded
        ? 'the breakdown its findings'
        : `the breakdown the findings of ${what(withFindings)}`
      : 'no findings for the breakdown';
  return `No event chosen. ${scorecardText}; ${breakdownText}.`;
}

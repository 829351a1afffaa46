import { html } from 'lit';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import type { DatedEvent } from '../data/queries.js';
import type { OfstedDataset } from '../data/types.js';
import type { TableColumn } from '../shared/data-table.js';
import { citedSources, renderSourceList } from '../shared/source-links.js';
import { gradeLabel } from '../data/grades.js';
import { authorityName } from '../data/queries.js';
import { eventDateLabel } from '../shared/describe-event.js';
import { renderJudgements } from './event-details.js';

/**
 * Columns of the timeline's table alternative: one row per event, in time order (ids, for developers, are in the
 * CSV). A council that replaced others gets a "Council" column saying whose each event was.
 */
export function timelineColumns(dataset: OfstedDataset): TableColumn<DatedEvent>[] {
  const reorganised = dataset.events.some((event) => event.predecessor);
  const council: TableColumn<DatedEvent>[] = reorganised
    ? [{ header: 'Council', cell: ({ event }) => event.predecessor ?? authorityName(dataset), narrow: true }]
    : [];
  return [
    { header: 'Date', cell: (dated) => eventDateLabel(dated), narrow: true },
    { header: 'Event', cell: ({ event }) => event.title, rowHeader: true },
    ...council,
    { header: 'Kind', cell: ({ event }) => EVENT_KIND_LABELS[event.kind], narrow: true },
    { header: 'Judgements', cell: (dated) => renderJudgements(dated) },
    { header: 'Sources', cell: ({ event }) => html`${renderSourceList(dataset, event.sources)}` },
  ];
}

/** About how many characters a row shows: what sizes a step of a long table (see ProgressiveList). */
export function timelineRowText(dataset: OfstedDataset): (dated: DatedEvent) => number {
  return ({ event }) => {
    let characters = event.title.length + 40;
    for (const judgement of event.judgements ?? []) characters += judgement.name.length + 30;
    for (const source of citedSources(dataset, event.sources)) characters += source.title.length + 60;
    return characters;
  };
}

/** The table as CSV rows: a header, then one plain-text row per event (judgements "Name: Grade; …", source titles). */
export function timelineCsvRows(dataset: OfstedDataset, events: readonly DatedEvent[]): string[][] {
  return [
    ['Date', 'Event', 'Kind', 'Judgements', 'Sources', 'Event id'],
    ...events.map((dated) => [
      eventDateLabel(dated),
      dated.event.title,
      EVENT_KIND_LABELS[dated.event.kind],
      (dated.event.judgements ?? []).map((judgement) => `${judgement.name}: ${gradeLabel(judgement.grade)}`).join('; '),
      citedSources(dataset, dated.event.sources)
        .map((source) => source.title)
        .join('; '),
      dated.event.id,
    ]),
  ];
}

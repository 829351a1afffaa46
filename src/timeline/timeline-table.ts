import { html } from 'lit';
import { EVENT_KIND_LABELS } from '../data/event-kinds.js';
import type { DatedEvent } from '../data/queries.js';
import type { OfstedDataset } from '../data/types.js';
import type { TableColumn } from '../shared/data-table.js';
import { renderSourceList } from '../shared/source-links.js';
import { eventDateLabel } from '../shared/describe-event.js';
import { renderJudgements } from './event-details.js';

/** Columns of the timeline's table alternative: one row per event, in time order. */
export function timelineColumns(dataset: OfstedDataset): TableColumn<DatedEvent>[] {
  return [
    { header: 'Date', cell: (dated) => eventDateLabel(dated) },
    { header: 'Event', cell: ({ event }) => event.title, rowHeader: true },
    { header: 'Kind', cell: ({ event }) => EVENT_KIND_LABELS[event.kind] },
    { header: 'Judgements', cell: (dated) => renderJudgements(dated) },
    { header: 'Sources', cell: ({ event }) => html`${renderSourceList(dataset, event.sources)}` },
  ];
}

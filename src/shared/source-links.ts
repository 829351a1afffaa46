import { html, nothing, type TemplateResult } from 'lit';
import { formatIsoDate } from '../data/dates.js';
import type { OfstedDataset, SourceDocument } from '../data/types.js';
import { memoLast } from './memo-last.js';

/** The last dataset's sources by id (the first of each id), made once: every table row looks its citations up. */
const sourcesById = memoLast((dataset: OfstedDataset) => {
  const byId = new Map<string, SourceDocument>();
  for (const source of dataset.sources) if (!byId.has(source.id)) byId.set(source.id, source);
  return byId;
});

/** The cited documents, linked where they have an address, in citation order. */
export function citedSources(dataset: OfstedDataset, ids: readonly string[]): SourceDocument[] {
  const byId = sourcesById(dataset);
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** "Title (Publisher, 1 July 2019)", a link when the source has an address. */
export function renderSource(source: SourceDocument): TemplateResult {
  const about = [source.publisher, source.date && formatIsoDate(source.date)].filter(Boolean).join(', ');
  const title = source.url
    ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank">${source.title}<span class="visually-hidden"> (opens in a new tab)</span></a>`
    : html`<span>${source.title}</span>`;
  return html`${title}${about ? html` <span class="source-about">(${about})</span>` : nothing}`;
}

export function renderSourceList(dataset: OfstedDataset, ids: readonly string[]): TemplateResult {
  return html`<ul class="sources">
    ${citedSources(dataset, ids).map((source) => html`<li>${renderSource(source)}</li>`)}
  </ul>`;
}

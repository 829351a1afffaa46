import { html, nothing, type TemplateResult } from 'lit';
import { EVENT_KIND_LABELS, FINDING_KIND_NOUNS } from '../data/event-kinds.js';
import { gradeLabel } from '../data/grades.js';
import { overallJudgement, type DatedEvent } from '../data/queries.js';
import type { FindingKind, OfstedDataset } from '../data/types.js';
import { renderHeading } from '../shared/heading.js';
import { renderSourceList } from '../shared/source-links.js';
import { differingClause, eventDateLabel } from '../shared/describe-event.js';
import { countOf, joinWords } from '../shared/words.js';

/** The panel that tells one event in full: date, kind, framework, what it found, and its sources. Its title is a heading at `level`. */
export function renderEventDetails(dataset: OfstedDataset, dated: DatedEvent, level: number): TemplateResult {
  const { event } = dated;
  const framework = dataset.frameworks?.find((f) => f.id === event.framework);
  return html`
    <p class="details-kind">${EVENT_KIND_LABELS[event.kind]}${framework ? html` · ${framework.shortName ?? framework.name}` : nothing}</p>
    ${renderHeading(level, event.title, { className: 'details-title' })}
    <p class="details-date">${eventDateLabel(dated)}</p>
    ${event.dateInferred ? html`<p class="details-note">${event.dateInferred}</p>` : nothing}
    ${event.summary ? html`<p>${event.summary}</p>` : nothing}
    ${renderOutcome(dated)}
    ${renderJudgements(dated)}
    ${renderFindingCounts(dated)}
    ${renderHeading(Math.min(6, level + 1), 'Sources', { className: 'details-sources-heading' })}
    ${renderSourceList(dataset, event.sources)}
  `;
}

/** "Overall effectiveness: Good, with the experiences and progress of children in care judged Outstanding." */
function renderOutcome({ event }: DatedEvent): TemplateResult | typeof nothing {
  const overall = overallJudgement(event);
  const clause = differingClause(event);
  return overall && clause
    ? html`<p class="details-outcome">Overall effectiveness: ${gradeLabel(overall.grade)}${clause}.</p>`
    : nothing;
}

/** Judgements as "Area: Grade", or a plain note that visits are not graded. */
export function renderJudgements({ event }: DatedEvent): TemplateResult {
  if (!event.judgements?.length) {
    return html`<p>${event.kind === 'milestone' ? 'Not an inspection: no grade.' : 'Not graded.'}</p>`;
  }
  return html`<ul class="judgements">
    ${event.judgements.map(
      (judgement) => html`<li class=${judgement.parent ? 'sub-judgement' : ''}>
        ${judgement.name}: <strong>${gradeLabel(judgement.grade)}</strong>
      </li>`,
    )}
  </ul>`;
}

/** "Findings recorded: 22 strengths, 2 areas for improvement and 4 recommendations." */
export function findingCountsText({ event }: DatedEvent): string {
  const findings = event.findings ?? [];
  if (findings.length === 0) return '';
  const counts = new Map<FindingKind, number>();
  for (const finding of findings) counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => countOf(count, ...FINDING_KIND_NOUNS[kind]));
  return `Findings recorded: ${joinWords(parts)}.`;
}

function renderFindingCounts(dated: DatedEvent): TemplateResult | typeof nothing {
  const text = findingCountsText(dated);
  return text ? html`<p>${text}</p>` : nothing;
}

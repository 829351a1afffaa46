import { css, html, nothing, type TemplateResult } from 'lit';
import { formatPartialDate, parsePartialDate } from '../data/dates.js';
import type { OfstedDataset } from '../data/types.js';

/** "August 2026": a coverage date to the month, as a reader needs it. */
function month(iso: string): string {
  const date = parsePartialDate(iso);
  if (!date) return iso;
  return formatPartialDate(date.precision === 'day' ? { ...date, precision: 'month' } : date);
}

/**
 * describeCoverage(dataset): up to when the file's data runs and what it leaves out, from its `coverage`, in a
 * reader's words: "Inspections to August 2026 (Ofsted's statistics to March 2025, then its reports). Monitoring and
 * focused visits only from April 2021 to March 2025, the years Ofsted's statistics list: earlier and later visits are
 * not shown." Visits are left unmentioned when the file does not say from when (a hand-made history); undefined for a
 * file that says nothing (nothing is filled in).
 */
export function describeCoverage(dataset: OfstedDataset): string | undefined {
  const { visitsFrom, statisticsTo, reportsTo } = dataset.coverage ?? {};
  const sentences: string[] = [];
  if (reportsTo && statisticsTo)
    sentences.push(
      `Inspections to ${month(reportsTo)} (Ofsted's statistics to ${month(statisticsTo)}, then its reports).`,
    );
  else if (reportsTo) sentences.push(`Inspections to ${month(reportsTo)}, from Ofsted's reports.`);
  else if (statisticsTo) sentences.push(`Inspections to ${month(statisticsTo)}, from Ofsted's statistics.`);
  if (visitsFrom && statisticsTo)
    sentences.push(
      `Monitoring and focused visits only from ${month(visitsFrom)} to ${month(statisticsTo)}, the years Ofsted's statistics list: earlier and later visits are not shown.`,
    );
  else if (visitsFrom)
    sentences.push(
      `Monitoring and focused visits only from ${month(visitsFrom)}: Ofsted's statistics do not list earlier ones.`,
    );
  return sentences.length ? sentences.join(' ') : undefined;
}

/** The coverage note under a chart ("Data: Inspections to August 2026 …"), or nothing for a file that does not say. */
export function renderCoverage(dataset: OfstedDataset): TemplateResult | typeof nothing {
  const text = describeCoverage(dataset);
  return text
    ? html`<p class="coverage" part="coverage"><span class="coverage-label">What this shows:</span> ${text}</p>`
    : nothing;
}

export const coverageStyles = css`
  .coverage {
    margin: var(--_space) 0 0;
    font-size: 0.875em;
    color: var(--_muted, inherit);
    overflow-wrap: break-word;
  }
  .coverage-label {
    font-weight: 700;
  }
`;

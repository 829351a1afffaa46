import { css, html, type TemplateResult } from 'lit';
import type { DatasetError, OfstedErrorKind } from '../data/dataset-error.js';
import type { OfstedErrorEventDetail } from './dataset-controller.js';

/** How many validation issues to list before summarising the rest. */
const SHOWN_ISSUES = 8;

/** The in-place message for a dataset that could not be shown. Data is interpolated as text, never markup. */
export function renderDatasetError(error: DatasetError): TemplateResult {
  const issues = error.issues;
  const hidden = issues.length - SHOWN_ISSUES;
  return html`<div class="error" role="alert" part="error">
    <p class="error-title">The Ofsted data could not be shown.</p>
    <p class="error-message">${error.message}</p>
    ${issues.length
      ? html`<ul class="error-issues">
          ${issues.slice(0, SHOWN_ISSUES).map((issue) => html`<li><code>${issue.message}</code></li>`)}
          ${hidden > 0 ? html`<li>… and ${hidden} more.</li>` : null}
        </ul>`
      : null}
  </div>`;
}

/** An in-place message for a problem that is not the dataset's, e.g. an `event` id that names no event. */
export function renderProblem(message: string): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p class="error-title">The Ofsted data could not be shown.</p>
    <p class="error-message">${message}</p>
  </div>`;
}

/**
 * Tells the page about a problem found while rendering: one console error and an `ofsted-error` event,
 * once per distinct message (re-renders of the same problem stay quiet).
 */
export class ProblemReporter {
  private reported?: string;

  report(host: HTMLElement & { updateComplete: Promise<unknown> }, message: string | undefined, kind: OfstedErrorKind): void {
    if (message === this.reported) return;
    this.reported = message;
    if (message === undefined) return;
    console.error(`<${host.localName}>: ${message}`);
    const detail: OfstedErrorEventDetail = { message, kind, issues: [] };
    // After the current render, so a page hears `ofsted-data` (dispatched the same way) before this.
    void host.updateComplete.then(() => host.dispatchEvent(new CustomEvent('ofsted-error', { detail, bubbles: true, composed: true })));
  }
}

export const errorStyles = css`
  .error {
    padding: var(--_space) calc(var(--_space) * 2);
    border-left: 5px solid var(--ofsted-error-colour, #d4351c);
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  .error-title {
    margin: 0 0 0.25em;
    font-weight: 700;
  }
  .error-message {
    margin: 0;
  }
  .error-issues {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
  }
`;

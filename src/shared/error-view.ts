import { css, html, type TemplateResult } from 'lit';
import type { DatasetError } from '../data/dataset-error.js';

/** Where anyone can read Ofsted's reports when the element cannot show them. */
export const OFSTED_REPORTS_URL = 'https://reports.ofsted.gov.uk/';

/**
 * The in-place message for a dataset that could not be shown, in words for the public: what happened and where
 * Ofsted's reports are: the page's own fallback content inside the tag (the paste's link to the council's reports),
 * else a link to Ofsted's reports. The technical detail (URLs, JSON paths of each problem) is for developers, in the console
 * and the `ofsted-error` event, not here. Data is interpolated as text, never markup.
 */
export function renderDatasetError(error: DatasetError): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p class="error-title">The Ofsted data could not be shown.</p>
    <p class="error-message">${publicMessage(error)}</p>
    <slot>${renderReportsLink()}</slot>
  </div>`;
}

/** What happened, said for a visitor to the page. */
export function publicMessage(error: DatasetError): string {
  switch (error.kind) {
    case 'fetch':
      return error.details.status === 404
        ? 'The file of inspection data was not found.'
        : 'The inspection data could not be loaded.';
    case 'timeout':
      return 'The inspection data took too long to load.';
    case 'invalid':
      // A file past the documented limits (README "Reliability") is not wrong, only too big: say which.
      return error.issues.some((issue) => /more than the [\d,]+ allowed/.test(issue.message))
        ? 'The inspection data is larger than these widgets can show, so it is not shown.'
        : 'The inspection data has mistakes in it, so it is not shown.';
    case 'unknown-authority':
      // The council's name and what to read instead; how to fix the tag is for the page's developer (console, event).
      return error.details.readerMessage ?? 'The page names a council that is not in this data.';
    default:
      return 'The file of inspection data could not be read.';
  }
}

function renderReportsLink(): TemplateResult {
  return html`<p class="error-message">You can <a href=${OFSTED_REPORTS_URL}>find every council's inspection reports on Ofsted's website</a>.</p>`;
}

/**
 * An in-place message for a problem that is not the dataset's: an `event` id that names no event. It says what
 * happened and what the element shows instead (`shown`); with nothing else shown, where Ofsted's reports are.
 */
export function renderProblem(message: string, shown: string, nothingElse = false): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p class="error-title">This page asks for an event that is not in the data.</p>
    <p class="error-message">${message} ${shown}</p>
    ${nothingElse ? renderReportsLink() : null}
  </div>`;
}

/**
 * What an element shows when the data holds nothing for it: an alert when the page `asked` for an event (the page's
 * problem, and what is `shown` instead); else, as data with nothing to show is not an error, a plain status line.
 */
export function renderNothingToShow(message: string, shown: string, asked: boolean): TemplateResult {
  return asked ? renderProblem(message, shown, true) : html`<p class="status">${message}</p>`;
}

export const errorStyles = css`
  .error {
    padding: var(--_space) calc(var(--_space) * 2);
    border-left: 5px solid var(--ofsted-error-colour, #d4351c);
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  .error-title {
    margin: 0 0 calc(var(--_space) / 2);
    font-weight: 700;
  }
  .error-message {
    margin: 0 0 calc(var(--_space) / 2);
  }
`;

import { css, html, nothing, type TemplateResult } from 'lit';
import { chevronStyles } from './chevron.styles.js';

/**
 * The export code (CSV, SVG, PNG), imported when a reader first opens a Download disclosure, not with the chart: no
 * first chart waits for it, and it has arrived by the time a button in the open disclosure is pressed.
 */
const loadExport = (): Promise<Exporter> => import('./export.js');

/** The export code, as each button's action receives it. */
export type Exporter = typeof import('./export.js');

/** What each button does, given the export code; a format left out gets no button. */
export interface ExportActions {
  csv: (exporter: Exporter) => void | Promise<void>;
  svg?: (exporter: Exporter) => void | Promise<void>;
  png?: (exporter: Exporter) => void | Promise<void>;
}

/**
 * The accessible names, which are also the visible labels, so speech users can say what they see. The CSV is
 * named for what it holds ("Download events as CSV"), so a journey's three are told apart (WCAG 2.4.6).
 */
export const EXPORT_LABELS = {
  svg: () => 'Download chart as SVG',
  png: () => 'Download chart as PNG',
  csv: (what: string) => `Download ${what} as CSV`,
} as const;

/**
 * One quiet "Download" disclosure (a native `<details>`: keyboard and screen readers know it as an expandable
 * button) holding a real `<button>` per format, in the `export` part; `what` the table holds. The summary's
 * hidden words tell a journey's three disclosures apart. A failure is said in place, under the buttons (a reader who
 * pressed one must not be left with nothing happening), and logged.
 */
export function renderExportButtons(actions: ExportActions, what: string): TemplateResult {
  const button = (format: keyof ExportActions) => {
    const action = actions[format];
    if (!action) return nothing;
    const run = async (event: Event) => {
      // A static node of this template (no binding), so Lit never rewrites what is written here.
      const problem = (event.currentTarget as HTMLElement).closest('details')?.querySelector('.export-problem');
      if (problem) problem.textContent = '';
      try {
        await action(await loadExport());
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (problem) problem.textContent = `The download did not work. ${message}`;
        console.error(`Could not export: ${message}`);
      }
    };
    return html`<li><button type="button" class="button" data-format=${format} @click=${run}>${EXPORT_LABELS[format](what)}</button></li>`;
  };
  return html`<details class="export" part="export" @keydown=${closeOnEscape} @toggle=${prefetchExport}>
    <summary class="button">Download<span class="visually-hidden"> ${actions.svg ? `chart or ${what}` : what}</span></summary>
    <ul class="export-list">${button('svg')}${button('png')}${button('csv')}</ul>
    <p class="export-problem" aria-live="assertive"></p>
  </details>`;
}

function prefetchExport(event: Event): void {
  if ((event.currentTarget as HTMLDetailsElement).open) loadExport().catch(() => undefined); // a press retries
}

/** Escape inside an open disclosure closes it and returns focus to its summary, as a menu button would. */
function closeOnEscape(event: KeyboardEvent): void {
  const details = event.currentTarget as HTMLDetailsElement;
  if (event.key !== 'Escape' || !details.open) return;
  details.open = false;
  details.querySelector('summary')?.focus();
}

/** The row under a chart: its table toggle and its Download disclosure, together and quiet. */
export function renderControls(toggle: unknown, download: unknown): TemplateResult {
  return html`<div class="controls" part="controls">${toggle}${download}</div>`;
}

const downloadStyles = css`
  .export-problem:empty {
    display: none;
  }
  .export-problem {
    margin: var(--_space) 0 0;
    padding-left: var(--_space);
    border-left: 5px solid var(--ofsted-error-colour, #d4351c);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: var(--_space);
    margin-top: var(--_space);
  }
  summary {
    list-style: none;
    display: inline-block;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .export-list {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin: calc(var(--_space) / 2) 0 0;
    padding: 0;
    list-style: none;
  }
  @media print {
    .controls {
      display: none;
    }
  }
`;

/** Download's styles; its summary's chevron turns when open (the summary's expanded state is the browser's own). */
export const exportStyles = [downloadStyles, chevronStyles('summary', '.export[open] summary')];

import { css, html, nothing, type TemplateResult } from 'lit';

/** What each button does; a format left out gets no button. */
export interface ExportActions {
  csv: () => void | Promise<void>;
  svg?: () => void | Promise<void>;
  png?: () => void | Promise<void>;
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

/** Real `<button>`s, one per format, in the `export` part; `what` the table holds. A failure is logged rather than lost. */
export function renderExportButtons(actions: ExportActions, what: string): TemplateResult {
  const button = (format: keyof ExportActions) => {
    const action = actions[format];
    if (!action) return nothing;
    const run = async () => {
      try {
        await action();
      } catch (error) {
        console.error(`Could not export: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
    return html`<button type="button" class="button" data-format=${format} @click=${run}>${EXPORT_LABELS[format](what)}</button>`;
  };
  return html`<div class="export" part="export">${button('svg')}${button('png')}${button('csv')}</div>`;
}

export const exportStyles = css`
  .export {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-top: var(--_space);
  }
  @media print {
    .export {
      display: none;
    }
  }
`;

import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DatasetError } from '../data/dataset-error.js';
import { hasSectionFindings, loadSectionFindings } from '../data/section-findings.js';
import type { DatedEvent } from '../data/queries.js';
import type { Finding, OfstedDataset } from '../data/types.js';
import { publicMessage } from '../shared/error-view.js';
import { emit } from '../shared/events.js';

/** Where the sentences picked from the shown inspection's report are: none to load, on their way, here, or refused. */
export type PickedState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; dated: DatedEvent }
  | { status: 'error'; error: DatasetError };

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Loads the sentences picked from an inspection's judgement sections (a file of their own, see section-findings.ts)
 * when the breakdown shows that inspection, and hands back the event with them after its own findings (Ofsted's list
 * comes first in a report). A file that cannot be used is said in place (renderPickedError), once in the console and
 * as `ofsted-error`; the rest of the breakdown still shows.
 */
export class PickedFindingsController implements ReactiveController {
  private shown?: DatedEvent;
  private state: PickedState = { status: 'none' };

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The state for `dated` of `dataset`, starting its load the first time it is asked for. */
  stateFor(dataset: OfstedDataset, dated: DatedEvent): PickedState {
    if (this.shown === dated) return this.state;
    this.shown = dated;
    if (!hasSectionFindings(dated.event)) return (this.state = { status: 'none' });
    this.state = { status: 'loading' };
    loadSectionFindings(dataset, dated.event).then(
      (picked) => this.settle(dated, { status: 'ready', dated: withPicked(dated, picked) }),
      (reason: unknown) => {
        const error =
          reason instanceof DatasetError
            ? reason
            : new DatasetError(String((reason as Error)?.message ?? reason), 'parse');
        if (this.settle(dated, { status: 'error', error })) this.report(error);
      },
    );
    return this.state;
  }

  private settle(dated: DatedEvent, state: PickedState): boolean {
    if (this.shown !== dated) return false;
    this.state = state;
    this.host.requestUpdate();
    return true;
  }

  private report(error: DatasetError): void {
    console.error(
      `<${this.host.localName}>: ${error.message}`,
      error.issues.map((issue) => issue.message),
    );
    const { url } = error.details;
    void this.host.updateComplete.then(() =>
      emit(this.host, 'ofsted-error', { message: error.message, kind: error.kind, url, issues: error.issues }),
    );
  }
}

/** The event with the picked sentences after its own findings; its `sectionFindings` counts are then in the list. */
function withPicked({ event, span }: DatedEvent, picked: Finding[]): DatedEvent {
  const { sectionFindings: _counted, ...rest } = event;
  return { event: { ...rest, findings: [...(event.findings ?? []), ...picked] }, span };
}

/** Said in place of the bars when the picked sentences' file cannot be used. */
export function renderPickedError(error: DatasetError): TemplateResult {
  return html`<div class="error" role="alert" part="error">
    <p class="error-title">The sentences picked from this report could not be shown.</p>
    <p class="error-message">${publicMessage(error)} The judgements and Ofsted's own list are shown; the report itself has every finding.</p>
  </div>`;
}

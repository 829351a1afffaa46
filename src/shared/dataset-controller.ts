import { ReactiveElement, type PropertyValues, type ReactiveController } from 'lit';
import { DatasetError, type OfstedErrorKind } from '../data/dataset-error.js';
import { checkDataset, loadBundledDataset, loadDatasetFromUrl } from '../data/load.js';
import type { OfstedDataset } from '../data/types.js';
import type { ValidationIssue } from '../data/validate.js';
import { renderFailureMessage, showPlainError } from './error-view.js';

/** Where a dataset came from, in the order the inputs win. */
export type DatasetOrigin =
  | { input: 'data' }
  | { input: 'src'; url: string }
  | { input: 'authority'; authority: string };

export interface OfstedDataEventDetail {
  dataset: OfstedDataset;
  origin: DatasetOrigin;
}

export interface OfstedErrorEventDetail {
  message: string;
  kind: OfstedErrorKind;
  url?: string;
  authority?: string;
  status?: number;
  /** For `unknown-authority`: ids of the authorities whose names are closest to the one given. */
  suggestions?: string[];
  issues: ValidationIssue[];
}

declare global {
  interface GlobalEventHandlersEventMap {
    'ofsted-data': CustomEvent<OfstedDataEventDetail>;
    'ofsted-error': CustomEvent<OfstedErrorEventDetail>;
  }
}

/** The inputs every element shares. */
export interface DatasetInputs {
  data?: unknown;
  src?: string | null;
  authority?: string | null;
}

type Host = ReactiveElement & DatasetInputs;

export const DEFAULT_AUTHORITY = 'barnet';

/** Lit's base update: reflects attributes and marks the update done, without rendering. */
const reactiveElementUpdate = (ReactiveElement.prototype as unknown as { update(changed: PropertyValues): void }).update;

/**
 * Loads the dataset for an element: `data` > `src` > `authority`. Validates once per load, lets the latest
 * input win when inputs change mid-load, and reports the outcome with `ofsted-data` / `ofsted-error`
 * (dispatched after the host has rendered it) and one console error. Removing the element mid-load is not an
 * error: the load is dropped, and inserting it again loads afresh. A render that throws becomes the error shown
 * (see guardUpdate), so an element never stays on "Loading" in silence.
 */
export class DatasetController implements ReactiveController {
  status: 'loading' | 'ready' | 'error' = 'loading';
  dataset?: OfstedDataset;
  error?: DatasetError;

  private readonly host: Host;
  private inFlight?: AbortController;
  private generation = 0;
  private interrupted = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.interrupted) this.load();
  }

  hostDisconnected(): void {
    if (this.inFlight) {
      this.inFlight.abort();
      this.inFlight = undefined;
      this.interrupted = true;
      this.generation++; // the aborted load's outcome, an AbortError, is not news
    }
  }

  /**
   * Runs the host's `update()` (pass `() => super.update(changed)`). When rendering throws (data that breaks an
   * assumption, a bug, a page whose Trusted Types policy blocks Lit's templates), the element shows why in
   * place, logs it and fires `ofsted-error`; when even that message cannot be rendered by Lit, it is written
   * with plain DOM calls. Nothing is thrown out of the update, so Lit's own state stays sound.
   */
  guardUpdate(update: () => void): void {
    try {
      update();
      return;
    } catch (error) {
      this.renderFailed(error);
    }
    try {
      update(); // renders the error view; also completes an update that threw before Lit marked it done
    } catch {
      showPlainError(this.host.renderRoot, this.error!.message);
      // An update that threw before Lit marked it done would leave the element deaf to every later change.
      if (this.host.isUpdatePending) reactiveElementUpdate.call(this.host, new Map());
    }
  }

  /** Starts a load from the host's current inputs; call from `willUpdate` when any of them changed. */
  load(): void {
    const generation = ++this.generation;
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.interrupted = false;
    const { data, src } = this.host;
    const authority = this.host.authority || DEFAULT_AUTHORITY;

    if (data !== undefined && data !== null) {
      try {
        this.succeed(checkDataset(data, 'The data property'), { input: 'data' }, generation);
      } catch (error) {
        this.fail(error, generation);
      }
      return;
    }
    this.status = 'loading';
    this.host.requestUpdate();
    const abort = new AbortController();
    this.inFlight = abort;
    const origin: DatasetOrigin = src ? { input: 'src', url: src } : { input: 'authority', authority };
    const loading = src ? loadDatasetFromUrl(src, abort.signal) : loadBundledDataset(authority);
    loading.then(
      (dataset) => this.succeed(dataset, origin, generation),
      (error: unknown) => this.fail(error, generation),
    );
  }

  private succeed(dataset: OfstedDataset, origin: DatasetOrigin, generation: number): void {
    if (generation !== this.generation) return;
    this.inFlight = undefined;
    this.status = 'ready';
    this.dataset = dataset;
    this.error = undefined;
    this.host.requestUpdate();
    this.afterRender(generation, () => new CustomEvent('ofsted-data', { detail: { dataset, origin }, bubbles: true, composed: true }));
  }

  private fail(reason: unknown, generation: number): void {
    if (generation !== this.generation) return;
    this.inFlight = undefined;
    this.showError(reason, generation);
    this.host.requestUpdate();
  }

  /** Rendering threw: that supersedes whatever was loading or shown. The caller renders the error. */
  private renderFailed(reason: unknown): void {
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.interrupted = false;
    this.showError(new DatasetError(renderFailureMessage(reason), 'parse'), ++this.generation);
  }

  private showError(reason: unknown, generation: number): void {
    const error = reason instanceof DatasetError
      ? reason
      : new DatasetError(`Could not show the Ofsted data: ${String((reason as Error)?.message ?? reason)}`, 'parse');
    this.status = 'error';
    this.dataset = undefined;
    this.error = error;
    console.error(`<${this.host.localName}>: ${error.message}`, error.issues.map((issue) => issue.message));
    const { url, authority, status, suggestions } = error.details;
    const detail: OfstedErrorEventDetail = { message: error.message, kind: error.kind, url, authority, status, suggestions, issues: error.issues };
    this.afterRender(generation, () => new CustomEvent('ofsted-error', { detail, bubbles: true, composed: true }));
  }

  /**
   * Dispatches once the host shows the outcome, so listeners can read what is on screen. An update that still
   * fails (a hook after rendering threw) is shown as the error rather than lost.
   */
  private afterRender(generation: number, makeEvent: () => CustomEvent): void {
    this.host.updateComplete.then(
      () => {
        if (generation === this.generation) this.host.dispatchEvent(makeEvent());
      },
      (error: unknown) => {
        if (generation !== this.generation || this.status === 'error') return;
        this.renderFailed(error);
        this.host.requestUpdate();
      },
    );
  }
}

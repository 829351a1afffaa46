import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DatasetError, type OfstedErrorKind } from '../data/dataset-error.js';
import { checkDataset, loadBundledDataset, loadDatasetFromUrl } from '../data/load.js';
import type { OfstedDataset } from '../data/types.js';
import type { ValidationIssue } from '../data/validate.js';

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

type Host = ReactiveControllerHost & HTMLElement & DatasetInputs;

export const DEFAULT_AUTHORITY = 'barnet';

/**
 * Loads the dataset for an element: `data` > `src` > `authority`. Validates once per load, lets the latest
 * input win when inputs change mid-load, and reports the outcome with `ofsted-data` / `ofsted-error`
 * (dispatched after the host has rendered it) and one console error.
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
    this.afterRender(generation, () => new CustomEvent('ofsted-data', { detail: { dataset, origin }, bubbles: true, composed: true }));
  }

  private fail(reason: unknown, generation: number): void {
    if (generation !== this.generation) return;
    this.inFlight = undefined;
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

  /** Dispatches once the host shows the outcome, so listeners can read what is on screen. */
  private afterRender(generation: number, makeEvent: () => CustomEvent): void {
    this.host.requestUpdate();
    this.host.updateComplete.then(() => {
      if (generation === this.generation) this.host.dispatchEvent(makeEvent());
    }, () => undefined);
  }
}

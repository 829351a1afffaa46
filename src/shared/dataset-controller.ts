import { html, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { DatasetError } from '../data/dataset-error.js';
import { checkDatasetNow, checkDatasetSoon, loadBundledDataset, loadDatasetFromUrl } from '../data/load.js';
import type { OfstedDataset } from '../data/types.js';
import { renderDatasetError } from './error-view.js';
import {
  emit,
  type DatasetOrigin,
  type OfstedErrorEventDetail,
  type OfstedEventDetail,
  type OfstedEventName,
} from './events.js';

export type { DatasetOrigin, OfstedDataEventDetail, OfstedErrorEventDetail } from './events.js';

/** The inputs every element shares. */
export interface DatasetInputs {
  data?: unknown;
  src?: string | null;
  authority?: string | null;
}

/** `empty`: no `data`, `src` or `authority` is given, so nothing is loaded and the element says how to name a council. */
export type DatasetStatus = 'empty' | 'loading' | 'ready' | 'error';
/** What `render()` draws in each state; `empty`, `loading` and `error` have the package's shared views as defaults. */
export interface DatasetRenderers<T> {
  empty?: () => T;
  loading?: () => T;
  error?: (error: DatasetError) => T;
  ready: (dataset: OfstedDataset) => T;
}

type Host = ReactiveElement & DatasetInputs;

/**
 * Loads the dataset for an element: `data` > `src` > `authority`. Runs itself, as `@lit/task` does from its args:
 * `hostUpdate` loads when the host's inputs differ from the last load's (`@lit-labs/ssr` skips that hook, so a host
 * rendered on the server calls it from `willUpdate`). The latest input wins when inputs change mid-load; the outcome
 * is `ofsted-data` / `ofsted-error` (after the host has rendered it) and one console error. Removing the element
 * mid-load drops the load silently; inserting it again loads afresh. A render that throws becomes the error shown
 * (see guardUpdate), so an element never stays on "Loading" in silence.
 */
export class DatasetController implements ReactiveController {
  #status: DatasetStatus = 'loading';
  #dataset?: OfstedDataset;
  #error?: DatasetError;
  /** What the live region says: empty when first in place, then the loading note, then the end of loading. */
  #announcement = '';

  private readonly host: Host;
  private inputs?: DatasetInputs; // the latest load's
  private inFlight?: AbortController;
  private generation = 0;
  private interrupted = false;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  get status(): DatasetStatus {
    return this.#status;
  }

  /** The validated dataset, once `status` is `ready`. */
  get dataset(): OfstedDataset | undefined {
    return this.#dataset;
  }

  /** Why nothing can be shown, once `status` is `error`. */
  get error(): DatasetError | undefined {
    return this.#error;
  }

  /**
   * Draws the current state: `ready(dataset)`, else the error in place (an alert), else a loading note; after it, in
   * every state, one polite live region, in place and empty before it speaks (so screen readers say its first
   * words): "Loading Ofsted data…" once it is there, then the end of loading. A `data` object never loads: silent.
   */
  render<T = TemplateResult>(renderers: DatasetRenderers<T>): TemplateResult {
    return html`${this.renderState(renderers)}<p class="visually-hidden" role="status" part="announcement">${this.#announcement}</p>`;
  }

  private renderState<T>(renderers: DatasetRenderers<T>): T | TemplateResult {
    const { empty = renderNoAuthority, loading = renderLoading, error = renderDatasetError, ready } = renderers;
    if (this.#status === 'empty') return empty();
    if (this.#status === 'error' && this.#error) return error(this.#error);
    if (this.#status === 'loading' || !this.#dataset) return loading();
    return ready(this.#dataset);
  }

  /** Sets the live region's words once the host has drawn what is there now (the empty region, the first time). */
  private announce(text: string, generation: number): void {
    void this.host.updateComplete.then(() => {
      if (generation !== this.generation || this.#announcement === text) return;
      this.#announcement = text;
      this.host.requestUpdate();
    });
  }

  /** Loads when `data`, `src` or `authority` differ from the latest load's; idempotent within one update. */
  hostUpdate(): void {
    const { data, src, authority } = this.host;
    const last = this.inputs;
    if (last && last.data === data && last.src === src && last.authority === authority) return;
    this.inputs = { data, src, authority };
    this.load();
  }

  hostConnected(): void {
    if (this.interrupted) this.load();
  }

  hostDisconnected(): void {
    // A host moved in the page (taken out and put back in one task) keeps its load: one request, none aborted.
    queueMicrotask(() => {
      if (this.host.isConnected || !this.inFlight) return;
      this.inFlight.abort();
      this.inFlight = undefined;
      this.interrupted = true;
      this.generation++; // the aborted load's outcome, an AbortError, is not news
    });
  }

  /**
   * Runs the host's `update()` (pass `() => super.update(changed)`). When rendering throws (data that breaks an
   * assumption, a bug), the element shows why in place, logs it and fires `ofsted-error`: the update runs once more
   * to draw the error, or, should the host's render throw whatever it is given, `drawError` draws it instead.
   */
  guardUpdate(update: () => void, drawError = update): void {
    try {
      update();
    } catch (error) {
      this.renderFailed(error);
      try {
        update();
      } catch {
        drawError();
      }
    }
  }

  /** Starts a load from the host's current inputs, dropping any load under way. */
  private load(): void {
    const generation = ++this.generation;
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.interrupted = false;
    const { data, src } = this.host;
    const authority = this.host.authority?.trim() ?? '';

    const given = data !== undefined && data !== null;
    if (given) {
      // Drawn in this update when the object was checked before or the validator is here; else once it has loaded.
      try {
        const checked = checkDatasetNow(data, 'The data property');
        if (checked) return this.succeed(checked, { input: 'data' }, generation);
      } catch (error) {
        return this.fail(error, generation);
      }
    } else if (!src && !authority) {
      // No council named (an app that sets one later, a paste left blank): never another council's data, no request.
      this.#status = 'empty';
      this.#dataset = undefined;
      this.#error = undefined;
      this.host.requestUpdate();
      return;
    }
    this.#status = 'loading';
    this.host.requestUpdate();
    // A `data` object waiting for the validator's chunk (CDN build) is not a load to announce.
    if (!given) this.announce('Loading Ofsted data…', generation);
    const abort = new AbortController();
    this.inFlight = abort;
    const origin: DatasetOrigin = given
      ? { input: 'data' }
      : src
        ? { input: 'src', url: src }
        : { input: 'authority', authority };
    const loading = given
      ? checkDatasetSoon(data, 'The data property')
      : src
        ? loadDatasetFromUrl(src, abort.signal)
        : loadBundledDataset(authority);
    loading.then(
      (dataset) => this.succeed(dataset, origin, generation),
      (error: unknown) => this.fail(error, generation),
    );
  }

  private succeed(dataset: OfstedDataset, origin: DatasetOrigin, generation: number): void {
    if (generation !== this.generation) return;
    // The end of a load is said; data handed over as an object was never loading.
    if (this.#status === 'loading' && origin.input !== 'data')
      this.announce(`Ofsted data for ${dataset.authority.shortName ?? dataset.authority.name} loaded.`, generation);
    this.inFlight = undefined;
    this.#status = 'ready';
    this.#dataset = dataset;
    this.#error = undefined;
    this.host.requestUpdate();
    this.afterRender(generation, 'ofsted-data', { dataset, origin });
  }

  private fail(reason: unknown, generation: number): void {
    if (generation !== this.generation) return;
    // The error view is an alert, said as it appears; the polite region must not say something else after it.
    this.#announcement = '';
    this.inFlight = undefined;
    this.showError(reason, generation);
    this.host.requestUpdate();
  }

  /** Rendering threw: that supersedes whatever was loading or shown. The caller renders the error. */
  private renderFailed(reason: unknown): void {
    const message = failureMessage(reason);
    // A render that keeps failing is reported once, not at every update.
    if (this.#status === 'error' && this.#error?.message === message) return;
    this.inFlight?.abort();
    this.inFlight = undefined;
    this.interrupted = false;
    this.showError(new DatasetError(message, 'parse'), ++this.generation);
  }

  private showError(reason: unknown, generation: number): void {
    const error = reason instanceof DatasetError ? reason : new DatasetError(failureMessage(reason), 'parse');
    this.#status = 'error';
    this.#dataset = undefined;
    this.#error = error;
    console.error(
      `<${this.host.localName}>: ${error.message}`,
      error.issues.map((issue) => issue.message),
    );
    const { url, authority, status, suggestions } = error.details;
    const detail: OfstedErrorEventDetail = {
      message: error.message,
      kind: error.kind,
      url,
      authority,
      status,
      suggestions,
      issues: error.issues,
    };
    this.afterRender(generation, 'ofsted-error', detail);
  }

  /**
   * Dispatches once the host shows the outcome, so listeners can read what is on screen. An update that still
   * fails (a hook after rendering threw) is shown as the error rather than lost.
   */
  private afterRender<K extends OfstedEventName>(generation: number, name: K, detail: OfstedEventDetail<K>): void {
    this.host.updateComplete.then(
      () => {
        if (generation === this.generation) emit(this.host, name, detail);
      },
      (error: unknown) => {
        if (generation !== this.generation || this.#status === 'error') return;
        this.renderFailed(error);
        this.host.requestUpdate();
      },
    );
  }
}

/** The note shown when no council is named: how to name one, in an editor's words. */
function renderNoAuthority(): TemplateResult {
  return html`<p class="status" part="empty">No council chosen. Name one in the tag, for example <code>authority="Kent"</code>, to show its Ofsted inspections.</p>`;
}

/** Why loading or rendering threw, for the page. */
function failureMessage(reason: unknown): string {
  return `Could not show the Ofsted data: ${String((reason as Error)?.message ?? reason)}`;
}

/** The note shown while the data loads; the live region after it says the same to screen readers. */
function renderLoading(): TemplateResult {
  return html`<p class="status" part="loading">Loading Ofsted data…</p>`;
}

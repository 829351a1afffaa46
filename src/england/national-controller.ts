import type { ReactiveController, ReactiveElement } from 'lit';
import { DatasetError } from '../data/dataset-error.js';
import { emit, type OfstedErrorEventDetail } from '../shared/events.js';
import { checkEngland, type England } from './national-data.js';
import { importNationalFile } from './national-file.js';

/** The package's own national file, checked once a page and shared by every map. */
let bundled: Promise<England> | undefined;
/** The same file once checked: a map added later draws with it in its first update, not one promise later. */
let bundledEngland: England | undefined;
const loadBundled = (): Promise<England> => {
  bundled ??= importNationalFile().then((raw) => (bundledEngland = checkEngland(raw)));
  bundled.catch(() => (bundled = undefined));
  return bundled;
};

type Host = ReactiveElement & { nationalData?: unknown };

/**
 * Loads the national data for `<ofsted-england>`: the host's `nationalData` when set (checked like the file),
 * else the package's file. A failure is the host's error in place, one console error and `ofsted-error`.
 */
export class NationalController implements ReactiveController {
  status: 'loading' | 'ready' | 'error' = 'loading';
  england?: England;
  error?: DatasetError;
  private readonly host: Host;
  private input?: unknown = {};
  private generation = 0;

  constructor(host: Host) {
    this.host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.input === this.host.nationalData) return;
    this.input = this.host.nationalData;
    const generation = ++this.generation;
    const input = this.input;
    if (input !== undefined && input !== null) {
      try {
        this.succeed(checkEngland(input, 'The nationalData property'));
      } catch (error) {
        this.fail(error);
      }
      return;
    }
    if (bundledEngland) return this.succeed(bundledEngland);
    this.status = 'loading';
    loadBundled().then(
      (england) => generation === this.generation && (this.succeed(england), this.host.requestUpdate()),
      (error: unknown) => generation === this.generation && (this.fail(error), this.host.requestUpdate()),
    );
  }

  private succeed(england: England): void {
    this.status = 'ready';
    this.england = england;
    this.error = undefined;
  }

  private fail(reason: unknown): void {
    const error =
      reason instanceof DatasetError
        ? reason
        : new DatasetError(
            `Could not show the national data: ${String((reason as Error)?.message ?? reason)}`,
            'parse',
          );
    this.status = 'error';
    this.england = undefined;
    this.error = error;
    console.error(`<${this.host.localName}>: ${error.message}`);
    const { url, status } = error.details;
    const detail: OfstedErrorEventDetail = {
      message: error.message,
      kind: error.kind,
      url,
      status,
      issues: error.issues,
    };
    const generation = this.generation;
    void this.host.updateComplete.then(() => generation === this.generation && emit(this.host, 'ofsted-error', detail));
  }
}

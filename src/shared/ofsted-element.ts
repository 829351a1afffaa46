import { isServer, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { OfstedDataset } from '../data/types.js';
import { DatasetController } from './dataset-controller.js';
import { emit, type OfstedEventDetail, type OfstedEventName } from './events.js';
import { DEFAULT_HEADING_LEVEL } from './heading.js';
import { clearServerRendered } from './server-rendered.js';

/**
 * What every `ofsted-*` element does the same way: the inputs they share and their defaults, loading the dataset
 * (`loader`), the error guard around rendering, replacing a server-rendered shadow root, and `emit()` for the
 * package's events. One level, no deeper: each element adds only what is its own. The elements' JSDoc documents
 * these inputs for the Custom Elements Manifest, since what each says differs a little.
 */
export class OfstedElement extends LitElement {
  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: {},
    authority: {},
    showTable: { type: Boolean, attribute: 'show-table' },
    noExport: { type: Boolean, attribute: 'no-export' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    theme: { reflect: true },
  };

  declare data: OfstedDataset | undefined;
  declare src: string | undefined;
  declare authority: string;
  declare showTable: boolean;
  declare noExport: boolean;
  declare headingLevel: number;
  declare theme: 'light' | 'dark' | 'system' | undefined;

  /** Loads the dataset from `data` > `src` > `authority`, by itself whenever one of them changes. */
  protected readonly loader = new DatasetController(this);

  /** Carries the `:state(error)` that releases the room a page reserved (see themeStyles); none under SSR. */
  readonly #internals = isServer ? undefined : this.attachInternals();

  constructor() {
    super();
    this.authority = '';
    this.showTable = false;
    this.noExport = false;
    this.headingLevel = DEFAULT_HEADING_LEVEL;
  }

  /** A shadow root written by `ofsted-widgets render` is replaced, not hydrated. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    clearServerRendered(this);
    return super.createRenderRoot();
  }

  /** `@lit-labs/ssr` calls `willUpdate` but no controller's `hostUpdate`: on the server, the loader is run from here. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) this.loader.hostUpdate();
  }

  /** A render that throws becomes the element's error in place, never a silent "Loading". */
  protected override update(changed: PropertyValues<this>): void {
    this.loader.guardUpdate(() => super.update(changed));
    const states = this.#internals?.states;
    if (this.loader.status === 'error') states?.add('error');
    else states?.delete('error');
  }

  /** Dispatches one of the package's events from this element: bubbling, and out of its shadow root. */
  protected emit<K extends OfstedEventName>(name: K, detail: OfstedEventDetail<K>): boolean {
    return emit(this, name, detail);
  }
}

import { html, type TemplateResult } from 'lit';
import type { DatasetController } from './dataset-controller.js';
import { renderDatasetError } from './error-view.js';

/** What an element shows until its dataset is ready: the error in place, or a loading note. Undefined once ready. */
export function renderLoadState(loader: DatasetController): TemplateResult | undefined {
  if (loader.status === 'error' && loader.error) return renderDatasetError(loader.error);
  if (loader.status === 'loading' || !loader.dataset) {
    return html`<p class="status" role="status" part="loading">Loading Ofsted data…</p>`;
  }
  return undefined;
}

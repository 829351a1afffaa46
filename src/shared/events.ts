import type { OfstedErrorKind } from '../data/dataset-error.js';
import type { OfstedDataset } from '../data/types.js';
import type { ValidationIssue } from '../data/validate.js';

/** Where a dataset came from, in the order the inputs win. */
export type DatasetOrigin =
  { input: 'data' } | { input: 'src'; url: string } | { input: 'authority'; authority: string };

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

/** The package's events (`ofsted-*`), each declared in `GlobalEventHandlersEventMap` beside its detail type. */
export type OfstedEventName = Extract<keyof GlobalEventHandlersEventMap, `ofsted-${string}`>;
export type OfstedEventDetail<K extends OfstedEventName> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches one of the package's events from `target`, as all of them go: bubbling, and out of shadow roots. */
export function emit<K extends OfstedEventName>(target: Node, name: K, detail: OfstedEventDetail<K>): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

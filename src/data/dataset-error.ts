import type { ValidationIssue } from './validate.js';

export type DatasetErrorKind = 'fetch' | 'timeout' | 'parse' | 'invalid' | 'unknown-authority';

/** Every kind an `ofsted-error` event reports: the dataset's problems, and an `event` id that names no event. */
export type OfstedErrorKind = DatasetErrorKind | 'unknown-event';

/** Why a dataset could not be used, in words for the page and in fields for code. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  constructor(
    message: string,
    readonly kind: DatasetErrorKind,
    readonly details: {
      url?: string;
      authority?: string;
      status?: number;
      issues?: ValidationIssue[];
      suggestions?: string[];
      /** The message for the page's readers, where it differs from the developers' `message` (an unknown council). */
      readerMessage?: string;
    } = {},
  ) {
    super(message);
  }

  get issues(): ValidationIssue[] {
    return this.details.issues ?? [];
  }
}

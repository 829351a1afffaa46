import type { ValidationIssue } from './validate.js';

export type DatasetErrorKind = 'fetch' | 'timeout' | 'parse' | 'invalid' | 'unknown-authority';

/** Why a dataset could not be used, in words for the page and in fields for code. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';

  constructor(
    message: string,
    readonly kind: DatasetErrorKind,
    readonly details: { url?: string; authority?: string; status?: number; issues?: ValidationIssue[] } = {},
  ) {
    super(message);
  }

  get issues(): ValidationIssue[] {
    return this.details.issues ?? [];
  }
}

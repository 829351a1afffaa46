import type { OfstedDataset } from './types.js';

/**
 * Where each loaded dataset came from: the address of its `src` file, or `true` for the package's own files. An
 * inspection's section findings are a file of their own beside it (see section-findings.ts); a dataset given as an
 * object has no home, and the object is the key, so the journey's parts find the home of the dataset it hands them.
 */
const homes = new WeakMap<OfstedDataset, string | true>();

export function rememberHome(dataset: OfstedDataset, home: string | true): void {
  homes.set(dataset, home);
}

export function homeOf(dataset: OfstedDataset): string | true | undefined {
  return homes.get(dataset);
}

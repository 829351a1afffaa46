import { AUTHORITY_IDS } from './authority-ids.js';
import { loadAuthorityIndex } from './authority-index.js';
import { authoritySlug } from './authority-slug.js';

export { authoritySlug };

/** The id a value names without the index, when it is an id or a statistics name ("Barnet", "barnet"). */
export function knownAuthorityId(value: string): string | undefined {
  const trimmed = value.trim();
  if (AUTHORITY_IDS.includes(trimmed)) return trimmed;
  const slug = authoritySlug(trimmed);
  return AUTHORITY_IDS.includes(slug) ? slug : undefined;
}

/**
 * The id of the authority a value names. An id or statistics name resolves at once; any other name or code loads
 * the index first, and the code that searches it, both at once (a page naming its council by id loads neither).
 * Rejects with a DatasetError (`unknown-authority`) naming the closest matches.
 */
export async function resolveAuthorityId(value: string): Promise<string> {
  const direct = knownAuthorityId(value);
  if (direct) return direct;
  const [index, { lookUpAuthorityId }] = await Promise.all([loadAuthorityIndex(), import('./authority-lookup.js')]);
  return lookUpAuthorityId(index, value);
}

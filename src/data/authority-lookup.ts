import type { AuthorityIndex, AuthoritySummary } from './authority-index.js';
import { DatasetError } from './dataset-error.js';
import { authoritySlug } from './find-authority.js';

/** Longer values name no authority; checking them against every name would cost time for nothing. */
const LONGEST_AUTHORITY_VALUE = 100;

/** The authority a value names: its id, name or short name (any case), ONS code, LA number or Ofsted URN. */
export function matchAuthority(index: AuthorityIndex, value: string): AuthoritySummary | undefined {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > LONGEST_AUTHORITY_VALUE) return undefined;
  const code = trimmed.toUpperCase();
  const byCode = index.authorities.find((a) => a.onsCode === code || a.laNumber === trimmed || a.urn === trimmed || a.id === trimmed);
  if (byCode) return byCode;
  const core = nameCore(trimmed);
  return index.authorities.find((a) => nameCore(a.name) === core || nameCore(a.shortName) === core || a.id === core);
}

/** Up to `count` authorities whose names are closest to a value that matched none, closest first. */
export function suggestAuthorities(index: AuthorityIndex, value: string, count = 3): AuthoritySummary[] {
  const core = nameCore(value.slice(0, LONGEST_AUTHORITY_VALUE));
  if (!core) return [];
  const scored = index.authorities.map((authority) => {
    const distance = Math.min(editDistance(core, nameCore(authority.shortName)), editDistance(core, nameCore(authority.name)));
    return { authority, distance };
  });
  const limit = Math.max(2, Math.floor(core.length / 3));
  return scored
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance || a.authority.shortName.localeCompare(b.authority.shortName))
    .slice(0, count)
    .map(({ authority }) => authority);
}

/**
 * The id of the authority a value (a name or a code that is not an id) names in the index; throws a
 * DatasetError (`unknown-authority`) naming the closest matches. Imported by resolveAuthorityId only when needed.
 */
export function lookUpAuthorityId(index: AuthorityIndex, value: string): string {
  const found = matchAuthority(index, value);
  if (found) return found.id;
  const suggestions = suggestAuthorities(index, value);
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  const hint = suggestions.length
    ? ` Did you mean ${joinOr(suggestions.map((a) => a.shortName))}?`
    : ' Name it by id (barnet), name (London Borough of Barnet), ONS code (E09000003), local authority number (302) or Ofsted URN (80487).';
  throw new DatasetError(`There is no Ofsted data for an authority called "${shown}".${hint}`, 'unknown-authority', {
    authority: value,
    suggestions: suggestions.map((a) => a.id),
  });
}

/** A name reduced to what tells councils apart: "Leeds City Council" and "leeds" both give "leeds". */
function nameCore(value: string): string {
  return authoritySlug(value.replace(/[’‘]/g, "'").replace(/'/g, ''))
    .replace(/^(the-)?((london|royal|metropolitan)-borough-of|city-and-county-of|city-of|county-of|council-of-the)-/, '')
    .replace(/-((metropolitan-)?(borough|district|city|county)-)?council$/, '')
    .replace(/-council$/, '');
}

function joinOr(words: string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Levenshtein distance over two short strings, one row at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

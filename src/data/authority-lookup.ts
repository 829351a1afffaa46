import type { AuthorityIndex, AuthoritySummary } from './authority-index.js';
import { DatasetError } from './dataset-error.js';
import { authoritySlug } from './find-authority.js';

/** Longer values name no authority; checking them against every name would cost time for nothing. */
const LONGEST_AUTHORITY_VALUE = 100;

/**
 * The authority a value names: its id, name or short name (any case, with or without "Council", "County", "City",
 * "CC"…), ONS code, LA number or Ofsted URN; else the one authority whose name holds the value's words in a row
 * ("Hull", "Telford", "Southend") or whose initials it is ("BCP", "RBKC").
 */
export function matchAuthority(index: AuthorityIndex, value: string): AuthoritySummary | undefined {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > LONGEST_AUTHORITY_VALUE) return undefined;
  const code = trimmed.toUpperCase();
  const byCode = index.authorities.find((a) => a.onsCode === code || a.laNumber === trimmed || a.urn === trimmed || a.id === trimmed);
  if (byCode) return byCode;
  const core = nameCore(trimmed);
  const exact = index.authorities.find((a) => nameCore(a.name) === core || nameCore(a.shortName) === core || a.id === core);
  if (exact || formerCouncil(trimmed)) return exact;
  const partly = partMatches(index, core);
  return partly.length === 1 ? partly[0] : undefined;
}

/**
 * Up to `count` authorities a value that matched none may mean, best first: those whose names hold its words or
 * whose initials it is ("Kingston": upon Hull, upon Thames), then the closest names by spelling.
 */
export function suggestAuthorities(index: AuthorityIndex, value: string, count = 3): AuthoritySummary[] {
  const core = nameCore(value.slice(0, LONGEST_AUTHORITY_VALUE));
  if (!core) return [];
  const partly = partMatches(index, core);
  const scored = index.authorities.map((authority) => {
    const distance = Math.min(editDistance(core, nameCore(authority.shortName)), editDistance(core, nameCore(authority.name)));
    return { authority, distance };
  });
  const limit = Math.max(2, Math.floor(core.length / 3));
  const close = scored
    .filter(({ distance, authority }) => distance <= limit && !partly.includes(authority))
    .sort((a, b) => a.distance - b.distance || a.authority.shortName.localeCompare(b.authority.shortName))
    .map(({ authority }) => authority);
  return [...partly, ...close].slice(0, count);
}

/**
 * The id of the authority a value (a name or a code that is not an id) names in the index; throws a
 * DatasetError (`unknown-authority`) naming the closest matches. Imported by resolveAuthorityId only when needed.
 */
export function lookUpAuthorityId(index: AuthorityIndex, value: string): string {
  const found = matchAuthority(index, value);
  if (found) return found.id;
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  const former = formerCouncil(value);
  if (former) {
    const successors = former.successors.flatMap((id) => index.authorities.filter((a) => a.id === id));
    const names = successors.map((a) => a.shortName);
    throw new DatasetError(
      `${former.name}'s children's services passed to ${successors.map((a) => a.shortName).join(' and to ')} in ${former.until}: ` +
        `name ${successors.length > 1 ? 'one of them' : 'it'}, for example authority="${successors[0]?.id ?? ''}". ` +
        `Their charts show ${former.name}'s inspections before then.`,
      'unknown-authority',
      {
        authority: value,
        suggestions: successors.map((a) => a.id),
        readerMessage:
          `${former.name} no longer runs children's services: ${names.join(' and ')} took them over in ${former.until}, ` +
          `and ${names.length > 1 ? 'their' : 'its'} Ofsted history includes ${former.name}'s inspections.`,
      },
    );
  }
  const suggestions = suggestAuthorities(index, value);
  const hint = suggestions.length
    ? ` Did you mean ${joinOr(suggestions.map((a) => a.shortName))}?`
    : ' Check the council\'s name in the tag, for example authority="Kent" or authority="Kingston upon Hull".';
  const maybe = suggestions.length ? ` It may mean ${joinOr(suggestions.map((a) => a.shortName))}.` : '';
  throw new DatasetError(`There is no Ofsted data for a council called "${shown}".${hint}`, 'unknown-authority', {
    authority: value,
    suggestions: suggestions.map((a) => a.id),
    readerMessage: `This page asks for a council called "${shown}", which is not one of England's councils in this data.${maybe}`,
  });
}

/**
 * Councils abolished in a reorganisation, by name, ONS code or LA number, and the councils that took over their
 * children's services (whose files hold the former council's inspections, marked with `predecessor`). Every code is
 * in data/raw/ (test/node/authority-names.test.mjs checks): ONS codes in the 2025 statistics' ILACS history as
 * "No longer exists" (Poole's only in the lookup), LA numbers in Provider_data_lookup.csv (none is given for
 * Bournemouth). Months from Ofsted: Cumberland's report (26 November 2024, paragraph 57: "In April 2023, Cumberland
 * Council was formed"), Westmorland and Furness's (12 July 2024: "came into being in April 2023"), North and West
 * Northamptonshire's (7 July 2026: "on 1 April 2021"), the 2022 statistics' table 11 ("the restructure in April 2019").
 */
export const FORMER_COUNCILS = [
  { name: 'Cumbria', codes: ['E10000006', '909'], until: 'April 2023', successors: ['cumberland', 'westmorland-and-furness'] },
  { name: 'Northamptonshire', codes: ['E10000021', '928'], until: 'April 2021', successors: ['north-northamptonshire', 'west-northamptonshire'] },
  { name: 'Bournemouth', codes: ['E06000028'], until: 'April 2019', successors: ['bournemouth-christchurch-and-poole'] },
  { name: 'Poole', codes: ['E06000029', '836'], until: 'April 2019', successors: ['bournemouth-christchurch-and-poole'] },
];

/** The former council a value names, if any. */
export function formerCouncil(value: string): (typeof FORMER_COUNCILS)[number] | undefined {
  const trimmed = value.trim();
  const core = nameCore(trimmed);
  return FORMER_COUNCILS.find((former) => former.codes.includes(trimmed.toUpperCase()) || nameCore(former.name) === core);
}

/** Words that name no council on their own. */
const NOT_A_NAME = new Set(['and', 'of', 'on', 'upon', 'the', 'city', 'county', 'borough', 'council', 'north', 'south', 'east', 'west', 'royal', 'london']);

/**
 * Authorities whose name holds all of `core`'s words in a row ("hull" in "kingston-upon-hull") or whose initials it is
 * ("bcp": Bournemouth, Christchurch and Poole; "rbkc": Royal Borough of Kensington and Chelsea), in index order.
 */
function partMatches(index: AuthorityIndex, core: string): AuthoritySummary[] {
  if (core.length < 3 || core.split('-').every((word) => NOT_A_NAME.has(word))) return [];
  const words = `-${core}-`;
  // An abbreviation: one short word ("BCP", "RBKC") or short words only ("B&NES", as "banes").
  const short = core.includes('-') ? core.split('-').every((word) => word.length <= 3) : core.length <= 6;
  const abbreviation = short ? core.replace(/-and-/g, 'a').replaceAll('-', '') : undefined;
  return index.authorities.filter((authority) => {
    const names = [authority.shortName, authority.name];
    return names.some((name) => `-${nameCore(name)}-`.includes(words)) || (abbreviation && names.some((name) => initialisms(name).includes(abbreviation)));
  });
}

/** A name's initials, without and with its small words: "Bath and North East Somerset" gives "bnes" and "banes". */
function initialisms(name: string): string[] {
  const words = authoritySlug(name).split('-').filter((word) => word && word !== 'council');
  const all = words.map((word) => word[0]).join('');
  const main = words.filter((word) => !['and', 'of', 'upon', 'on', 'the'].includes(word)).map((word) => word[0]).join('');
  return [main, all].filter((initials) => initials.length >= 3);
}

/** A name reduced to what tells councils apart: "Leeds City Council" and "leeds" both give "leeds". */
function nameCore(value: string): string {
  return authoritySlug(value.replace(/[’‘]/g, "'").replace(/'/g, ''))
    .replace(/^(the-)?((london|royal|metropolitan)-borough-of|city-and-county-of|city-of|county-of|council-of-the)-/, '')
    .replace(/^county-(?=.)/, '')
    .replace(/-((metropolitan-)?(borough|district|city|county)-)?council$/, '')
    .replace(/-council$/, '')
    // "Kent County", "Kent CC", "Leeds City", "Barnsley MBC", "Barnet Borough"
    .replace(/-(county|city|borough|cc|mbc|bc|dc|lbc)$/, '');
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

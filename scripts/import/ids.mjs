// Which council each statistics row belongs to: the 153 current authorities, their ids, and the predecessors whose
// inspections they inherit. The 2023 sheet names councils only by name, so names are matched through one key.

import { authoritySlug } from '../../src/data/authority-slug.js';

/** The id of a council from its statistics name: the package's own rule (src/data/authority-slug.js), one copy. */
export const slug = authoritySlug;

/**
 * Councils abolished in reorganisations, and the current authorities that took on their children's services.
 * The statistics list the old councils (2025: "No longer exists"; 2023: the table of councils that existed before
 * the restructure) but do not say who succeeded them, so that is written down here. Christchurch, BCP's third
 * predecessor, was a district council without children's services: Dorset County Council ran them until both were
 * abolished on 1 April 2019, so its inspections belong to BCP's history as well as Dorset's. `restructuredOnly`:
 * Dorset's name is shared by the new council, so only the 2023 sheet's second table means the old county council.
 */
export const predecessors = [
  { key: 'bournemouth', name: 'Bournemouth', ons: 'E06000028', successors: ['E06000058'] },
  { key: 'poole', name: 'Poole', successors: ['E06000058'] },
  { key: 'dorset', name: 'Dorset County Council', restructuredOnly: true, successors: ['E06000058', 'E06000059'] },
  { key: 'northamptonshire', name: 'Northamptonshire', ons: 'E10000021', successors: ['E06000061', 'E06000062'] },
  { key: 'cumbria', name: 'Cumbria', ons: 'E10000006', successors: ['E06000063', 'E06000064'] },
];

/**
 * Councils that became new unitary councils under the same name, with new ONS codes: report covers from before that
 * date name the old county council ("Somerset County Council"), so they do not name the current one.
 */
export const reconstituted = new Map([
  ['E06000060', '2020-04-01'], // Buckinghamshire
  ['E06000065', '2023-04-01'], // North Yorkshire
  ['E06000066', '2023-04-01'], // Somerset
]);

/**
 * Council names that old report covers print wrongly ("Norfolk Council", "York City Council"): the name each council
 * goes by instead, used in place of any cover's. Every other name is read from the covers (reports.mjs).
 */
export const properNames = new Map([
  ['barnsley', 'Barnsley Metropolitan Borough Council'],
  ['bury', 'Bury Council'],
  ['gateshead', 'Gateshead Council'],
  ['merton', 'London Borough of Merton'],
  ['norfolk', 'Norfolk County Council'],
  ['wakefield', 'Wakefield Council'],
  ['york', 'City of York Council'],
]);

const idPattern = /^[a-z0-9][a-z0-9-]*$/;

/** The current authorities, from the 2025 history's "Current" rows, with identifiers from the lookup. */
export function buildAuthorities(history, lookup) {
  const byOns = new Map();
  for (const record of history) {
    if (record.status !== 'Current') continue;
    const known = byOns.get(record.owner.ons);
    if (known && (known.statisticsName !== record.name || known.region !== record.region)) {
      throw new Error(`${record.owner.ons}: rows disagree on name or region`);
    }
    if (!known)
      byOns.set(record.owner.ons, { ons: record.owner.ons, statisticsName: record.name, region: record.region });
  }
  const ids = new Set();
  const linkMismatches = [];
  const authorities = [...byOns.values()].map((authority) => {
    const entry = lookup.byOns.get(authority.ons);
    if (!entry) throw new Error(`${authority.ons} (${authority.statisticsName}) is not in the lookup`);
    const id = slug(authority.statisticsName);
    if (!idPattern.test(id) || ids.has(id)) throw new Error(`bad or repeated id ${id}`);
    ids.add(id);
    const shortName = authority.statisticsName.replace(/ & /g, ' and ');
    // The lookup keeps ONS's inverted form ("Bristol, City of"); a name for people reads it the right way round.
    const prefix = entry.name.match(/,\s*((?:City|County) of)$/)?.[1];
    for (const record of history) {
      const linked = record.link.match(/provider\/44\/(\d+)/)?.[1];
      if (record.owner.ons === authority.ons && linked && linked !== entry.laNumber) {
        linkMismatches.push(`${shortName}: statistics link to ${linked}, lookup LA number ${entry.laNumber}`);
      }
    }
    return {
      id,
      ons: authority.ons,
      urn: entry.urn,
      laNumber: entry.laNumber,
      region: authority.region,
      shortName,
      fallbackName: prefix ? `${prefix} ${shortName}` : shortName,
      nameKeys: new Set([slug(authority.statisticsName), slug(entry.name)]),
    };
  });
  authorities.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { authorities, linkMismatches: [...new Set(linkMismatches)].sort() };
}

/**
 * Where a statistics row belongs: a list of { authority, predecessor } (a predecessor's row goes to each successor).
 * An owner is { ons } (2025 file) or { name, restructured } (2023 file). Unknown councils stop the import.
 */
export function ownerResolver(authorities) {
  const byOns = new Map(authorities.map((authority) => [authority.ons, authority]));
  const byKey = new Map();
  for (const authority of authorities) for (const key of authority.nameKeys) byKey.set(key, authority);
  const successorsOf = (predecessor) =>
    predecessor.successors.map((ons) => ({ authority: byOns.get(ons), predecessor: predecessor.name }));
  return (owner) => {
    if (owner.ons) {
      if (byOns.has(owner.ons)) return [{ authority: byOns.get(owner.ons), predecessor: null }];
      const predecessor = predecessors.find((candidate) => candidate.ons === owner.ons);
      if (predecessor) return successorsOf(predecessor);
      throw new Error(`no authority or predecessor with ONS code ${owner.ons}`);
    }
    const key = slug(owner.name);
    const predecessor = predecessors.find(
      (candidate) => candidate.key === key && (owner.restructured || !candidate.restructuredOnly),
    );
    if (predecessor) return successorsOf(predecessor);
    if (!owner.restructured && byKey.has(key)) return [{ authority: byKey.get(key), predecessor: null }];
    throw new Error(`no authority named ${owner.name}${owner.restructured ? ' (restructured table)' : ''}`);
  };
}

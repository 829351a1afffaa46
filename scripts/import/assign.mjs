// Gives each statistics row to its authority (or to each successor of a predecessor council), and keeps from the
// scrape only the inspections the statistics do not hold: those published after the statistics' cut-off.
import { ownerResolver } from './ids.mjs';

export function assignRecords(authorities, statistics, scrape, lookup, log) {
  const resolve = ownerResolver(authorities);
  const items = new Map(authorities.map((authority) => [authority.id, []]));
  for (const record of statistics) {
    for (const { authority, predecessor } of resolve(record.owner)) {
      const list = items.get(authority.id);
      const twin = record.grades.length === 0 && list.findIndex((item) => sameVisit(item, { record, predecessor }));
      if (twin === false || twin < 0) {
        list.push({ record, predecessor });
        continue;
      }
      // One edition's in-year sheet may list a visit the next lists again (its report came after the first's cut-off).
      const kept = list[twin].record;
      log(
        `visit in two sheets: ${authority.id} ${record.type} ${record.start} (${kept.source} row ${kept.row}, ${record.source} row ${record.row})`,
      );
      if (!kept.published && record.published) list[twin] = { record, predecessor };
    }
  }
  const byOns = new Map(authorities.map((authority) => [authority.ons, authority]));
  const scrapeOnly = [];
  for (const row of scrape) {
    const entry = lookup.byUrn.get(row.urn);
    const authority = entry && byOns.get(entry.ons);
    if (!authority) throw new Error(`scrape row ${row.row}: URN ${row.urn} is not a current authority`);
    if (row.laNumber !== authority.laNumber)
      log(`scrape row ${row.row}: LA number ${row.laNumber}, lookup ${authority.laNumber}`);
    const known = items
      .get(authority.id)
      .find(
        ({ record, predecessor }) =>
          !predecessor &&
          record.type.startsWith('ilacs') &&
          ((row.start && record.start === row.start) || (row.published && record.published === row.published)),
      );
    if (known) {
      compareWithStatistics(row, known.record, authority, log);
      continue;
    }
    if (!row.type || !row.start) {
      log(`scrape row ${row.row} (${authority.id}): no framework or start date, and not in the statistics; left out`);
      continue;
    }
    scrapeOnly.push(row);
    items.get(authority.id).push({ record: row, predecessor: null });
  }
  return { items, scrapeOnly };
}

/** The same visit from two statistics sheets: same council, kind and date. */
const sameVisit = (a, b) =>
  a.record.type === b.record.type &&
  a.record.start === b.record.start &&
  a.predecessor === b.predecessor &&
  a.record.type.endsWith('visit');

/** The scrape's grades are checked against the statistics where both hold an inspection; the statistics win. */
function compareWithStatistics(row, record, authority, log) {
  const grades = new Map(record.grades.map((grade) => [grade.area, grade.grade]));
  for (const { area, grade } of row.grades) {
    if (grades.has(area) && grades.get(area) !== grade) {
      log(
        `scrape differs from statistics: ${authority.id} ${record.start} ${area}: scrape ${grade}, statistics ${grades.get(area)}`,
      );
    }
  }
  if (row.start && row.start !== record.start)
    log(`scrape start ${row.start} vs statistics ${record.start}: ${authority.id}`);
  if (row.published && row.published !== record.published) {
    log(`scrape published ${row.published} vs statistics ${record.published}: ${authority.id}`);
  }
}

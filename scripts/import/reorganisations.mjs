// When a council that replaced others took over their children's services: a milestone on its timeline, each date
// read from the source that prints it and cited, so the chart marks the change where the predecessor's inspections
// stop. The import stops if a source no longer says what is quoted here.
import * as XLSX from '@e965/xlsx';
import { paths, provenance, rawFiles } from './inputs.mjs';
import { reportSource } from './reports.mjs';
import { readWorkbook, tidy } from './sheets.mjs';

/**
 * By the new council's ONS code: the month it took over, from whom, and where that is printed: a report of the new
 * council's (by publication date) or the 2022 statistics (the heading of the table of councils abolished in 2019).
 */
export const reorganisations = new Map([
  [
    'E06000063',
    { date: '2023-04', from: 'Cumbria', report: '2024-11-26', says: 'In April 2023, Cumberland Council was formed' },
  ],
  [
    'E06000064',
    {
      date: '2023-04',
      from: 'Cumbria',
      report: '2024-07-12',
      says: 'When Westmorland and Furness came into being in April 2023',
    },
  ],
  [
    'E06000061',
    { date: '2021-04-01', from: 'Northamptonshire', report: '2026-07-07', says: 'unitary authority on 1 April 2021' },
  ],
  ['E06000062', { date: '2021-04-01', from: 'Northamptonshire', report: '2026-07-07', says: 'on 1 April 2021' }],
  [
    'E06000058',
    {
      date: '2019-04',
      from: 'Bournemouth, Poole and Dorset County Council',
      statistics: { sheet: 'LA_inspections_2009-2022', says: 'existed before the restructure in April 2019' },
    },
  ],
]);

/**
 * The milestone of `authority`'s reorganisation, or null: { kind, title, date, summary, sources }, its source the
 * report (added to `reportSources`) or the 2022 statistics. Throws when the source does not print what it is cited for.
 */
export function reorganisationMilestone(authority, reports, reportSources) {
  const change = reorganisations.get(authority.ons);
  if (!change) return null;
  const title = `${authority.shortName} takes over children’s services from ${change.from}`;
  if (change.report) {
    const report = reports.find((candidate) => candidate.published === change.report);
    if (!report || !JSON.stringify(report).includes(change.says))
      throw new Error(`${authority.id}: the report of ${change.report} no longer says "${change.says}"`);
    const source = reportSource(report, provenance.reportPageUrl);
    reportSources.set(source.id, source);
    return {
      id: '',
      kind: 'milestone',
      title,
      date: change.date,
      summary: `Ofsted’s report on ${authority.shortName} dates the change: “${change.says}”. The inspections before it are of ${change.from}.`,
      sources: [source.id],
    };
  }
  const { sheet, says } = change.statistics;
  const workbook = readWorkbook(paths.raw + rawFiles.statistics2022, [sheet]);
  const cells = XLSX.utils.sheet_to_json(workbook.Sheets[sheet], { header: 1, raw: true }).flat().map(tidy);
  if (!cells.some((cell) => cell.includes(says)))
    throw new Error(`${authority.id}: sheet ${sheet} of the 2022 statistics no longer says "${says}"`);
  return {
    id: '',
    kind: 'milestone',
    title,
    date: change.date,
    summary: `Ofsted’s 2022 statistics list ${change.from} as councils that “${says}”. The inspections before it are of those councils.`,
    sources: ['ofsted-statistics-2022-restructure'],
  };
}

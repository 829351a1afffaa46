// Where the importer reads and writes. The raw file names live here so a refresh changes one line (data/raw/README.md).
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const paths = {
  root,
  raw: `${root}data/raw/`,
  reports: `${root}data/sources/reports/`,
  authorities: `${root}data/authorities/`,
  // Sentences picked from judgement sections, one file an inspection (data/findings/<authority>/<event>.json).
  findings: `${root}data/findings/`,
  curated: `${root}data/curated/`,
  schema: `${root}data/ofsted-dataset.schema.json`,
};

export const rawFiles = {
  outcomes2025: 'LA_Inspection_Outcomes_as_at_31_March_2025.ods',
  outcomes2024: 'LA_Inspection_Outcomes_as_at_31_March_2024.ods',
  statistics2023: 'Childrens_social_care_in_England_2023_underlying_data.ods',
  statistics2022: 'Childrens_social_care_in_England_2022_underlying_data.ods',
  lookup: 'Provider_data_lookup.csv',
  scrape: 'ofsted_csc_ilacs_overview.xlsx',
};

export const sheets = {
  history: 'ILACS_inspection_history',
  inYear2025: 'In-year_inspections',
  inYear2024: 'Inspections_in_year_2023-24',
  history2023: 'LA_inspections_2009-2023',
  inYear2023: 'LA_level_in_year_2022-23',
  inYear2022: 'LA_level_in_year_2021-22',
};

/** Facts about the inputs that the files themselves do not carry (from data/raw/README.md). */
export const provenance = {
  statisticsUpTo: '2025-03-31',
  /** The first day of the earliest in-year sheet read (2021-22): no edition listing earlier visits was found. A
   * visit from before it may still appear (its letter came after the earlier edition's cut-off). */
  visitsFrom: '2021-04-01',
  outcomes2025Published: '2025-09-25',
  outcomes2024Published: '2024-08-30',
  statistics2023Published: '2023-07-06',
  statistics2022Published: '2022-07-07',
  statisticsUrl: 'https://www.gov.uk/government/collections/childrens-social-care-statistics',
  // JT-39's fork of data-to-insight/ofsted-ilacs-scrape-tool: the scrape file and every report PDF to 22 August 2026.
  scrapeRepository: 'https://github.com/JT-39/ofsted-ilacs-scrape-tool',
  scrapeCommit: '54af59bf7856a26530b1eeb45c1c1c146f34cb8a',
  scrapeCommitDate: '2026-08-22',
  reportPageUrl: (urn) => `https://reports.ofsted.gov.uk/provider/44/${urn}`,
};

/** Authorities whose hand-made history the importer copies instead of generating (data/curated/<id>.json). */
export const curatedIds = ['barnet'];

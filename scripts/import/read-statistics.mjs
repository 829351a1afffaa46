// Ofsted's official statistics as plain records: one per inspection or visit, each naming the sheet row it came from.
import { paths, rawFiles, sheets } from './inputs.mjs';
import { gradeOf, isoDate, readWorkbook, sheetTables, tidy } from './sheets.mjs';

/** The 2023 sheet's column groups: one per kind of inspection, each a publication date and its judgements. */
const columns2023 = [
  [
    'slac',
    'Safeguarding & Looked After Children (SLAC) Inspection publication date',
    [
      ['safeguarding', 'SLAC Safeguarding Overall effectiveness (OE)'],
      ['looked-after-children', 'SLAC Looked After Children Overall Effectiveness (OE)'],
    ],
  ],
  [
    'slac-re-safeguarding',
    'SLAC re-inspection of Safeguarding publication date',
    [['safeguarding', 'SLAC re-inspection Safeguarding OE']],
  ],
  [
    'slac-re-lac',
    'SLAC re-inspection of services for Children Looked After publication date',
    [['looked-after-children', 'SLAC re-inspection of services Children Looked After OE']],
  ],
  ['cpi', 'Child Protection Inspections (CPI) publication date', [['safeguarding', 'CPI Overall Effectiveness (OE)']]],
  [
    'cpri',
    'Child Protection Re-Inspection (CPRI) publication date',
    [['safeguarding', 'CPRI Overall Effectiveness (OE)']],
  ],
  [
    'tlac',
    'Targeted Looked After Children (TLAC) inspection publication date',
    [['looked-after-children', 'TLAC Overall Effectiveness (OE)']],
  ],
  ...['First SIF', 'SIF Re-inspection'].map((prefix) => [
    prefix === 'First SIF' ? 'sif' : 'sif-re',
    `Single Inspection of LA Children's Services (SIF) ${prefix} publication date`,
    [
      ['overall-effectiveness', `${prefix} Overall Judgement (OE)`],
      ['help-and-protection', `${prefix} children who need help and protection`],
      ['children-looked-after', `${prefix} children looked after and achieving permanence`],
      ['adoption', `${prefix} CLA Sub: Adoption Performance`],
      ['care-leavers', `${prefix} CLA Sub: Experiences and progress of care leavers`],
      ['leadership', `${prefix} leadership, management and governance`],
      ...(prefix === 'First SIF' ? [['lscb', 'LSCB Overall Effectiveness']] : []),
    ],
  ]),
];

const ilacsColumns = (labels) => [
  ['overall-effectiveness', labels[0]],
  ['leadership', labels[1]],
  ['help-and-protection', labels[2]],
  ['children-in-care', labels[3]],
  ['care-leavers', labels[4]],
];
const columns2025 = ilacsColumns([
  'Overall effectiveness',
  'The impact of leaders on social work practice with children and families',
  'The experiences and progress of children who need help and protection',
  'The experiences and progress of children in care',
  'The experiences and progress of care leavers',
]);

const gradesFrom = (row, pairs) =>
  pairs.flatMap(([area, heading]) => {
    const value = gradeOf(row.get(heading));
    return value ? [{ area, heading, ...value }] : [];
  });

const inYearTypes = new Map([
  ['ilacs focused visit', 'focused-visit'],
  ['la monitoring visit', 'monitoring-visit'],
  ['joint targeted area inspection', 'joint-targeted-area-inspection'],
]);
/** Visit kinds from an in-year sheet; its inspections are left to the history sheets, which list every one. */
function visitType(text) {
  const key = tidy(text).toLowerCase();
  if (/^ilacs (standard|short) inspection$/.test(key)) return null;
  if (!inYearTypes.has(key)) throw new Error(`unknown in-year inspection type: ${text}`);
  return inYearTypes.get(key);
}

/**
 * The visits of an in-year sheet, one a row, and how many rows it has. The 2025 edition names each council by ONS
 * code and gives a publication date; the older ones name it and give one date a visit.
 */
function inYearVisits(workbook, source, sheet, { byOns = false } = {}) {
  const [rows] = sheetTables(workbook, sheet, byOns ? 'Local authority area code' : 'Local authority name');
  const visits = rows.flatMap((row) => {
    const type = visitType(row.get('Inspection/Visit type'));
    if (!type) return [];
    return [
      {
        source,
        sheet,
        row: row.row,
        owner: byOns
          ? { ons: tidy(row.get('Local authority area code')) }
          : { name: tidy(row.get('Local authority name')), restructured: false },
        type,
        start: isoDate(row.get('Inspection/Visit date')),
        published: byOns ? isoDate(row.get('Publication date')) : null,
        theme: tidy(row.get('Visit Theme')) || null,
        grades: [],
      },
    ];
  });
  return { visits, inYearRows: rows.length };
}

const ilacsType = (text) =>
  ({ 'ILACS Standard Inspection': 'ilacs-standard', 'ILACS Short Inspection': 'ilacs-short' })[tidy(text)];

export function readOutcomes2025() {
  const workbook = readWorkbook(paths.raw + rawFiles.outcomes2025, [sheets.history, sheets.inYear2025]);
  const at = (sheet, row) => ({ source: 'ofsted-outcomes-2025', sheet, row });
  const [historyRows] = sheetTables(workbook, sheets.history, 'Local authority area code');
  const history = historyRows.map((row) => {
    const type = ilacsType(row.get('Inspection type'));
    if (!type) throw new Error(`row ${row.row}: unknown inspection type ${row.get('Inspection type')}`);
    return {
      ...at(sheets.history, row.row),
      owner: { ons: tidy(row.get('Local authority area code')) },
      name: tidy(row.get('Local authority name')),
      status: tidy(row.get('Local authority status')),
      region: tidy(row.get('Ofsted region')),
      link: row.link,
      type,
      start: isoDate(row.get('Inspection date')),
      published: isoDate(row.get('Publication date')),
      grades: gradesFrom(row, columns2025),
    };
  });
  return { history, ...inYearVisits(workbook, 'ofsted-outcomes-2025', sheets.inYear2025, { byOns: true }) };
}

/**
 * The 2024 edition's in-year sheet: the visits of 2023–24 (and 11 from before April 2023 whose reports came after the
 * 2023 release's cut-off), by council name, one date each and no publication date. Its inspections are left to the
 * 2025 history sheet.
 */
export function readOutcomes2024() {
  const workbook = readWorkbook(paths.raw + rawFiles.outcomes2024, [sheets.inYear2024]);
  return inYearVisits(workbook, 'ofsted-outcomes-2024', sheets.inYear2024);
}

/** The 2022 release's in-year sheet: the visits of 2021–22, by council name, one date each. */
export function readStatistics2022() {
  const workbook = readWorkbook(paths.raw + rawFiles.statistics2022, [sheets.inYear2022]);
  return inYearVisits(workbook, 'ofsted-statistics-2022', sheets.inYear2022);
}

export function readStatistics2023() {
  const workbook = readWorkbook(paths.raw + rawFiles.statistics2023, [sheets.history2023, sheets.inYear2023]);
  const at = (sheet, row) => ({ source: 'ofsted-statistics-2023', sheet, row });
  const tables = sheetTables(workbook, sheets.history2023, 'Local authority name');
  if (tables.length !== 2) throw new Error(`${sheets.history2023}: expected 2 tables, found ${tables.length}`);
  // The second table holds councils that existed before a reorganisation ("before the restructure").
  const inspections = tables.flatMap((rows, table) =>
    rows.flatMap((row) =>
      columns2023.flatMap(([type, dateHeading, pairs]) => {
        const published = isoDate(row.get(dateHeading));
        if (!published) return [];
        const owner = { name: tidy(row.get('Local authority name')), restructured: table === 1 };
        return [{ ...at(sheets.history2023, row.row), owner, type, published, grades: gradesFrom(row, pairs) }];
      }),
    ),
  );
  return { inspections, ...inYearVisits(workbook, 'ofsted-statistics-2023', sheets.inYear2023) };
}

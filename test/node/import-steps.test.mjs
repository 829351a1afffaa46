// The importer's and the report extractor's pure steps, one rule at a time: dates, ids, matching and cover parsing.
// Cover fixtures are lines as pdf.js reads them from real reports (named beside each), so a change to a pattern is
// checked against what Ofsted printed.
import { strict as assert } from 'node:assert';
import { test } from 'node:test';
import {
  framework,
  inspectionDates,
  leadInspector,
  parseDateRange,
  reportPublished,
  titleAndName,
} from '../../scripts/extract-reports/cover.mjs';
import { parseCoverDates, parseCoverParts } from '../../scripts/import/cover-dates.mjs';
import { slug } from '../../scripts/import/ids.mjs';
import { councilName, coverGrade, reportMatcher } from '../../scripts/import/reports.mjs';
import { gradeOf, isoDate } from '../../scripts/import/sheets.mjs';
import { inspectorName, monthNumber } from '../../scripts/import/words.mjs';

/** Lines as the extractor sees them: text at a font size, top to bottom. */
const lines = (...rows) => rows.map(([size, text], i) => ({ size, text, top: 100 + i * 20, runs: [], cells: [] }));

test('month names and abbreviations, one rule for importer and extractor', () => {
  assert.deepEqual(['January', 'feb', 'Sept', 'sept.', 'JUNE', 'dec'].map(monthNumber), [1, 2, 9, 9, 6, 12]);
  assert.deepEqual(['ma', 'to', 'and', 'monday'].map(monthNumber), [0, 0, 0, 0]);
});

test('printed inspection dates: ranges within a month, across months and years, and what is not a date', () => {
  assert.deepEqual(parseCoverDates('10 to 14 June 2024'), { start: '2024-06-10', end: '2024-06-14' }); // Barnet 2024
  assert.deepEqual(parseCoverDates('25 April – 18 May 2017'), { start: '2017-04-25', end: '2017-05-18' }); // Barnet 2017
  assert.deepEqual(parseCoverDates('13 May to 24 May 2019'), { start: '2019-05-13', end: '2019-05-24' });
  assert.deepEqual(parseCoverDates('15 June 2015 – 17 June 2015'), { start: '2015-06-15', end: '2015-06-17' }); // Surrey 2015
  assert.deepEqual(parseCoverDates('18 Feb 2014'), { start: '2014-02-18', end: '2014-02-18' });
  assert.deepEqual(parseCoverDates('19 November-11 December 2013 and 28 – 30 January 2014'), {
    start: '2013-11-19',
    end: '2014-01-30',
  }); // Sheffield
  assert.equal(parseCoverDates('14 to 10 June 2024'), null, 'ends before it starts');
  assert.equal(parseCoverDates('June 2024'), null, 'no day');
  assert.equal(parseCoverDates('on site: 10 June 2024'), null, 'words that are not dates');
  assert.equal(parseCoverDates(undefined), null);
});

test('an inspection in parts: split at "and" only where each piece is whole dates', () => {
  assert.deepEqual(parseCoverParts('5 to 9 December 2022 and 14 to 15 February 2023'), [
    // South Tyneside
    { start: '2022-12-05', end: '2022-12-09' },
    { start: '2023-02-14', end: '2023-02-15' },
  ]);
  assert.deepEqual(parseCoverParts('8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019'), [
    // Derbyshire
    { start: '2019-07-08', end: '2019-07-12' },
    { start: '2019-08-07', end: '2019-08-08' },
  ]);
  assert.equal(parseCoverParts('10 and 11 June 2024'), null, 'two days of one spell');
  assert.equal(parseCoverParts('10 to 14 June 2024'), null);
});

test("spreadsheet cells: serial dates and the scrape's text dates, grades and their absence", () => {
  assert.equal(isoDate(44985), '2023-02-28'); // Bury's monitoring visit, 2024 in-year sheet
  assert.equal(isoDate('05/06/24'), '2024-06-05');
  assert.equal(isoDate('10/06/2024'), '2024-06-10');
  assert.equal(isoDate(''), null);
  assert.throws(() => isoDate('June 2024'), /not a date/);
  assert.deepEqual(gradeOf('Requires improvement to be good'), { grade: 'requires-improvement' });
  assert.deepEqual(gradeOf(' -'), { grade: null, dash: true });
  assert.equal(gradeOf(''), undefined);
  assert.throws(() => gradeOf('Superb'), /not a grade/);
  assert.equal(coverGrade('Requires Improvement'), 'requires-improvement');
  assert.equal(coverGrade('Not judged'), null);
  assert.equal(coverGrade('Inadequate.'), undefined, 'a garbled grade is not read');
});

test('ids from statistics names', () => {
  assert.equal(slug('Bristol, City of'), 'bristol');
  assert.equal(slug('Telford & Wrekin'), 'telford-and-wrekin');
  assert.equal(slug('Kingston Upon Hull, City of'), 'kingston-upon-hull');
  assert.equal(slug('Herefordshire, County of'), 'herefordshire');
  assert.equal(slug('Bournemouth, Christchurch and Poole'), 'bournemouth-christchurch-and-poole');
});

test('matching a statistics row to its report: same publication date, else same first day, else one within a week', () => {
  const reports = [
    { published: '2015-08-10', framework: 'sif', inspectionStart: '2015-06-30' },
    { published: '2019-03-18', framework: 'ilacs', inspectionStart: '2019-01-28' },
    { published: '2015-10-20', framework: 'sif', inspectionStart: null },
  ];
  const matcher = reportMatcher(reports);
  assert.equal(matcher.match({ published: '2015-08-10', framework: 'sif' }), reports[0]);
  assert.equal(matcher.match({ published: '2019-03-20', start: '2019-01-28', framework: 'ilacs' }), reports[1]);
  assert.equal(matcher.match({ published: '2015-10-19', framework: 'sif' }), reports[2], 'a day apart');
  assert.equal(matcher.match({ published: '2015-08-10', framework: 'sif' }), null, 'each report is used once');
  assert.deepEqual(matcher.unused(), []);
  assert.equal(reportMatcher(reports).match({ published: '2015-10-30', framework: 'sif' }), null, 'ten days apart');
});

test("the council's name from its latest cover that names a council", () => {
  const covers = [
    { published: '2013-08-16', coverName: 'Norfolk County Council' },
    { published: '2018-01-19', coverName: 'Norfolk' },
  ];
  assert.equal(councilName(covers, 'Norfolk'), 'Norfolk County Council');
  assert.equal(
    councilName([{ published: '2016-01-01', coverName: 'Bristol City of' }], 'City of Bristol'),
    'City of Bristol',
  );
  assert.equal(
    councilName([{ published: '2016-01-01', coverName: 'Somerset County Council' }], 'Somerset', '2023-04-01'),
    'Somerset',
  );
});

test('cover lines: title, name, framework, dates, publication date (Slough 2016, Stoke-on-Trent 2015, Slough 2014)', () => {
  const slough2016 = lines(
    [26, 'Slough Borough Council'],
    [14, 'Inspection of services for children in need of help and'],
    [14, 'protection, children looked after and care leavers'],
    [14, 'and'],
    [14, 'Review of the effectiveness of the Local Safeguarding Children'],
    [14, 'Board'],
    [14, 'Inspection date: 24 November 2015 - 17 December 2015'],
    [14, 'Report published: 17 February 2016'],
    [14, 'Children’s services in Slough are inadequate'],
  );
  const { title, coverName } = titleAndName(slough2016);
  assert.equal(coverName, 'Slough Borough Council');
  assert.equal(framework(title), 'sif');
  assert.equal(inspectionDates(slough2016), '24 November 2015 - 17 December 2015');
  assert.deepEqual(parseDateRange('24 November 2015 - 17 December 2015'), { start: '2015-11-24', end: '2015-12-17' });
  assert.equal(reportPublished(slough2016), '2016-02-17');
  assert.equal(
    reportPublished(lines([14, 'Inspection date: 30 June 2015 – 22 July 2015'], [14, 'Report published: 10/08/2015'])),
    '2015-08-10',
  );
  assert.equal(
    reportPublished(
      lines(
        [10, 'The sections of this report that are about the local authority were originally published on 11'],
        [10, 'February 2014'],
      ),
    ),
    '2014-02-11',
    'a reissued report: the date it was first published',
  );
  assert.equal(reportPublished(lines([14, 'Inspection dates: 10 to 14 June 2024'])), null, 'ILACS covers print none');
  assert.equal(framework('Inspection of Barnet local authority children’s services'), 'ilacs');
  assert.equal(framework('Review of the effectiveness of the Local Safeguarding Children Board'), 'other');
});

test("the lead inspector's name, without the title after it, and only when it reads as one name", () => {
  assert.equal(leadInspector(lines([12, 'Lead inspector: Helen Cawston HMI'])), 'Helen Cawston');
  assert.equal(
    leadInspector(lines([12, 'Lead inspector:'], [12, 'Dominic Stevens, Her Majesty’s Inspector'])),
    'Dominic Stevens',
  );
  assert.equal(leadInspector(lines([12, 'Reporting inspector: Ann Jones (Senior HMI)'])), 'Ann Jones');
  assert.equal(inspectorName('Helen Cawston HMI.'), 'Helen Cawston');
  assert.equal(inspectorName('Brenda McLaughlin Senior'), 'Brenda McLaughlin');
  assert.equal(
    inspectorName('Rebecca Quested, and Matthew Reed'),
    null,
    'two names run together (Stoke-on-Trent 2022)',
  );
  assert.equal(inspectorName('on site: Jo Smith'), null);
});

// The committed report extracts (data/sources/reports/<URN>.json, npm run data:extract-reports): every report of the
// pinned JT-39 archive, each ILACS report's "What needs to improve?" list with its nested items and its judgement
// sections as numbered paragraphs without page furniture; and the extractor's parsing rules on real report lines.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { improvementsSection } from '../../scripts/extract-reports/improvements.mjs';
import { judgementSections } from '../../scripts/extract-reports/sections.mjs';
import { areaOfJudgementName } from '../../scripts/import/reports.mjs';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const extracts = readdirSync(new URL('data/sources/reports/', root))
  .filter((name) => name.endsWith('.json'))
  .map((name) => readJson(`data/sources/reports/${name}`));
const reports = extracts.flatMap((extract) =>
  extract.reports.map((report) => ({ ...report, urn: extract.urn, commit: extract.commit })),
);
const ilacs = reports.filter((report) => report.framework === 'ilacs' && report.licence === 'ogl');
const report = (urn, published) => reports.find((r) => r.urn === urn && r.published === published);

test('every extract reads the JT-39 archive at its pinned commit, and holds its 497 files', () => {
  assert.deepEqual(
    [...new Set(extracts.map((extract) => extract.commit))],
    ['54af59bf7856a26530b1eeb45c1c1c146f34cb8a'],
  );
  assert.deepEqual(
    [...new Set(extracts.map((extract) => extract.repository))],
    ['https://github.com/JT-39/ofsted-ilacs-scrape-tool'],
  );
  assert.equal(reports.length, 497);
});

test('the reports published after March 2025 are there: Lancashire on 20 August 2026, Somerset in 2026 with no overall grade', () => {
  const after = reports.filter((r) => r.published > '2025-03-31' && r.framework === 'ilacs');
  assert.ok(after.length >= 60, `${after.length} ILACS reports published after March 2025`);
  const lancashire = report('80480', '2026-08-20');
  assert.equal(lancashire?.inspectionDates, '11 to 22 May 2026');
  assert.equal(lancashire.sections.length, 4);
  const somerset = report('80555', '2026-06-17');
  assert.deepEqual(
    somerset.judgements.map((j) => j.name),
    [
      'The impact of leaders on social work practice with children and families',
      'The experiences and progress of children who need help and protection',
      'The experiences and progress of children in care',
      'The experiences and progress of care leavers',
    ],
  );
  assert.ok(!somerset.judgements.some((j) => /overall/i.test(j.name)));
});

test('nested items of "What needs to improve?" are kept, each on its own line after "- " (Cornwall 2019, Devon 2020, East Sussex 2024, Isle of Wight 2023, Manchester 2022)', () => {
  const cases = [
    [
      '80454',
      '2019-11-05',
      'The provision of suitable accommodation for 16- and 17-year-old homeless young people, including:\n- sufficiency of accommodation\n- assessment and support available to young people\n- management oversight of the use of any unregulated provision.',
    ],
    [
      '80461',
      '2020-03-17',
      'Services to care leavers, including:\n- sufficiency of accommodation and support available for young people\n- assessment of risk and safety planning for young people\n- access for young people to full information about their health histories.',
    ],
    [
      '80467',
      '2024-02-06',
      'The oversight, timeliness and rigour of the response to children:\n- experiencing neglect, including children in Public Law Outline pre-proceedings, and\n- in private fostering arrangements.',
    ],
    [
      '80419',
      '2023-12-15',
      'The quality of oversight and monitoring of:\n- the pre-proceedings process in the Public Law Outline (PLO)\n- permanence for children\n- private fostering.',
    ],
    [
      '80521',
      '2022-05-19',
      'Practice around the care and protection of disabled children to demonstrate:\n- an understanding of the impact of the child’s disability on their life and daily experiences and that of their family;\n- communication and direct work with disabled children, to gather their wishes and feelings and use these views to inform planning and next steps;\n- the ambition for disabled children to achieve to their potential.',
    ],
  ];
  for (const [urn, published, statement] of cases) {
    assert.ok(
      report(urn, published).improvements.includes(statement),
      `${urn} ${published}: ${report(urn, published).improvements.join(' | ')}`,
    );
  }
});

test('every ILACS report has its judgement sections, each a heading with its grade and paragraphs numbered from 1 in order', () => {
  const problems = [];
  for (const r of ilacs) {
    const numbers = r.sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.number));
    if (r.sections.length < 3) problems.push(`${r.urn} ${r.published}: ${r.sections.length} sections`);
    // A report may skip a number of its own (Windsor and Maidenhead 2020 has no paragraph 15) or repeat one
    // (Lambeth 2026 has two paragraphs 57).
    if (
      numbers[0] !== 1 ||
      numbers.some((number, i) => i > 0 && (number < numbers[i - 1] || number > numbers[i - 1] + 2))
    ) {
      problems.push(`${r.urn} ${r.published}: paragraphs ${numbers.join(',')}`);
    }
    for (const section of r.sections) {
      if (!/(good|outstanding|inadequate|requires? improvement( to be good)?)\.?$/i.test(section.heading))
        problems.push(`${r.urn} ${r.published}: ${section.heading}`);
      if (section.paragraphs.length === 0)
        problems.push(`${r.urn} ${r.published}: no paragraph under ${section.heading}`);
    }
  }
  assert.deepEqual(problems, []);
});

// The judgement areas whose findings Ofsted's template gives a section of their own.
const SECTION_AREAS = [
  'help-and-protection',
  'children-in-care',
  'care-leavers',
  'children-in-care-and-care-leavers',
  'leadership',
];

test('every ILACS report has a section for each judgement its cover grades (Manchester 2025: children in care)', () => {
  const problems = [];
  for (const r of ilacs) {
    const sections = r.sections.map((section) => areaOfJudgementName(section.heading));
    const judged = new Set(
      r.judgements.map((j) => areaOfJudgementName(j.name)).filter((area) => SECTION_AREAS.includes(area)),
    );
    for (const area of judged)
      if (!sections.includes(area)) problems.push(`${r.urn} ${r.published}: no ${area} section`);
  }
  assert.deepEqual(problems, []);
});

test("no judgement section holds page furniture: Ofsted's address, licence lines, 'report available at', page footers", () => {
  const furniture =
    /Piccadilly Gate|Store Street|M1 2WD|Textphone|enquiries@ofsted|Open Government Licen[cs]e|nationalarchives|(report|publication) is available at|Crown copyright|eepurl|Inspection of .* children’s services \d+$/;
  const found = ilacs.flatMap((r) =>
    r.sections.flatMap((section) =>
      section.paragraphs
        .filter((paragraph) => furniture.test(paragraph.text))
        .map((paragraph) => `${r.urn} ${r.published} ¶${paragraph.number}: ${paragraph.text.slice(0, 120)}`),
    ),
  );
  assert.deepEqual(found, []);
});

// Lines as pdf-text.mjs's bodyLines gives them (page, x, size, text), from Lancashire's 2026 report.
const line = (page, x, size, text) => ({ page, x, size, text, top: 0 });

test('judgementSections(lines) reads headings over two lines, numbered paragraphs across a page break, and leaves out footnotes', () => {
  const lines = [
    line(2, 71, 12, 'What needs to improve?'),
    line(2, 71, 12, '◼ The consistency and quality of plans and planning.'),
    line(2, 71, 14, 'The experiences and progress of children who need help and'),
    line(2, 71, 14, 'protection: good'),
    line(2, 71, 12, '1. Children and families can readily access a comprehensive range of early help'),
    line(
      2,
      99,
      12,
      'services. Written plans are developed directly with the family. However, these are not consistently',
    ),
    line(
      2,
      78,
      10,
      'The areas for improvement have been cross-referenced with the outcomes, enablers or principles in',
    ),
    line(3, 99, 12, 'explicit about what parents need to do to increase children’s safety.'),
    line(3, 71, 12, '2. Leaders have:'),
    line(3, 89, 12, '◼ a clear plan'),
    line(3, 89, 12, '◼ a stable work-'),
    line(3, 107, 12, 'force.'),
    line(5, 71, 14, 'The experiences and progress of children in care: good'),
    line(5, 71, 12, '3. Children in care are well supported.'),
    line(13, 71, 10, 'The Office for Standards in Education, Children’s Services and Skills (Ofsted) regulates'),
  ];
  const { sections, dropped } = judgementSections(lines);
  assert.deepEqual(sections, [
    {
      heading: 'The experiences and progress of children who need help and protection: good',
      paragraphs: [
        {
          number: 1,
          text: 'Children and families can readily access a comprehensive range of early help services. Written plans are developed directly with the family. However, these are not consistently explicit about what parents need to do to increase children’s safety.',
        },
        { number: 2, text: 'Leaders have:\n- a clear plan\n- a stable work-force.' },
      ],
    },
    {
      heading: 'The experiences and progress of children in care: good',
      paragraphs: [{ number: 3, text: 'Children in care are well supported.' }],
    },
  ]);
  assert.deepEqual(dropped, [
    'The areas for improvement have been cross-referenced with the outcomes, enablers or principles in',
  ]);
});

test('improvementsSection(lines) keeps a nested list inside its item, one line an item (Isle of Wight 2023)', () => {
  const lines = [
    line(2, 71, 14, 'What needs to improve?'),
    line(2, 71, 12, '\u25fc The quality of oversight and monitoring of:'),
    line(2, 89, 12, '\u2212 the pre-proceedings process in the Public Law Outline (PLO)'),
    line(2, 89, 12, '\u2212 permanence for children'),
    line(2, 89, 12, '\u2212 private fostering.'),
    line(2, 71, 12, '\u25fc Caseloads in the children’s assessment and safeguarding teams.'),
    line(2, 71, 14, 'The experiences and progress of children who need help and'),
  ];
  assert.deepEqual(improvementsSection(lines).improvements, [
    'The quality of oversight and monitoring of:\n- the pre-proceedings process in the Public Law Outline (PLO)\n- permanence for children\n- private fostering.',
    'Caseloads in the children’s assessment and safeguarding teams.',
  ]);
});

// Lines of Manchester's 2025 report, whose children-in-care heading leaves out "and progress".
test('judgementSections(lines) reads a heading without "and progress" (Manchester 2025: "The experiences of children in care: outstanding")', () => {
  const lines = [
    line(2, 70.9, 14.04, 'What needs to improve?'),
    line(2, 67.1, 12, '◼ The identification and response to neglect. (outcome 3: national framework)'),
    line(2, 70.9, 12, 'The experiences and progress of children who need help and protection:'),
    line(2, 70.9, 12, 'good'),
    line(4, 70.3, 12, '17. Parents who educate their children at home receive effective support. The local'),
    line(4, 99.3, 12, 'authority facilitates a smooth transition if these children return to school. The'),
    line(4, 99.3, 12, 'local authority has secure oversight of children who do not attend school when'),
    line(4, 99.3, 12, 'they should.'),
    line(5, 70.9, 12, 'The experiences of children in care: outstanding'),
    line(5, 70.3, 12, '18. Tenacious and determined leaders, with strong multi-agency support, ensure'),
    line(5, 99.3, 12, 'that children remain living with their families when possible. Wider families are'),
    line(5, 99.3, 12, 'positively engaged in robust support plans to reduce risks for children through'),
    line(5, 99.3, 12, 'the effective use of family meetings.'),
  ];
  assert.deepEqual(
    judgementSections(lines).sections.map((section) => [section.heading, section.paragraphs.map((p) => p.number)]),
    [
      ['The experiences and progress of children who need help and protection: good', [17]],
      ['The experiences of children in care: outstanding', [18]],
    ],
  );
});

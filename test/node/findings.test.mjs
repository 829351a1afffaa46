// Findings quoted from ILACS reports: Ofsted's own "What needs to improve?" list inline in each authority's file, and
// the sentences picked from the judgement sections in data/findings/<authority>/<event>.json. Each is checked word for
// word against the committed report extract, and each picked sentence's area against its section's heading.
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { inferArea, recommendationFindings, sectionFindings } from '../../scripts/import/findings.mjs';
import { sentences } from '../../scripts/import/sentences.mjs';

const root = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
const datasets = readdirSync(new URL('data/authorities/', root))
  .filter((name) => name.endsWith('.json') && name !== 'index.json')
  .map((name) => readJson(`data/authorities/${name}`));
const findingsDir = new URL('data/findings/', root);
const sectionFiles = existsSync(findingsDir)
  ? readdirSync(findingsDir).flatMap((folder) =>
      readdirSync(new URL(`${folder}/`, findingsDir))
        .filter((name) => name.endsWith('.json'))
        .map((name) => ({
          path: `data/findings/${folder}/${name}`,
          ...readJson(`data/findings/${folder}/${name}`),
        })),
    )
  : [];
const reportOf = (dataset, sourceId) => {
  const source = dataset.sources.find((s) => s.id === sourceId);
  return readJson(`data/sources/${source.file}`).reports.find((report) => report.published === source.date);
};

/** The area a section heading names, written here apart from the importer's rule. */
function headingArea(heading) {
  const name = heading.toLowerCase();
  if (name.startsWith('the impact of leaders') || name.startsWith('impact of leaders')) return 'leadership';
  if (/children who need help and protection/.test(name)) return 'help-and-protection';
  if (/children in care and care leavers/.test(name)) return 'children-in-care-and-care-leavers';
  if (/of care leavers/.test(name)) return 'care-leavers';
  if (/of children in care/.test(name)) return 'children-in-care';
  return null;
}

test("every sentence picked from a judgement section is word for word in its numbered paragraph, and its area is the section heading's", () => {
  const problems = [];
  for (const file of sectionFiles) {
    const dataset = datasets.find((d) => d.authority.id === file.authority);
    const event = dataset?.events.find((e) => e.id === file.event);
    if (!event) {
      problems.push(`${file.path}: no event ${file.event} in ${file.authority}.json`);
      continue;
    }
    for (const finding of file.findings) {
      const report = reportOf(dataset, finding.source);
      // A report may number two paragraphs alike (Lambeth 2026's two paragraphs 57): the one holding the sentence.
      const section = report.sections.find((s) =>
        s.paragraphs.some((p) => p.number === finding.paragraph && p.text.includes(finding.statement)),
      );
      if (!section) problems.push(`${file.path} ¶${finding.paragraph}: not word for word: ${finding.statement}`);
      else if (headingArea(section.heading) !== finding.area)
        problems.push(`${file.path} ¶${finding.paragraph}: area ${finding.area} under "${section.heading}"`);
      if (finding.kindAssigned !== true || !['strength', 'improvement'].includes(finding.kind))
        problems.push(`${file.path}: kind ${finding.kind}, kindAssigned ${finding.kindAssigned}`);
    }
  }
  assert.deepEqual(problems, []);
});

test("each section file is in report order, and its event says so: sectionFindings counts equal the file's, and no event claims a missing file", () => {
  const problems = [];
  for (const file of sectionFiles) {
    const event = datasets.find((d) => d.authority.id === file.authority)?.events.find((e) => e.id === file.event);
    const count = (kind) => file.findings.filter((finding) => finding.kind === kind).length;
    assert.equal(file.schemaVersion, 1);
    if (
      JSON.stringify(event?.sectionFindings) !==
      JSON.stringify({ strengths: count('strength'), improvements: count('improvement') })
    ) {
      problems.push(`${file.path}: event says ${JSON.stringify(event?.sectionFindings)}`);
    }
    const order = file.findings.map((finding) => finding.paragraph);
    if (order.some((number, i) => i > 0 && number < order[i - 1])) problems.push(`${file.path}: not in report order`);
  }
  for (const dataset of datasets) {
    for (const event of dataset.events) {
      if (
        event.sectionFindings &&
        !sectionFiles.some((f) => f.authority === dataset.authority.id && f.event === event.id)
      ) {
        problems.push(`${dataset.authority.id} ${event.id}: sectionFindings without a file`);
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("Ofsted's own list stays Ofsted's: every ILACS report statement is kind \"recommendation\", an item of the report's list, and a tied area is one of its sections', marked as inferred", () => {
  const problems = [];
  for (const dataset of datasets) {
    for (const event of dataset.events) {
      for (const finding of event.findings ?? []) {
        const source = dataset.sources.find((s) => s.id === finding.source);
        if (!source.file?.startsWith('reports/')) continue;
        const report = reportOf(dataset, finding.source);
        const where = `${dataset.authority.id} ${event.id}`;
        if (finding.kind !== 'recommendation') problems.push(`${where}: kind ${finding.kind}`);
        if (!report.improvements.includes(finding.statement))
          problems.push(`${where}: not an item of the list: ${finding.statement}`);
        if (
          finding.area !== null &&
          (finding.areaInferred !== true || !report.sections.some((s) => headingArea(s.heading) === finding.area))
        ) {
          problems.push(`${where}: area ${finding.area} (inferred ${finding.areaInferred}) for ${finding.statement}`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
});

test("Barnet shows no newspaper sentence as Ofsted's: its 2019 and 2024 statements are the reports' own lists, and the 2021 focused visit quotes none", () => {
  const barnet = datasets.find((d) => d.authority.id === 'barnet');
  const event = (id) => barnet.events.find((e) => e.id === id);
  for (const id of ['inspection-2019', 'inspection-2024']) {
    for (const finding of event(id).findings) {
      const source = barnet.sources.find((s) => s.id === finding.source);
      assert.equal(source.publisher, 'Ofsted', `${id}: ${finding.statement}`);
      assert.equal(finding.kind, 'recommendation');
    }
  }
  assert.deepEqual(
    event('inspection-2019').findings.map((f) => f.statement),
    [
      'The incorporation of actions from the vulnerable adolescents at risk panel (VARP) and exploitation strategy meetings into child in need and child protection plans.',
      'The updating of assessments of need when circumstances change for children in care.',
      'The incorporation of outcomes from multi-agency risk assessment conferences (MARACs) into child in need and child protection plans.',
      'The promotion of advocacy support for children in care.',
    ],
  );
  assert.equal(event('focused-visit-2021').findings, undefined);
});

test('sentences(paragraph) splits at full stops before a capital, keeps abbreviations and quotation marks, and leaves a list and its opening out', () => {
  assert.deepEqual(
    sentences('Children are seen alone. Social workers use tools, e.g. genograms. The ‘house project’ helps.'),
    ['Children are seen alone.', 'Social workers use tools, e.g. genograms.', 'The ‘house project’ helps.'],
  );
  assert.deepEqual(sentences('Strategy meetings are timely. Leaders have:\n- a clear plan\n- a stable workforce.'), [
    'Strategy meetings are timely.',
  ]);
  // Paragraph 3 of East Sussex's 2018 report ends without a full stop.
  assert.deepEqual(sentences('Detailed recordings help. These discussions had taken place'), [
    'Detailed recordings help.',
    'These discussions had taken place',
  ]);
  assert.deepEqual(sentences('Plans are reviewed at 6.5 weeks. Reviews are timely.'), [
    'Plans are reviewed at 6.5 weeks.',
    'Reviews are timely.',
  ]);
});

test('inferArea(statement, sections) ties an item only where its words name one section, never from a National Framework reference', () => {
  const areas = new Set(['leadership', 'help-and-protection', 'children-in-care', 'care-leavers']);
  assert.equal(inferArea('Communication about living arrangements for care leavers.', areas), 'care-leavers');
  assert.equal(inferArea('Timeliness of early help support.', areas), 'help-and-protection');
  assert.equal(inferArea('The quality of plans for children across the service.', areas), null);
  assert.equal(inferArea('The response to children in care at risk of exploitation.', areas), null);
  assert.equal(
    inferArea(
      'The needs of young carers in plans. (Enabler: the workforce is equipped and effective, National Framework)',
      areas,
    ),
    null,
  );
  assert.equal(
    inferArea(
      'Pathway plans for care leavers.',
      new Set(['leadership', 'help-and-protection', 'children-in-care-and-care-leavers']),
    ),
    'children-in-care-and-care-leavers',
  );
});

test("sectionFindings(report) keeps what the rule keeps, in report order, with the section's area and the paragraph number; recommendationFindings quotes only OGL reports", () => {
  const report = {
    licence: 'ogl',
    improvements: ['Timeliness of early help support.'],
    sections: [
      {
        heading: 'The experiences and progress of children in care: good',
        paragraphs: [{ number: 7, text: 'Carers are well supported. Some plans are weak. Leaders met.' }],
      },
    ],
  };
  const rule = (sentence) => (/well/.test(sentence) ? 'strength' : /weak/.test(sentence) ? 'improvement' : null);
  assert.deepEqual(sectionFindings(report, 'r', rule), [
    {
      kind: 'strength',
      area: 'children-in-care',
      paragraph: 7,
      kindAssigned: true,
      statement: 'Carers are well supported.',
      source: 'r',
    },
    {
      kind: 'improvement',
      area: 'children-in-care',
      paragraph: 7,
      kindAssigned: true,
      statement: 'Some plans are weak.',
      source: 'r',
    },
  ]);
  assert.deepEqual(recommendationFindings({ ...report, licence: 'non-commercial' }, 'r'), []);
  assert.deepEqual(sectionFindings({ ...report, licence: 'non-commercial' }, 'r', rule), []);
});

// The dataset model is written three times, for three readers: the types (src/data/types.ts) for code, the JSON
// Schema (data/ofsted-dataset.schema.json) for editors and other tools, and the validator's lists of known properties
// (src/data/dataset-keys.ts) for the elements. This test fails when a property or an allowed value is in one and not
// in the others. (The compiler also checks dataset-keys.ts against types.ts; this test says which file to fix.)
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import ts from 'typescript';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
const schema = JSON.parse(read('data/ofsted-dataset.schema.json'));

/** A module of src/data without run-time imports, compiled and imported as it is now. */
async function importSource(path) {
  const { outputText } = ts.transpileModule(read(path), {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
}

/** Each interface of types.ts as { keys, required }, and each union of string literals as its values. */
function readTypes() {
  const source = ts.createSourceFile('types.ts', read('src/data/types.ts'), ts.ScriptTarget.ES2022, true);
  const interfaces = {};
  const unions = {};
  for (const statement of source.statements) {
    if (ts.isInterfaceDeclaration(statement)) {
      const members = statement.members.filter(ts.isPropertySignature);
      interfaces[statement.name.text] = {
        keys: members.map((member) => member.name.getText(source).replace(/^['"]|['"]$/g, '')),
        required: members.filter((member) => !member.questionToken).map((member) => member.name.getText(source)),
      };
    } else if (ts.isTypeAliasDeclaration(statement) && ts.isUnionTypeNode(statement.type)) {
      unions[statement.name.text] = statement.type.types
        .filter(ts.isLiteralTypeNode)
        .map((literal) => literal.literal.text);
    }
  }
  return { interfaces, unions };
}

const resolve = (node) => (node.$ref ? schema.definitions[node.$ref.replace('#/definitions/', '')] : node);
/** Each object of the schema, by the name dataset-keys.ts gives it, with the interface of types.ts it mirrors. */
const OBJECTS = {
  dataset: { schema: schema, type: 'OfstedDataset' },
  coverage: { schema: schema.properties.coverage, type: 'Coverage' },
  authority: { schema: schema.properties.authority, type: 'Authority' },
  source: { schema: resolve(schema.properties.sources.items), type: 'SourceDocument' },
  framework: { schema: resolve(schema.properties.frameworks.items), type: 'Framework' },
  event: { schema: resolve(schema.properties.events.items), type: 'OfstedEvent' },
  judgement: { schema: resolve(schema.definitions.event.properties.judgements.items), type: 'Judgement' },
  finding: { schema: resolve(schema.definitions.event.properties.findings.items), type: 'Finding' },
  sectionFindings: { schema: resolve(schema.definitions.event.properties.sectionFindings), type: 'SectionFindings' },
};

const sorted = (values) => [...values].sort();

test('every object has the same properties in the types, the schema and the validator', async () => {
  const { DATASET_KEYS } = await importSource('src/data/dataset-keys.ts');
  const { interfaces } = readTypes();
  assert.deepEqual(
    sorted(Object.keys(DATASET_KEYS)),
    sorted(Object.keys(OBJECTS)),
    'the objects dataset-keys.ts lists',
  );
  for (const [name, { schema: node, type }] of Object.entries(OBJECTS)) {
    const inTypes = sorted(interfaces[type].keys);
    assert.deepEqual(
      sorted(Object.keys(node.properties)),
      inTypes,
      `${name}: the schema's properties and ${type} in types.ts`,
    );
    assert.deepEqual(
      sorted(DATASET_KEYS[name]),
      inTypes,
      `${name}: DATASET_KEYS.${name} in dataset-keys.ts and ${type} in types.ts`,
    );
    assert.equal(
      node.additionalProperties,
      false,
      `${name}: the schema refuses other properties, as the validator does`,
    );
  }
});

test('the same properties are required in the types and the schema', () => {
  const { interfaces } = readTypes();
  for (const [name, { schema: node, type }] of Object.entries(OBJECTS)) {
    assert.deepEqual(
      sorted(node.required ?? []),
      sorted(interfaces[type].required),
      `${name}: the schema's required and ${type}'s non-optional properties`,
    );
  }
});

test('grades, event kinds and finding kinds are the same in the types, the schema and the validator', async () => {
  const { unions } = readTypes();
  const { EVENT_KIND_LABELS, FINDING_KIND_LABELS } = await importSource('src/data/event-kinds.ts');
  const { GRADES } = await importSource('src/data/grades.ts');
  const enumOf = (node) => resolve(node).enum.filter((value) => value !== null);
  const lists = {
    GradeId: [enumOf(schema.definitions.judgement.properties.grade), GRADES.map((grade) => grade.id)],
    EventKind: [enumOf(schema.definitions.event.properties.kind), Object.keys(EVENT_KIND_LABELS)],
    FindingKind: [enumOf(schema.definitions.finding.properties.kind), Object.keys(FINDING_KIND_LABELS)],
  };
  for (const [type, [inSchema, inValidator]] of Object.entries(lists)) {
    assert.deepEqual(sorted(inSchema), sorted(unions[type]), `${type}: the schema's enum and types.ts`);
    assert.deepEqual(sorted(inValidator), sorted(unions[type]), `${type}: the validator's list and types.ts`);
  }
});

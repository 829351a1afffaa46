// Every output file is checked against the dataset's JSON Schema before anything is written.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { paths } from './inputs.mjs';

export function schemaValidator() {
  const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(paths.schema, 'utf8')));
  return (dataset) =>
    validate(dataset)
      ? []
      : validate.errors.map(
          (error) =>
            `${dataset.authority?.id}: ${error.instancePath || '/'} ${error.message}${
              error.params?.additionalProperty ? ` (${error.params.additionalProperty})` : ''
            }`,
        );
}

/** Ids cited by events, judgements, findings and frameworks must exist among the file's sources. */
export function citationProblems(dataset) {
  const ids = new Set(dataset.sources.map((source) => source.id));
  const problems = [];
  const check = (where, id) =>
    ids.has(id) || problems.push(`${dataset.authority.id}: ${where} cites unknown source ${id}`);
  for (const framework of dataset.frameworks ?? []) for (const id of framework.sources ?? []) check(framework.id, id);
  for (const event of dataset.events) {
    for (const id of event.sources) check(event.id, id);
    for (const judgement of event.judgements ?? []) for (const id of judgement.sources ?? []) check(event.id, id);
    for (const finding of event.findings ?? []) check(event.id, finding.source);
  }
  const eventIds = dataset.events.map((event) => event.id);
  if (new Set(eventIds).size !== eventIds.length) problems.push(`${dataset.authority.id}: repeated event ids`);
  return problems;
}

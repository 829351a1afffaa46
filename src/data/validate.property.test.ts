/**
 * Property-based tests of `validateDataset` on inputs nobody wrote by hand: arbitrary values, and copies of the
 * Barnet dataset with one value somewhere replaced. It must never throw, and every issue must say where it is.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { barnet } from '../fixtures/datasets.js';
import { parseDateSpan, parsePartialDate } from './dates.js';
import { validateDataset, type ValidationResult } from './validate.js';

/** Fails unless every issue has a non-empty path and a message that starts with it. */
function expectWellFormed(result: ValidationResult): void {
  if (result.ok) return;
  expect(result.issues.length, 'a failure has at least one issue').to.be.above(0);
  for (const issue of result.issues) {
    expect(issue.path, `path of ${issue.message}`).to.be.a('string').and.not.equal('');
    expect(issue.message.startsWith(`${issue.path}: `), `"${issue.message}" starts with "${issue.path}: "`).to.equal(true);
  }
}

type PathStep = string | number;

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function allPaths(value: unknown, prefix: PathStep[] = [], into: PathStep[][] = []): PathStep[][] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      into.push([...prefix, i]);
      allPaths(item, [...prefix, i], into);
    });
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push([...prefix, key]);
      allPaths(item, [...prefix, key], into);
    }
  }
  return into;
}

const barnetPaths = allPaths(barnet);

/** A copy of `root` with the value at `path` replaced, or removed when `replacement` is the REMOVE marker. */
const REMOVE = Symbol('remove');
function mutate(root: unknown, path: PathStep[], replacement: unknown): unknown {
  const copy = structuredClone(root) as Record<PathStep, unknown>;
  let owner = copy;
  for (const step of path.slice(0, -1)) owner = owner[step] as Record<PathStep, unknown>;
  const last = path[path.length - 1]!;
  if (replacement === REMOVE) {
    if (Array.isArray(owner)) owner.splice(last as number, 1);
    else delete owner[last];
  } else {
    owner[last] = replacement;
  }
  return copy;
}

/** Values that look like the dataset's own: near-miss strings, dates, ids, grades. */
const plausible = fc.oneof(
  fc.constantFrom(
    '', ' ', 'good', 'superb', null, 'inspection', 'party', '2019-02-30', '2019-13', '2019-05-13/2019-05-01',
    '2019/2020/2021', 'https://example.org', 'ftp://example.org', 'Inspection-2019', 'overall-effectiveness',
    'strength', 1, 0, -1, true, false, [], {}, '__proto__', 'constructor', 'toString', 'hasOwnProperty',
  ),
  fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  fc.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/),
);

describe('validateDataset (properties)', () => {
  it('never throws on arbitrary JSON values, and every issue names its path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(validateDataset(value))),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary JavaScript values (a `data` property can hold anything)', () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (value) => expectWellFormed(validateDataset(value))),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary values in place of the top-level properties', () => {
    const root = fc.record(
      {
        schemaVersion: fc.oneof(fc.constant(1), fc.jsonValue()),
        authority: fc.oneof(fc.constant(barnet.authority), fc.jsonValue()),
        frameworks: fc.oneof(fc.constant(barnet.frameworks), fc.jsonValue()),
        sources: fc.oneof(fc.constant(barnet.sources), fc.jsonValue()),
        events: fc.oneof(fc.constant(barnet.events), fc.array(fc.jsonValue(), { maxLength: 4 }), fc.jsonValue()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(root, (value) => expectWellFormed(validateDataset(value))),
      { numRuns: 150 },
    );
  });

  it('never throws on the Barnet dataset with one value replaced or removed, and names the path', () => {
    const replacement = fc.oneof(
      { weight: 3, arbitrary: plausible },
      { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
      { weight: 1, arbitrary: fc.constant(REMOVE) },
    );
    fc.assert(
      fc.property(fc.nat({ max: barnetPaths.length - 1 }), replacement, (at, value) => {
        const mutated = mutate(barnet, barnetPaths[at]!, value);
        expectWellFormed(validateDataset(mutated));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on the Barnet dataset with an unknown property added anywhere, and reports it', () => {
    const objectPaths = barnetPaths.filter((path) => {
      const value = path.reduce<unknown>((owner, step) => (owner as Record<PathStep, unknown>)[step], barnet);
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    });
    fc.assert(
      fc.property(fc.nat({ max: objectPaths.length - 1 }), fc.jsonValue({ maxDepth: 1 }), (at, value) => {
        const path = objectPaths[at]!;
        const owner = path.reduce<unknown>((o, step) => (o as Record<PathStep, unknown>)[step], barnet) as object;
        // Identifier maps take any key; everything else rejects unknown ones.
        const key = 'x-unknown-property';
        const mutated = mutate(barnet, [...path, key], value);
        const result = validateDataset(mutated);
        expectWellFormed(result);
        if (path[path.length - 1] !== 'identifiers' && !Object.hasOwn(owner, key)) {
          expect(result.ok, `an unknown property at ${path.join('.')} is rejected`).to.equal(false);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('describes values JSON cannot show (BigInt in an object without a prototype, a cycle) without throwing', () => {
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { big: 1n });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const value of [bare, cyclic]) {
      const result = validateDataset({ ...structuredClone(barnet), schemaVersion: value });
      expectWellFormed(result);
      expect(result.ok).to.equal(false);
    }
  });
});

describe('dates (properties)', () => {
  const isoDay = fc
    .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

  it('parses every real calendar day of years 0000–9999, at each precision', () => {
    fc.assert(
      fc.property(isoDay, (day) => {
        for (const text of [day, day.slice(0, 7), day.slice(0, 4)]) {
          expect(parsePartialDate(text), text).to.not.equal(null);
          const span = parseDateSpan(text)!;
          expect(span, text).to.not.equal(null);
          expect(new Date(span.startTime).toISOString().slice(0, text.length), `${text} starts in itself`).to.equal(text);
          expect(new Date(span.endTime).toISOString().slice(0, text.length), `${text} ends in itself`).to.equal(text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('accepts an interval exactly when its end is not before its start', () => {
    fc.assert(
      fc.property(isoDay, isoDay, (a, b) => {
        const [first, last] = a <= b ? [a, b] : [b, a];
        expect(parseDateSpan(`${first}/${last}`), `${first}/${last}`).to.not.equal(null);
        if (first !== last) expect(parseDateSpan(`${last}/${first}`), `${last}/${first}`).to.equal(null);
      }),
      { numRuns: 200 },
    );
  });
});

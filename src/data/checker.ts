/** The validator's checks, one thing at one path each, collecting issues (see validate.ts). */
import { parsePartialDate } from './dates.js';
import { formatCount, LIMITS } from './limits.js';
import { describe } from './preview.js';

/** One problem in a dataset: where it is, what was there, and what is wrong with it. */
export interface ValidationIssue {
  /** JSON path, e.g. `events[3].judgements[0].grade`. */
  path: string;
  value?: unknown;
  /** The full sentence, path first: `events[3].judgements[0].grade: "superb" is not a grade`. */
  message: string;
}

export type Json = Record<string, unknown>;

/** The path of an issue with the whole value (it is not an object): every issue names a non-empty path. */
export const ROOT = '(root)';

/** Thrown by the checker once it holds LIMITS.issues problems: the rest are not looked for. */
export class EnoughIssues extends Error {}

interface ListOptions {
  /** The property that must be a unique id in each item; null for none. Default `id`. */
  key?: string | null;
  max?: number;
  /** What the items are, for the message when there are more than `max`. */
  noun?: string;
  where?: string;
}

/** Collects issues; each method checks one thing at one path. */
export class Checker {
  readonly issues: ValidationIssue[] = [];

  fail(path: string, value: unknown, problem: string): void {
    const shown = value === undefined ? 'missing value' : describe(value);
    this.add(path || ROOT, value, `${shown} ${problem}`);
  }

  /** "events: 124,000 events, more than the 1,000 allowed". */
  tooMany(path: string, count: number, noun: string, max: number, where = ''): void {
    this.add(path, count, `${formatCount(count)} ${noun}, more than the ${formatCount(max)} allowed${where ? ` ${where}` : ''}`);
  }

  length(value: string, path: string): void {
    if (value.length > LIMITS.textLength) this.tooMany(path, value.length, 'characters', LIMITS.textLength, 'in one text');
  }

  private add(path: string, value: unknown, problem: string): void {
    if (this.issues.length >= LIMITS.issues) {
      this.issues.push({ path: ROOT, message: `${ROOT}: more than ${LIMITS.issues} problems; the rest were not looked for` });
      throw new EnoughIssues();
    }
    this.issues.push({ path, value, message: `${path}: ${problem}` });
  }

  object(value: unknown, path: string): boolean {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return true;
    this.fail(path, value, 'is not an object');
    return false;
  }

  text(value: unknown, path: string): void {
    if (typeof value !== 'string' || value.trim() === '') this.fail(path, value, 'is not a non-empty string');
    else this.length(value, path);
  }

  id(value: unknown, path: string): void {
    if (typeof value !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(value)) {
      this.fail(path, value, 'is not an id (lower-case letters, digits and hyphens)');
    } else {
      this.length(value, path);
    }
  }

  /** A reference to one of `known`; the message lists them (the first dozen), so the right id is at hand. */
  reference(value: unknown, path: string, known: Set<string>, what: string): void {
    if (typeof value === 'string' && known.has(value)) return;
    const ids = [...known];
    const listed = ids.length === 0 ? 'there are none' : `known: ${ids.slice(0, 12).join(', ')}${ids.length > 12 ? ', …' : ''}`;
    this.fail(path, value, `is not a known ${what} id (${listed})`);
  }

  optional(owner: Json, path: string, key: string, type: 'text' | 'boolean' | 'date'): void {
    const value = owner[key];
    if (value === undefined) return;
    const at = path ? `${path}.${key}` : key;
    if (type === 'text') this.text(value, at);
    else if (type === 'boolean' && typeof value !== 'boolean') this.fail(at, value, 'is not true or false');
    else if (type === 'date' && (typeof value !== 'string' || !parsePartialDate(value))) {
      this.fail(at, value, 'is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)');
    }
  }

  /** A whole number of at least `min`: a paragraph number (1 or more) or a count (0 or more). */
  whole(value: unknown, path: string, min: number): void {
    if (!Number.isInteger(value) || (value as number) < min) this.fail(path, value, `is not a whole number of at least ${min}`);
  }

  known(owner: Json, path: string, keys: readonly string[]): void {
    for (const key of Object.keys(owner)) {
      if (!keys.includes(key)) this.fail(path ? `${path}.${key}` : key, owner[key], 'is not a known property');
    }
  }

  /**
   * Checks a list of objects, each with a unique key (`id` unless given); returns the keys seen. A list longer
   * than `max` is reported and not walked. An index loop, not forEach: a sparse array's holes are missing values.
   */
  list(value: unknown, path: string, each: (item: Json, path: string) => void, options: ListOptions = {}): Set<string> {
    const { key = 'id', max = LIMITS.listItems, noun = 'items', where } = options;
    const seen = new Set<string>();
    if (!Array.isArray(value)) {
      this.fail(path, value, 'is not a list');
      return seen;
    }
    if (value.length > max) {
      this.tooMany(path, value.length, noun, max, where);
      return seen;
    }
    for (let i = 0; i < value.length; i++) {
      const at = `${path}[${i}]`;
      const item: unknown = value[i];
      if (!this.object(item, at)) continue;
      const record = item as Json;
      if (key) {
        this.id(record[key], `${at}.${key}`);
        const id = record[key];
        if (typeof id === 'string') {
          if (seen.has(id)) this.fail(`${at}.${key}`, id, 'is used twice');
          seen.add(id);
        }
      }
      each(record, at);
    }
    return seen;
  }
}


/**
 * The most a dataset may hold. A council page must stay responsive whatever a third party's file holds, so the
 * loader refuses larger files before parsing them and the validator refuses larger counts before walking them.
 * Each limit is far above any real authority's data (the largest has about 40 events and 60 findings; Barnet's
 * file is 32 kB) and low enough that no element should hold the main thread 200 ms in one task on the largest file
 * allowed (timed by `npm run bench`: scripts/bench/limits.mjs).
 */
export const LIMITS = {
  /** Bytes of JSON read from `src` or an authority file. */
  fileBytes: 2_000_000,
  events: 500,
  /** Judgements of one event. */
  judgements: 50,
  /** Parent links from a sub-judgement up to a top-level judgement. */
  judgementDepth: 3,
  /** Findings in the whole file. */
  findings: 2_000,
  /** Distinct areas the findings of one event name (one bar each). */
  areas: 100,
  sources: 2_000,
  frameworks: 50,
  /** Any other list: an event's or a judgement's sources, inspectors, an authority's identifiers. */
  listItems: 50,
  /** Characters in any one string. */
  textLength: 10_000,
  /** Problems the validator reports before it stops looking. */
  issues: 100,
} as const;

/** 5000000 → "5,000,000", as the messages write counts. */
export function formatCount(count: number): string {
  return count.toLocaleString('en-GB');
}

/** 5000000 → "5 MB", 52428800 → "52.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1_000_000) return `${formatCount(Math.ceil(bytes / 1000))} kB`;
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}

/**
 * Dates at the precision their source prints: a year, a month, a day, or an interval of those.
 * All arithmetic is in UTC so a reader's time zone never moves a date.
 */

export type DatePrecision = 'year' | 'month' | 'day';

export interface PartialDate {
  year: number;
  /** 1–12 */
  month?: number;
  day?: number;
  precision: DatePrecision;
}

export interface DateSpan {
  start: PartialDate;
  /** Same as start for a single date. */
  end: PartialDate;
  /** First millisecond of the span (UTC). */
  startTime: number;
  /** Last millisecond of the span (UTC). */
  endTime: number;
  /** Where a chart places it: the middle of the span. */
  midTime: number;
}

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2019", "2019-05" or "2019-05-13"; null for anything else, including 31 February. */
export function parsePartialDate(text: string): PartialDate | null {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision: 'day' };
}

/** Parses a date or an ISO interval "start/end"; null when malformed or when end precedes start. */
export function parseDateSpan(text: string): DateSpan | null {
  const parts = text.split('/');
  if (parts.length > 2) return null;
  const start = parsePartialDate(parts[0]!);
  const end = parts.length === 2 ? parsePartialDate(parts[1]!) : start;
  if (!start || !end) return null;
  const startTime = firstTime(start);
  const endTime = lastTime(end);
  if (endTime < startTime) return null;
  return { start, end, startTime, endTime, midTime: startTime + (endTime + 1 - startTime) / 2 };
}

/**
 * The span as people write it: "13 to 24 May 2019", "April and May 2017", "November 2017".
 * @example
 * formatDateSpan(parseDateSpan('2024-06-10/2024-06-14')!) // "10 to 14 June 2024"
 */
export function formatDateSpan(span: DateSpan): string {
  const { start, end } = span;
  if (sameDate(start, end)) return formatPartialDate(start);
  if (start.precision === end.precision && start.year === end.year) {
    if (start.precision === 'day' && start.month === end.month) {
      const joiner = end.day! - start.day! === 1 ? ' and ' : ' to ';
      return `${start.day}${joiner}${end.day} ${MONTHS[start.month! - 1]} ${formatYear(start.year)}`;
    }
    if (start.precision === 'day') {
      return `${start.day} ${MONTHS[start.month! - 1]} to ${formatPartialDate(end)}`;
    }
    if (start.precision === 'month') {
      const joiner = end.month! - start.month! === 1 ? ' and ' : ' to ';
      return `${MONTHS[start.month! - 1]}${joiner}${MONTHS[end.month! - 1]} ${formatYear(start.year)}`;
    }
  }
  return `${formatPartialDate(start)} to ${formatPartialDate(end)}`;
}

export function formatPartialDate(date: PartialDate): string {
  const year = formatYear(date.year);
  if (date.precision === 'year') return year;
  const month = MONTHS[date.month! - 1]!;
  return date.precision === 'month' ? `${month} ${year}` : `${date.day} ${month} ${year}`;
}

/** A year as the data writes it, four digits: "0000" stays "0000", never "0" ("Good in 0"). */
export function formatYear(year: number): string {
  return String(year).padStart(4, '0');
}

/**
 * An ISO date ("2026-06-18", "2026-06" or "2026") as people write it ("18 June 2026"), e.g. the authority index's
 * `dataUpTo`; a text that is not such a date comes back unchanged.
 */
export function formatIsoDate(text: string): string {
  const date = parsePartialDate(text);
  return date ? formatPartialDate(date) : text;
}

function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.precision === b.precision && a.year === b.year && a.month === b.month && a.day === b.day;
}

function daysInMonth(year: number, month: number): number {
  return new Date(utc(year, month, 0)).getUTCDate();
}

function firstTime(date: PartialDate): number {
  return utc(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

function lastTime(date: PartialDate): number {
  if (date.precision === 'year') return utc(date.year + 1, 0, 1) - 1;
  if (date.precision === 'month') return utc(date.year, date.month!, 1) - 1;
  return utc(date.year, date.month! - 1, date.day! + 1) - 1;
}

/**
 * Date.UTC, except that years 0–99 mean themselves: Date.UTC reads them as 1900–1999, which made "0099-12-31"
 * fall after "1970" and broke intervals and leap days in those years. Month and day overflow as in Date.UTC.
 */
function utc(year: number, monthIndex: number, day: number): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day); // the same number, without making a Date
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

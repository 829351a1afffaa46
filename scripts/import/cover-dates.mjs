// Inspection dates as a report's cover prints them, read from the extract's own text ("10 to 14 June 2024",
// "25 April – 18 May 2017", "8 July 2019 to 12 July 2019 and 7 August 2019 to 8 August 2019"). The text is read
// here rather than trusting parsed fields alone, because a range within one month is easily read as its last day.

import { monthNumber } from './words.mjs';

const pad = (number) => String(number).padStart(2, '0');

/** { start, end } as YYYY-MM-DD, or null when the text does not read as one or more whole dates. */
export function parseCoverDates(text) {
  if (typeof text !== 'string') return null;
  const dates = [];
  for (const token of text.toLowerCase().match(/\d+|[a-z]+/g) ?? []) {
    if (/^\d{4}$/.test(token)) {
      if (dates.length === 0 || dates.at(-1).year) return null;
      dates.at(-1).year = Number(token);
    } else if (/^\d{1,2}$/.test(token)) {
      dates.push({ day: Number(token) });
    } else if (monthNumber(token)) {
      if (dates.length === 0 || dates.at(-1).month) return null;
      dates.at(-1).month = monthNumber(token);
    } else if (!['to', 'and', 'st', 'nd', 'rd', 'th'].includes(token)) {
      return null;
    }
  }
  if (dates.length === 0) return null;
  // "10 to 14 June 2024": an earlier day takes its month and year from the next date that has them.
  for (let i = dates.length - 2; i >= 0; i--) {
    dates[i].month ??= dates[i + 1].month;
    dates[i].year ??= dates[i + 1].year;
  }
  if (dates.some((date) => !date.month || !date.year || date.day < 1 || date.day > 31)) return null;
  const iso = (date) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;
  const start = iso(dates[0]);
  const end = iso(dates.at(-1));
  return end < start ? null : { start, end };
}

/**
 * The parts of an inspection held in two or more separate spells, as a cover prints them ("5 to 9 December 2022 and
 * 14 to 15 February 2023"): [{ start, end }, …] earliest first, or null when the text names one spell. The text is
 * split at "and" only where every piece reads as whole dates on its own ("10 and 11 June 2024" is one spell).
 */
export function parseCoverParts(text) {
  if (typeof text !== 'string') return null;
  const pieces = text.split(/\band\b/i);
  if (pieces.length < 2) return null;
  const parts = pieces.map(parseCoverDates);
  if (parts.some((part) => !part)) return null;
  for (let i = 1; i < parts.length; i++) if (parts[i].start <= parts[i - 1].end) return null;
  return parts;
}

/**
 * The report's inspection dates: from its printed text when that reads cleanly, else the extract's parsed fields.
 * `disagree` hears of every report where the two differ, for the run's summary.
 */
export function coverDates(report, disagree) {
  const printed = parseCoverDates(report.inspectionDates);
  const fields = report.inspectionStart ? { start: report.inspectionStart, end: report.inspectionEnd ?? null } : null;
  if (printed && fields && (printed.start !== fields.start || printed.end !== (fields.end ?? printed.end))) {
    disagree(
      `"${report.inspectionDates}" read as ${printed.start}/${printed.end}; extract fields ${fields.start}/${fields.end}`,
    );
  }
  const parts = printed && parseCoverParts(report.inspectionDates);
  return printed ? { ...printed, ...(parts ? { parts } : {}) } : fields;
}

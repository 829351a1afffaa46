// Rules the importer (scripts/import/) and the report extractor (scripts/extract-reports/) share, written once:
// month names and the inspector's titles that follow a name on a report ("Helen Cawston HMI").

/** English month names, lower case, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month number (1-12) of a name or an abbreviation of three letters or more ("Feb", "Sept"), else 0. */
export function monthNumber(word) {
  const key = String(word).toLowerCase().replace(/\.$/, '');
  return key.length < 3 ? 0 : MONTHS.findIndex((name) => name.startsWith(key)) + 1;
}

/** An inspector's title after a name, in every form the reports print: ", HMI", "(Senior HMI)", "Her Majesty's Inspector". */
export const INSPECTOR_TITLE = /,?\s*\(?(Senior\s+)?(HMI|H[ie][sr] Majesty['’]s Inspectors?)\)?\.?/g;

/**
 * The lead inspector's name from the text a report prints after "Lead inspector:", without a title ("Helen Cawston
 * HMI.", "Jo Smith, Senior HMI"); null when what is left does not read as one person's name (two names run
 * together, "on site: …"), rather than a guess.
 */
export function inspectorName(text) {
  const name = String(text ?? '')
    .replace(INSPECTOR_TITLE, '')
    .replace(/[\s,]+Senior\.?$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  return /^[A-Z][\p{L}'’-]+( [A-Z][\p{L}'’.-]*){1,3}$/u.test(name) ? name : null;
}

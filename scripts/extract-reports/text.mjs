// Joining printed lines back into running text without changing a word.

// The reports are typeset without automatic hyphenation, so a hyphen at the end of a line is the
// word's own ("long-\nterm" is "long-term"); it is kept and the lines are joined without a space.
// A suspended hyphen ("16- and 17-year-olds", "pre- and post-") keeps its space. A soft hyphen
// (U+00AD) would mark a word broken only for the line, so it is dropped and the halves joined.
const SUSPENDED = /^(and|or|to|nor)\b/;

/** Lines joined into one whitespace-normalised string. */
export function joinLines(lines) {
  let out = '';
  for (const raw of lines) {
    const line = raw.replace(/\s+/g, ' ').trim();
    if (!line) continue;
    if (!out) out = line;
    else if (out.endsWith('\u00ad')) out = out.slice(0, -1) + line;
    else if (/\S-$/.test(out) && !SUSPENDED.test(line)) out += line;
    else out += ' ' + line;
  }
  return out.replace(/\u00ad/g, '');
}

/** Licence notice as printed: the Open Government Licence, or the older non-commercial notice. */
export function licence(text) {
  if (/Open Government Licen[cs]e/.test(text)) return 'ogl';
  if (/non-?commercial/i.test(text)) return 'non-commercial';
  return 'unknown';
}

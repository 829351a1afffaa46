// The ILACS "What needs to improve" section: its heading, its whole text and its list, word for word.
import { joinLines } from './text.mjs';

const HEADING = /^What needs to improve\b/;
// The section ends at the first judgement heading that follows it in every ILACS report.
const NEXT_HEADING = /^(The )?[Ee]xperiences and progress of children/;
// List markers as pdf.js decodes them: Word's Wingdings square arrives as U+F06E (private use)
// or U+25FC; a few reports use bullets. Nested lists use a minus, en dash, hyphen or a stroke glyph.
export const BULLET = /^[\u25fc\u25fe\u25a0\u25aa\u2022\u25cf\uf06e\uf0a7\uf0b7\uf0d8\uf0fc]\s*/u;
export const SUB_BULLET = /^(?:[\u2212\u2013\u2014\uf02d\u25e6-]|\u0336)\s+/u; // U+0336 alone: a combining mark, outside the class

/**
 * { improvementsHeading, improvements, improvementsText, improvementsNote, dropped } from a report's
 * body lines (running headers, footers and page numbers already removed). `dropped` lists lines
 * left out of the section as not being its text (footnotes), for the run's log.
 */
export function improvementsSection(lines) {
  const none = (note) => ({
    improvementsHeading: null,
    improvements: [],
    improvementsText: null,
    improvementsNote: note,
    dropped: [],
  });
  const h = lines.findIndex((l) => HEADING.test(l.text));
  if (h < 0) return none("The report has no 'What needs to improve' section.");
  const heading = lines[h];
  let end = lines.findIndex((l, k) => k > h && NEXT_HEADING.test(l.text));
  if (end < 0) end = lines.findIndex((l, k) => k > h && l.size >= heading.size && l.x <= heading.x + 1);
  if (end < 0) end = lines.length;
  const section = lines.slice(h + 1, end);
  // Body text is the commonest size in the section; smaller lines are footnotes at a page's foot.
  const sizes = new Map();
  for (const l of section) sizes.set(l.size, (sizes.get(l.size) ?? 0) + 1);
  const body = [...sizes].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? heading.size;
  const kept = section.filter((l) => l.size >= body - 1.5);
  const dropped = section.filter((l) => l.size < body - 1.5).map((l) => l.text);

  // Each item is a list of parts: its own text, then one part a nested item.
  const items = [];
  const prose = [];
  let bulletX = null;
  for (const l of kept) {
    if (BULLET.test(l.text)) {
      bulletX ??= l.x;
      items.push([[l.text.replace(BULLET, '')]]);
    } else if (items.length && SUB_BULLET.test(l.text) && l.x > bulletX + 4) {
      // A nested list stays inside its parent statement, each of its items on a line of its own after "- ".
      items.at(-1).push([l.text.replace(SUB_BULLET, '')]);
    } else if (items.length) {
      items.at(-1).at(-1).push(l.text);
    } else {
      prose.push(l.text);
    }
  }
  const statements = items.map((parts) => parts.map((part, i) => (i === 0 ? '' : '\n- ') + joinLines(part)).join(''));
  const text = [joinLines(prose), ...statements].filter(Boolean).join('\n');
  const result = {
    improvementsHeading: heading.text,
    improvements: statements,
    improvementsText: text || null,
    improvementsNote: null,
    dropped,
  };
  if (!items.length) {
    result.improvementsNote = text
      ? 'The report writes this section as prose, not a list.'
      : 'The section has no text.';
  }
  return result;
}

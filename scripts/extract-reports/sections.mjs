// An ILACS report's judgement sections ("The experiences and progress of children who need help and protection:
// good"), each as its heading and its numbered paragraphs, word for word. Small print (footnotes, the closing page's
// address and licence lines) is left out by its size; running headers and page numbers are already gone.
import { BULLET, SUB_BULLET } from './improvements.mjs';
import { joinLines } from './text.mjs';

// Oldham 2019 prints "The experience and progress of children in care and care leavers"; Manchester 2025 "The
// experiences of children in care: outstanding".
const HEADING = /^(The )?([Ee]xperiences? (and progress )?of|[Ii]mpact of leaders)\b/;
// Where the closing page starts, in case a report prints it at body size.
const END_MATTER =
  /^(The Office for Standards in Education|If you would like a copy of this document|You may reuse this information|© Crown copyright)/;
const NUMBERED = /^(\d{1,3})\.\s+/;

/** The commonest line size among `lines`: the body text's. */
function bodySize(lines) {
  const counts = new Map();
  for (const l of lines) counts.set(l.size, (counts.get(l.size) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? 12;
}

// "…: good", "… are good", "… is requires improvement to be good", "… leavers requires improvement to be good".
const GRADED = /((:|\bare|\bis)\s+(good|outstanding|inadequate)|\brequires? improvement( to be good)?)\.?$/i;

/**
 * Heading lines: a judgement's name and grade, in heading print or (in some reports) at body size, at or left of the
 * paragraph numbers' column, over at most three lines.
 */
function headings(lines, body) {
  const numbers = lines.filter((l) => NUMBERED.test(l.text)).map((l) => l.x);
  const column = numbers.length ? Math.max(...numbers) : Infinity;
  const found = [];
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k];
    // Newcastle 2025 hangs its paragraph numbers left of the margin: print larger than the body is heading enough.
    if (l.size < body - 0.5 || (l.x > column + 6 && l.size < body + 1) || !HEADING.test(l.text)) continue;
    for (let end = k + 1; end <= Math.min(k + 3, lines.length); end++) {
      const part = lines.slice(k, end);
      // A heading may run over a page break (Oldham 2019).
      if (part.some((x) => Math.abs(x.size - l.size) >= 0.5)) break;
      const text = joinLines(part.map((x) => x.text));
      // Havering 2018 prints "… children in care and care leavers good" in heading print.
      if (GRADED.test(text) || (l.size >= body + 1 && /\s(good|outstanding|inadequate)\.?$/i.test(text))) {
        found.push({ from: k, to: end, text });
        k = end - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * A section's lines as numbered paragraphs. A paragraph starts at a line "N. " at the numbers' column, N a little
 * more than the last; a list inside it keeps its items, each on its own line after "- " (nested items after "  - ").
 * Lines before the first number are returned as `unnumbered` for the log.
 */
function paragraphs(lines, previous) {
  const numberX = Math.min(...lines.filter((l) => NUMBERED.test(l.text)).map((l) => l.x));
  const out = [];
  const unnumbered = [];
  let last = previous;
  for (const l of lines) {
    const m = l.text.match(NUMBERED);
    // The numbers' column wanders (North East Lincolnshire 2021: 57 and 60 on one page; Nottingham 2022 indents
    // paragraph 25 by 18 points); a paragraph's own lines are indented about 28 points further. A report may skip a
    // number (Windsor and Maidenhead 2020 has no paragraph 15), or repeat the last one at a section's start
    // (Lambeth 2026 has two paragraphs 57).
    const n = m ? Number(m[1]) : NaN;
    const next =
      last === null ||
      n === last + 1 ||
      (l.x < numberX + 10 && n > last && n <= last + 3) ||
      (out.length === 0 && n === last);
    if (m && l.x < numberX + 20 && next) {
      last = n;
      out.push({ number: last, parts: [{ lines: [l.text.replace(NUMBERED, '')], depth: 0 }] });
      continue;
    }
    const paragraph = out.at(-1);
    if (!paragraph) {
      unnumbered.push(l.text);
      continue;
    }
    if (BULLET.test(l.text)) paragraph.parts.push({ lines: [l.text.replace(BULLET, '')], depth: 1, x: l.x });
    else if (
      SUB_BULLET.test(l.text) &&
      paragraph.parts.length > 1 &&
      l.x > (paragraph.parts.find((p) => p.depth === 1)?.x ?? l.x) + 4
    ) {
      paragraph.parts.push({ lines: [l.text.replace(SUB_BULLET, '')], depth: 2, x: l.x });
    } else if (SUB_BULLET.test(l.text) && paragraph.parts.length === 1 && /:$/.test(paragraph.parts[0].lines.at(-1))) {
      // Some reports mark a paragraph's list with dashes rather than squares.
      paragraph.parts.push({ lines: [l.text.replace(SUB_BULLET, '')], depth: 1, x: l.x });
    } else paragraph.parts.at(-1).lines.push(l.text);
  }
  const text = (p) =>
    p.parts.map((part, i) => (i === 0 ? '' : part.depth === 1 ? '\n- ' : '\n  - ') + joinLines(part.lines)).join('');
  return { paragraphs: out.map((p) => ({ number: p.number, text: text(p) })), unnumbered, last };
}

/**
 * { sections: [{ heading, paragraphs: [{ number, text }] }], dropped } from a report's body lines. `dropped` lists
 * lines left out (small print, text before a section's first paragraph) for the run's log.
 */
export function judgementSections(lines) {
  const start = lines.findIndex((l) => /^What needs to improve\b/.test(l.text));
  const scope = start < 0 ? lines : lines.slice(start + 1);
  const end = scope.findIndex((l) => END_MATTER.test(l.text));
  const body = end < 0 ? scope : scope.slice(0, end);
  const size = bodySize(body);
  const found = headings(body, size);
  const sections = [];
  const dropped = [];
  let last = null;
  found.forEach((h, i) => {
    const until = found[i + 1]?.from ?? body.length;
    const inSection = body.slice(h.to, until);
    // Small print is left out; a line can be printed a little larger than its paragraph (Cornwall 2019's "47.",
    // a line of Hull 2023's paragraph 28), so only print far larger than the body's is also left out.
    const isBody = (l) => l.size > size - 1.5 && l.size < size + 3;
    const kept = inSection.filter(isBody);
    dropped.push(...inSection.filter((l) => !isBody(l)).map((l) => l.text));
    if (!kept.some((l) => NUMBERED.test(l.text))) {
      dropped.push(...kept.map((l) => l.text));
      sections.push({ heading: h.text, paragraphs: [] });
      return;
    }
    const read = paragraphs(kept, last);
    last = read.last;
    dropped.push(...read.unnumbered);
    sections.push({ heading: h.text, paragraphs: read.paragraphs });
  });
  return { sections, dropped };
}

// Facts printed on a report's cover: which framework, the authority's name, the title, the
// inspection dates, the lead inspector and the judgement table, all in the report's own words.
import { INSPECTOR_TITLE, MONTHS } from '../import/words.mjs';
import { splitCells } from './pdf-text.mjs';
import { joinLines } from './text.mjs';

const TITLE_START = /^(Re-?inspection|Reinspection|Inspection|Review) of /;
const COVER_END = /^(Inspection dates?\b|Lead inspector\b|Reporting inspector\b|Report published\b|Judgement\b)/i;
const GRADE_WORD = /^(Outstanding|Good|Requires?|Inadequate|Adequate|Not judged)\b/i;

/** "ilacs" | "sif" | "other", from the title words (the frameworks name their reports differently). */
export function framework(title) {
  if (!title) return 'other';
  if (/in need of help and protection/.test(title)) return 'sif';
  if (/^Inspection of .*children['’]s (social care )?services$/.test(title) && !/looked after/.test(title))
    return 'ilacs';
  // A council's children's services run by a trust: "Inspection of Bradford Children and Families Trust" (2026).
  if (/^Inspection of .* Trust$/.test(title)) return 'ilacs';
  return 'other';
}

/** Title and authority name from the lines above the dates on page 1. */
export function titleAndName(page1) {
  const end = page1.findIndex((l) => COVER_END.test(l.text));
  const block = page1.slice(0, end < 0 ? 8 : end).filter((l) => l.size >= 10);
  const t = block.findIndex((l) => TITLE_START.test(l.text));
  if (t < 0) return { title: null, coverName: null };
  let u = t + 1;
  while (u < block.length && Math.abs(block[u].size - block[t].size) < 0.5) u++;
  const title = joinLines(block.slice(t, u).map((l) => l.text));
  let coverName = joinLines(block.slice(0, t).map((l) => l.text)) || joinLines(block.slice(u).map((l) => l.text));
  if (!coverName) {
    // Later ILACS covers carry the name inside the title: "Inspection of Barnet local authority children's services".
    const m = title.match(/^Inspection of (.+?) (local authority )?children['’]s services$/);
    coverName = m && !/^local authority$/.test(m[1]) ? m[1] : null;
  }
  return { title, coverName: coverName || null };
}

/** Text after "Inspection date(s):" on the cover, continued onto the next line until a year ends it. */
export function inspectionDates(lines) {
  const i = lines.findIndex((l) => /^Inspection dates?:?/.test(l.text));
  if (i < 0) return null;
  let value = lines[i].text.replace(/^Inspection dates?:?\s*/, '');
  if (!value && lines[i + 1]) value = lines[i + 1].text;
  else if (!/\d{4}$/.test(value) && lines[i + 1] && !COVER_END.test(lines[i + 1].text))
    value += ' ' + lines[i + 1].text;
  return value.trim() || null;
}

const iso = (d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** First and last day named in a printed date range; months and years missing early are taken from later dates. */
export function parseDateRange(text) {
  if (!text) return { start: null, end: null };
  const parts = [];
  // Full month names, or the short forms one cover uses ("18 Feb 2014").
  const month = `(${MONTHS.join('|')}|${MONTHS.map((m) => m.slice(0, 3)).join('|')}|sept)\\.?`;
  const re = new RegExp(`(\\d{1,2})/(\\d{1,2})/(\\d{4})|\\b(\\d{1,2})(?:\\s+${month})?(?:\\s+(\\d{4}))?\\b`, 'gi');
  for (const m of text.matchAll(re)) {
    if (m[1]) parts.push({ day: +m[1], month: +m[2], year: +m[3] });
    else
      parts.push({
        day: +m[4],
        month: m[5] ? MONTHS.findIndex((x) => x.startsWith(m[5].toLowerCase().slice(0, 3))) + 1 : null,
        year: m[6] ? +m[6] : null,
      });
  }
  for (let k = parts.length - 2; k >= 0; k--) {
    parts[k].month ??= parts[k + 1].month;
    parts[k].year ??= parts[k + 1].year;
  }
  const ok = (d) => d && d.month && d.year && d.day >= 1 && d.day <= 31;
  const [first, last] = [parts[0], parts[parts.length - 1]];
  return { start: ok(first) ? iso(first) : null, end: ok(last) ? iso(last) : null };
}

/**
 * The name(s) after "Lead inspector:" with "HMI" / "His Majesty's Inspector" dropped. Accepts the
 * variants printed: "Lead inspectors:" (a joint lead, continued on the next line), "Lead inspector
 * on site:" and the 2013 reports' "Reporting inspector".
 */
export function leadInspector(lines) {
  for (const [k, l] of lines.entries()) {
    const m = l.text.match(/^(?:Lead inspectors?(?: on site)?:?|Reporting inspector:?)\s*(.*)$/);
    if (!m) continue;
    let value = m[1] || lines[k + 1]?.text || '';
    if (/,$/.test(value) && lines[k + 1]) value += ' ' + lines[k + 1].text;
    value = value.replace(INSPECTOR_TITLE, '').replace(/\s+/g, ' ').trim();
    return value || null;
  }
  return null;
}

/**
 * A cover table as rows of { name, grade }. Runs left of the grade column make the names; a row
 * break is a wider vertical gap (or a new "2.1"-style number), and each grade, which Word may
 * centre vertically beside a two-line name, goes to the name block nearest to it.
 */
function tableRows(lines, gradeX, numbered) {
  const left = [];
  const right = [];
  for (const l of lines) {
    const text = (runs) => joinLines(splitCells(runs, l.size).map((c) => c.text));
    const l1 = text(l.runs.filter((r) => r.x < gradeX - 4));
    const r1 = text(l.runs.filter((r) => r.x >= gradeX - 4));
    if (l1) left.push({ top: l.top, size: l.size, text: l1 });
    if (r1) right.push({ top: l.top, size: l.size, text: r1 });
  }
  const blocks = (items, numbered) => {
    const out = [];
    for (const it of items) {
      const prev = out.at(-1)?.at(-1);
      // SIF rows are numbered ("2.1 Adoption performance"), and their line spacing varies.
      const fresh = !prev || (numbered ? /^\d+(\.\d+)?\.?\s/.test(it.text) : it.top - prev.top > it.size * 1.45);
      if (fresh) out.push([it]);
      else out.at(-1).push(it);
    }
    return out;
  };
  const names = blocks(left, numbered);
  const grades = blocks(right, false);
  const centre = (b) => (b[0].top + b.at(-1).top) / 2;
  const rows = names.map((b) => ({ name: joinLines(b.map((x) => x.text)), grade: [] }));
  for (const g of grades) {
    let best = -1;
    for (const [k, b] of names.entries()) {
      if (best < 0 || Math.abs(centre(b) - centre(g)) < Math.abs(centre(names[best]) - centre(g))) best = k;
    }
    if (best >= 0) rows[best].grade.push(...g.map((x) => x.text));
  }
  return rows.map((r) => ({ name: r.name, grade: r.grade.length ? joinLines(r.grade) : null }));
}

/**
 * ILACS covers: the table under "Judgement | Grade", down to the "Overall effectiveness" row; from April 2026 the
 * table has no such row, and ends at the first gap wider than its rows' (the summary's first paragraph).
 */
function ilacsJudgements(page1) {
  const h = page1.findIndex((l) => /^Judgement\b.*\bGrade$/.test(l.text));
  if (h < 0) return [];
  const gradeX = page1[h].cells.find((c) => /Grade$/.test(c.text) && c.x > page1[h].x)?.x ?? Infinity;
  let o = page1.findIndex((l, k) => k > h && /^Overall effectiveness/.test(l.text));
  if (o < 0) {
    o = h;
    while (page1[o + 1] && page1[o + 1].top - page1[o].top < page1[o].size * 3) o++;
    if (o === h) return [];
    return tableRows(page1.slice(h + 1, o + 1), gradeX, false);
  }
  const body = page1.slice(h + 1, o + 1);
  // The overall row's grade may wrap onto lines below the name ("Requires improvement / to be good").
  for (const l of page1.slice(o + 1)) {
    if (l.top - body.at(-1).top > l.size * 1.45 || l.runs.some((r) => r.x < gradeX - 4 && r.str.trim())) break;
    body.push(l);
  }
  return tableRows(body, gradeX, false);
}

/** A cover headline such as "Children's services in York are good": the sentence and its grade words. */
function headline(lines) {
  const sentence = joinLines(lines.map((l) => l.text));
  const m = sentence.match(/\b(outstanding|good|inadequate|adequate|requires? improvement(?: to be good)?)\.?$/i);
  return m ? { name: sentence, grade: m[1] } : null;
}

/** Lines from `from` while they continue one paragraph (same size, ordinary line spacing). */
function paragraph(lines, from) {
  const out = [];
  for (const l of lines.slice(from)) {
    const prev = out.at(-1);
    if (prev && (Math.abs(l.size - prev.size) > 0.5 || l.top - prev.top > l.size * 1.6)) break;
    out.push(l);
  }
  return out;
}

/**
 * SIF covers: a headline ("Children's services in York are good"), a numbered table and, from 2014
 * to 2017, a headline for the Local Safeguarding Children Board. A headline has no table row, so it
 * is kept whole as the row's name, with its grade words, as printed, as the grade.
 */
function sifJudgements(page1, page2) {
  const out = [];
  const dated = page1.findLastIndex((l, k) => k < 12 && /^(Inspection dates?\b|Report published\b)/i.test(l.text));
  // The headline is the first paragraph after the dates that ends in a grade (the dates may wrap).
  let overall = null;
  for (let k = dated + 1; dated >= 0 && k <= dated + 3 && !overall; k++) overall = headline(paragraph(page1, k));
  if (overall) out.push(overall);
  const start = page1.findIndex((l) => /^1\.\s/.test(l.text));
  if (start < 0) return out;
  // Word splits words into runs ("G", "ood"), so the grade column is found from joined cells.
  const gradeCells = page1
    .slice(start, start + 12)
    .flatMap((l) => l.cells)
    .filter((c) => GRADE_WORD.test(c.text) && c.x > 250);
  if (!gradeCells.length) return out;
  const gradeX = Math.min(...gradeCells.map((c) => c.x));
  // A grade centred beside a two-line row can start above the row's first line.
  let first = start;
  while (
    first > 0 &&
    page1[first - 1].runs.every((r) => r.x >= gradeX - 4 || !r.str.trim()) &&
    page1[first].top - page1[first - 1].top < page1[first].size * 1.45
  )
    first--;
  const isNumbered = (l) => /^\d+(\.\d+)?\.?\s/.test(l.text);
  const rowsFrom = (lines) => {
    const body = [];
    for (const l of lines) {
      const gap = body.length ? l.top - body.at(-1).top : 0;
      const left = l.runs.some((r) => r.x < gradeX - 4 && r.str.trim());
      // The table ends at smaller print (the cover's footnote), a wide gap, or unnumbered text
      // after a gap wider than a wrapped row's ("Executive summary", the LSCB headline).
      const limit = !left || isNumbered(l) ? 4 : 1.8;
      if (l.size < 11 || gap > l.size * limit) break;
      body.push(l);
    }
    return body;
  };
  const body = rowsFrom(page1.slice(first));
  // One cover (Oldham 2015) runs the table's last rows onto page 2.
  const more = !body.some((l) => /^3\.\s/.test(l.text)) && page2[0] && isNumbered(page2[0]) ? rowsFrom(page2) : [];
  const shifted = more.map((l) => ({ ...l, top: l.top + 10000 }));
  out.push(...tableRows([...body, ...shifted], gradeX, true));
  const lscb = page1.findIndex(
    (l, k) => k >= first + body.length && /^The effectiveness of the Local Safeguarding Children Board/.test(l.text),
  );
  const board = lscb >= 0 ? headline(paragraph(page1, lscb)) : null;
  if (board) out.push(board);
  return out;
}

/**
 * The Local Safeguarding Children Board's grade where the cover does not give it: the headline that opens the
 * board's review, on the cover of a review published alone ("The Local Safeguarding Children Board requires
 * improvement") or at the head of its section inside a combined report ("The Local Safeguarding Children Board is
 * inadequate", Slough 2016). Only headline-size text (13 pt and up) is read, so a sentence of the body never counts.
 */
export function boardHeadline(pages) {
  // The contents line and the section's heading name the board too, but end in no grade: headline() refuses them.
  for (const page of pages) {
    for (const [k, l] of page.lines.entries()) {
      if (l.size < 13 || !/^The (effectiveness of the )?Local Safeguarding Children Board\b/.test(l.text)) continue;
      const found = headline(paragraph(page.lines, k));
      if (found) return found;
    }
  }
  return null;
}

/**
 * The publication date printed on the cover ("Report published: 10/08/2015", "Report published: 3 February
 * 2015"), or, on a reissued report, the date it was first published ("… were originally published on 11 February
 * 2014"); null where the cover prints none (ILACS covers). Page 1 only: a combined report prints the board review's
 * own date further in.
 */
export function reportPublished(page1) {
  const text = joinLines(page1.map((l) => l.text));
  const m =
    text.match(/\bReport published:?\s*(\d{1,2}\/\d{1,2}\/\d{4}|\d{1,2} [A-Za-z]+ \d{4})/) ??
    text.match(/\boriginally published on (\d{1,2} [A-Za-z]+ \d{4})/);
  return m ? parseDateRange(m[1]).start : null;
}

// Page 2's lines without its running header and page number (top and bottom eighths).
const bodyOf = (page) =>
  page ? page.lines.filter((l) => l.top > page.height / 8 && l.top < (page.height * 7) / 8) : [];

/** Everything the cover says, from page 1's lines (and all lines for the lead inspector). */
export function coverFacts(pages, allLines) {
  const page1 = pages[0]?.lines ?? [];
  const { title, coverName } = titleAndName(page1);
  const fw = framework(title);
  const dates = inspectionDates(page1) ?? inspectionDates(allLines);
  const { start, end } = parseDateRange(dates);
  let judgements = [];
  if (fw === 'ilacs') judgements = ilacsJudgements(page1);
  else if (fw === 'sif') judgements = sifJudgements(page1, bodyOf(pages[1]));
  const boardReview =
    fw === 'sif' || /^Review of the effectiveness of the Local Safeguarding Children Board$/.test(title ?? '');
  if (boardReview && !judgements.some((j) => /Safeguarding Children Board/.test(j.name))) {
    const board = boardHeadline(pages);
    if (board) judgements.push(board);
  }
  return {
    framework: fw,
    reportPublished: reportPublished(page1),
    coverName,
    title,
    inspectionDates: dates,
    inspectionStart: start,
    inspectionEnd: end,
    leadInspector: leadInspector(allLines),
    judgements,
  };
}

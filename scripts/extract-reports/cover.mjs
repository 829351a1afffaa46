// Facts printed on a report's cover: which framework, the authority's name, the title, the
// inspection dates, the lead inspector and the judgement table, all in the report's own words.
import { splitCells } from './pdf-text.mjs';
import { joinLines } from './text.mjs';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const TITLE_START = /^(Re-?inspection|Reinspection|Inspection|Review) of /;
const COVER_END = /^(Inspection dates?\b|Lead inspector\b|Reporting inspector\b|Report published\b|Judgement\b)/;
const GRADE_WORD = /^(Outstanding|Good|Requires?|Inadequate|Adequate|Not judged)\b/i;

/** "ilacs" | "sif" | "other", from the title words (the frameworks name their reports differently). */
export function framework(title) {
  if (!title) return 'other';
  if (/in need of help and protection/.test(title)) return 'sif';
  if (/^Inspection of .*children['’]s (social care )?services$/.test(title) && !/looked after/.test(title)) return 'ilacs';
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
  else if (!/\d{4}$/.test(value) && lines[i + 1] && !COVER_END.test(lines[i + 1].text)) value += ' ' + lines[i + 1].text;
  return value.trim() || null;
}

const iso = (d) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;

/** First and last day named in a printed date range; months and years missing early are taken from later dates. */
export function parseDateRange(text) {
  if (!text) return { start: null, end: null };
  const parts = [];
  const re = /(\d{1,2})\/(\d{1,2})\/(\d{4})|(\d{1,2})(?:\s+([A-Za-z]+))?(?:\s+(\d{4}))?/g;
  for (const m of text.matchAll(re)) {
    if (m[1]) parts.push({ day: +m[1], month: +m[2], year: +m[3] });
    else {
      const month = m[5] ? MONTHS.indexOf(m[5].toLowerCase()) + 1 : null;
      if (m[5] && !month) continue;
      parts.push({ day: +m[4], month, year: m[6] ? +m[6] : null });
    }
  }
  for (let k = parts.length - 2; k >= 0; k--) {
    parts[k].month ??= parts[k + 1].month;
    parts[k].year ??= parts[k + 1].year;
  }
  const ok = (d) => d && d.month && d.year && d.day >= 1 && d.day <= 31;
  const [first, last] = [parts[0], parts[parts.length - 1]];
  return { start: ok(first) ? iso(first) : null, end: ok(last) ? iso(last) : null };
}

/** The name after "Lead inspector:" (or the 2013 reports' "Reporting inspector"), titles dropped. */
export function leadInspector(lines) {
  for (const [k, l] of lines.entries()) {
    const m = l.text.match(/^(?:Lead inspector:?|Reporting inspector:?)\s*(.*)$/);
    if (!m) continue;
    const value = (m[1] || lines[k + 1]?.text || '')
      .replace(/,?\s*(HMI|Her Majesty['’]s Inspector|His Majesty['’]s Inspector)\s*$/, '')
      .trim();
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

/** ILACS covers: the table under "Judgement | Grade", down to the "Overall effectiveness" row. */
function ilacsJudgements(page1) {
  const h = page1.findIndex((l) => /^Judgement\b.*\bGrade$/.test(l.text));
  if (h < 0) return [];
  const gradeX = page1[h].runs.find((r) => /^Grade/.test(r.str))?.x ?? Infinity;
  const o = page1.findIndex((l, k) => k > h && /^Overall effectiveness/.test(l.text));
  if (o < 0) return [];
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
function sifJudgements(page1) {
  const out = [];
  const dated = page1.findLastIndex((l, k) => k < 12 && /^(Inspection dates?\b|Report published\b)/.test(l.text));
  const overall = dated >= 0 ? headline(paragraph(page1, dated + 1)) : null;
  if (overall) out.push(overall);
  const start = page1.findIndex((l) => /^1\.\s/.test(l.text));
  if (start < 0) return out;
  const gradeRuns = page1.slice(start).flatMap((l) => l.runs).filter((r) => GRADE_WORD.test(r.str) && r.x > 250);
  if (!gradeRuns.length) return out;
  const gradeX = Math.min(...gradeRuns.map((r) => r.x));
  // A grade centred beside a two-line row can start above the row's first line.
  let first = start;
  while (first > 0 && page1[first - 1].runs.every((r) => r.x >= gradeX - 4 || !r.str.trim()) && page1[first].top - page1[first - 1].top < page1[first].size * 1.45) first--;
  const body = [];
  let lastLeft = null;
  for (const l of page1.slice(first)) {
    const left = l.runs.filter((r) => r.x < gradeX - 4 && r.str.trim());
    // Rows are numbered; unnumbered text after a wide gap is the next section ("Executive summary",
    // the LSCB headline), and smaller print is the cover's footnote.
    const gap = lastLeft ? l.top - lastLeft.top : 0;
    const numbered = left.length && /^\d+(\.\d+)?\.?$/.test(left[0].str.trim().split(/\s/)[0]);
    if (l.size < 11 || (left.length && gap > l.size * (numbered ? 4 : 2))) break;
    if (left.length) lastLeft = l;
    body.push(l);
  }
  out.push(...tableRows(body, gradeX, true));
  const lscb = page1.findIndex((l, k) => k >= first + body.length && /^The effectiveness of the Local Safeguarding Children Board/.test(l.text));
  const board = lscb >= 0 ? headline(paragraph(page1, lscb)) : null;
  if (board) out.push(board);
  return out;
}

/** Everything the cover says, from page 1's lines (and all lines for the lead inspector). */
export function coverFacts(pages, allLines) {
  const page1 = pages[0]?.lines ?? [];
  const { title, coverName } = titleAndName(page1);
  const fw = framework(title);
  const dates = inspectionDates(page1) ?? inspectionDates(allLines);
  const { start, end } = parseDateRange(dates);
  let judgements = [];
  if (fw === 'ilacs') judgements = ilacsJudgements(page1);
  else if (fw === 'sif') judgements = sifJudgements(page1);
  return {
    framework: fw,
    coverName,
    title,
    inspectionDates: dates,
    inspectionStart: start,
    inspectionEnd: end,
    leadInspector: leadInspector(allLines),
    judgements,
  };
}

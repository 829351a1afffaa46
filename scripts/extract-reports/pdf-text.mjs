// Turns a PDF into positioned text lines with pdf.js (the only PDF reader the extractor uses).
// pdf.js hands back text runs in content-stream order; the reports (mostly written in Word) split
// words into several runs and put table cells side by side, so lines are rebuilt from positions.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const pdfjsDir = path.dirname(require.resolve('pdfjs-dist/package.json'));
const pdfjs = await import(pathToFileURL(path.join(pdfjsDir, 'legacy/build/pdf.mjs')).href);
// Fonts a PDF does not embed are measured from these files; without them pdf.js warns and guesses.
const standardFontDataUrl = pathToFileURL(path.join(pdfjsDir, 'standard_fonts') + path.sep).href;

const isBlank = (s) => /^\s*$/.test(s);
const FOOTNOTE_MARK = /^[\d*†‡,\s]{1,4}$/;

/** Groups runs whose baselines are within a third of the font size: one printed line. */
function groupRuns(runs) {
  runs.sort((p, q) => q.y - p.y || p.x - q.x);
  const groups = [];
  for (const r of runs) {
    const g = groups.find((g) => Math.abs(g.y - r.y) < Math.min(g.size, r.size) * 0.35);
    if (g) {
      g.runs.push(r);
      if (!isBlank(r.str) && r.size > g.size) g.size = r.size;
    } else groups.push({ y: r.y, size: r.size, runs: [r] });
  }
  // A group of small raised runs (footnote numbers, ordinal suffixes) belongs to the line below it.
  for (const g of [...groups]) {
    const host = groups.find((h) => h !== g && g.size <= h.size * 0.8 && g.y > h.y && g.y - h.y < h.size * 0.7);
    if (!host) continue;
    host.runs.push(...g.runs.map((r) => ({ ...r, raised: true })));
    groups.splice(groups.indexOf(g), 1);
  }
  return groups;
}

/**
 * Runs of one line joined into cells: a space run or a visible gap is a space; a gap or space run
 * wider than about two characters starts a new cell (table columns, tab stops).
 */
export function splitCells(runs, size) {
  const cells = [];
  let cell = null;
  let end = -Infinity; // right edge of the last run placed
  let pendingSpace = false;
  for (const r of runs) {
    if (isBlank(r.str)) {
      if (r.w > size * 1.8) cell = null;
      else pendingSpace = true;
      end = Math.max(end, r.x + r.w);
      continue;
    }
    const gap = r.x - end;
    if (!cell || gap > size * 1.8) {
      cell = { x: r.x, text: '', size: r.size };
      cells.push(cell);
    } else if ((pendingSpace || gap > size * 0.12) && !/\s$/.test(cell.text) && !/^\s/.test(r.str)) {
      cell.text += ' ';
    }
    cell.text += r.str;
    if (!r.raised) cell.size = Math.max(cell.size, r.size);
    pendingSpace = false;
    end = Math.max(end, r.x + r.w);
  }
  return cells;
}

/**
 * One page's lines, top to bottom. A line's runs are joined into `cells`: a gap wider than about
 * two characters starts a new cell, which is how table columns and tab stops show up.
 */
function pageLines(items, pageHeight) {
  const runs = [];
  for (const it of items) {
    if (!('str' in it) || it.str === '') continue;
    const [a, b, , d, x, y] = it.transform;
    const size = Math.hypot(a, b) || Math.abs(d) || 1;
    runs.push({ str: it.str, x, y, w: it.width, size });
  }
  const lines = [];
  for (const g of groupRuns(runs)) {
    g.runs.sort((p, q) => p.x - q.x);
    // Footnote markers are printed small and raised; they are not part of the sentence.
    const kept = g.runs.filter(
      (r) => !(r.size <= g.size * 0.8 && r.y > g.y + 1 && FOOTNOTE_MARK.test(r.str) && !isBlank(r.str)),
    );
    const cells = splitCells(kept, g.size);
    for (const c of cells) c.text = c.text.replace(/\s+/g, ' ').trim();
    const nonEmpty = cells.filter((c) => c.text !== '');
    if (!nonEmpty.length) continue;
    lines.push({
      y: g.y,
      top: pageHeight - g.y, // distance from the top edge
      x: nonEmpty[0].x,
      size: g.size,
      cells: nonEmpty,
      runs: kept,
      text: nonEmpty.map((c) => c.text).join(' '),
    });
  }
  return lines;
}

/** All pages of a PDF: [{ height, lines }]. */
export async function readPdf(bytes) {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const height = page.view[3] - page.view[1];
      const content = await page.getTextContent();
      pages.push({ height, lines: pageLines(content.items, height) });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/**
 * The document's lines in reading order with running headers/footers and page numbers removed.
 * A running line is one in the top or bottom eighth of the page whose text (digits ignored)
 * recurs at about the same height on several pages; a page number is a lone number there.
 */
export function bodyLines(pages) {
  const key = (l) => l.text.replace(/\d+/g, '#');
  const inBand = (l, h) => l.top < h / 8 || l.top > (h * 7) / 8;
  const seen = new Map();
  pages.forEach((p, i) => {
    for (const l of p.lines) {
      if (!inBand(l, p.height)) continue;
      const k = key(l);
      if (!seen.has(k)) seen.set(k, []);
      seen.get(k).push({ page: i, top: l.top });
    }
  });
  const running = (l) => {
    const hits = seen.get(key(l)) ?? [];
    const pagesAtHeight = new Set(hits.filter((h) => Math.abs(h.top - l.top) < 6).map((h) => h.page));
    return pagesAtHeight.size >= Math.min(3, Math.max(2, pages.length - 1));
  };
  const out = [];
  pages.forEach((p, i) => {
    for (const l of p.lines) {
      if (inBand(l, p.height) && (/^\d{1,3}$/.test(l.text) || running(l))) continue;
      out.push({ ...l, page: i + 1 });
    }
  });
  return out;
}

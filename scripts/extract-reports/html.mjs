// A few "reports" in the scrape are saved web pages (Ofsted's "Report not found" page), not PDFs.
// There is no cover to read; record the page's heading so the gap is visible.
import { licence } from './text.mjs';

const decode = (s) =>
  s
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#0*39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

export function htmlFacts(html) {
  const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i);
  const title = h1 ? decode(h1[1]) || null : null;
  const body = decode(html.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' '));
  return {
    framework: 'other',
    licence: licence(body),
    coverName: null,
    title,
    inspectionDates: null,
    inspectionStart: null,
    inspectionEnd: null,
    leadInspector: null,
    judgements: [],
    improvementsHeading: null,
    improvements: [],
    improvementsText: null,
    improvementsNote: /report not found/i.test(body)
      ? "The file is Ofsted's 'Report not found' web page, not a report."
      : 'The file is a web page, not a PDF report.',
  };
}

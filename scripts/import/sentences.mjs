// A judgement section's paragraph as sentences, word for word: each sentence is a piece of the paragraph's text, so
// it is found in the report extract exactly as written. A list inside a paragraph ("\n- item") is not split into
// sentences: its items, and the sentence that introduces them (ending in a colon), are not sentences read alone.

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATION = /\b(e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|vs|approx)\.$/i;
// A sentence ends at . ! or ? (with any closing quotation mark or bracket) before a space and a capital or digit.
const BOUNDARY = /[.!?][’”')\]]*(?=\s+[A-Z‘“'(0-9])/g;

/** The sentences of a paragraph's prose (the text before any list), in order. */
export function sentences(paragraph) {
  const prose = paragraph.split('\n')[0];
  const hasList = paragraph.includes('\n');
  const out = [];
  let from = 0;
  for (const match of prose.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    const piece = prose.slice(from, end).trim();
    if (ABBREVIATION.test(prose.slice(from, match.index + 1))) continue;
    if (piece) out.push(piece);
    from = end;
  }
  const last = prose.slice(from).trim();
  if (last) out.push(last);
  // The sentence that opens a list ("Leaders have:") says nothing until its items are read.
  if (hasList && out.length > 0 && /:$/.test(out.at(-1))) out.pop();
  return out;
}

// The one rule that decides whether a sentence from a report's judgement section is kept as a strength, as an
// area for improvement, or left out. Ofsted does not print these kinds: every finding this rule keeps is marked
// `kindAssigned: true`. Words and patterns only, no network, no model: the same sentence always gets the same answer.
// A sentence is kept only when it speaks one way: praise with no shortfall, no contrast and no partial qualifier is a
// strength; a shortfall with no praise and no contrast is an area for improvement; anything else is left out.
// Described, with its measured precision and recall, in data/labelled/README.md.

/** Comma-separated patterns as one global, case-blind pattern: `lead` guards the start, a word boundary the end. */
function wordList(lead, list) {
  const alternatives = list
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return new RegExp(`${lead}(${alternatives.join('|')})\\b`, 'gi');
}

/** Words of praise. A praise word right after a negation ("not always effective") is a shortfall instead. */
const PRAISE = wordList(
  '\\b',
  String.raw`
  well(?!-being| as\b)(-\w+)?, good, very good, effective(ly)?, strong(ly|er)?, strengths?, strengthened,
  high[- ]quality, excellent, exceptional(ly)?, outstanding, exemplary, impressive, timely, prompt(ly)?,
  swift(ly)?, quick(ly)?, robust(ly)?, thorough(ly)?, comprehensive(ly)?, detailed, improved,
  (?<!\b(on|to|include|includes|including|of|for|at|towards|about|in) )improving,
  benefits? (greatly |hugely |significantly )?from, benefited from, clear(ly)?, skilled, skilful(ly)?,
  committed, creative(ly)?, appropriate(ly)?, positive(ly)?, ambitious, aspirational, meaningful(ly)?,
  sensitive(ly)?, careful(ly)?, valued, proud, tenacious(ly)?, successful(ly)?, consistent(ly)?, supportive,
  responsive, proactive(ly)?, diligent(ly)?, purposeful(ly)?, child-(focused|centred), rigorous(ly)?, highly,
  dedicated, determined, knowledgeable, confident(ly)?, caring, attuned, tailored, bespoke, innovative,
  accurate(ly)?, in-depth, regular(ly)?, insightful, helpful, stable, suitable, seamless(ly)?, fully
`,
);

/** Words of shortfall. One preceded by "avoid", "prevent", "reduce"... ("to avoid drift") is not counted. */
const SHORTFALL = wordList(
  '(?<![-\\w])',
  String.raw`
  lacks?, lacking, lack of, limited, insufficient(ly)?, inconsisten(t|tly|cy|cies), variab(le|ility),
  variation in, poor(ly)?, weak(er|ness|nesses)?, ineffective(ly)?, inadequate(ly)?, inappropriate(ly)?,
  unclear, unsafe, unnecessar(y|ily), unacceptabl[ey], deteriorat(ed|ing|ion), declined?, delays?, delayed,
  drift, fail(s|ed|ing|ure|ures)?, gaps?, shortfalls?, difficult(y|ies), struggl(e|es|ed|ing), slow(ly)?,
  vague, superficial, over-optimis(m|tic), absence of, missed, fragmented, confusing,
  inequ(ality|alities|itable), disrupt(s|ed|ive)?, hinder(s|ed)?, undermin(e|es|ed|ing), compromised,
  risk-averse, avoidable, mistrust, dilutes?, restricts?, backlogs?,
  too (long|slow|slowly|many|few|much|variable|often|late|early|high|low|heavily|narrow|little|great), not yet,
  yet to, more to do, further work,
  needs? to (be )?(improve|improved|strengthen|strengthened|develop|developed|ensure|address),
  only (very )?recently, longer than (is )?(necessary|needed), intermittent, patchy, uneven, sporadic,
  would benefit from, lessens?, lessened, weakens?, limits?,
  reduc(es|ed|ing) the (effectiveness|quality|ability|value),
  (could|would|should) (have been|be) (more|better|further|stronger|swifter|strengthened|improved)
`,
);

/** Negations: praise within four words after one, in the same clause, is a shortfall ("not always effective"). */
const NEGATION =
  /\b(not|no|never|too few|too little|nor|none|without|cannot|insufficiently|lacks?|lacking|fails?|failed|less|rarely|seldom|hardly|would|could|should)\b|n't\b/i;
/** Words that undo the shortfall after them ("to avoid drift", "without delay"). */
const COUNTER =
  /\b(avoid(s|ed|ing)?|prevent(s|ed|ing)?|minimis(e|es|ed|ing)|without|free from|no|minimal|little|alert to|challeng(e|es|ed|ing))\s+(\S+\s+){0,3}$/i;
/** A shortfall being dealt with ("to address gaps") exists: the sentence weighs it against the response. */
const REMEDY =
  /\b(reduc(e|es|ed|ing)|tackl(e|es|ed|ing)|address(es|ed|ing)?|overc(ome|ame)|clos(e|es|ed|ing)|fill(s|ed|ing)?|resolv(e|es|ed|ing))\s+(\S+\s+){0,4}$/i;
/** Leaders who know of a shortfall or act on it: that is praise and shortfall at once. */
const RESPONSE =
  /\b(recognis(e|es|ed|ing)|aware|acknowledg\w*|(have|has) identified|identif(y|ies) (that|the need)|identified (this|these|the need|that)|accepted|initiated|responded to|know (that|where|what)|self-evaluation|having identified|(is|are) (actively |now |currently )?(addressing|tackling|taking|developing|working|reviewing|implementing|refreshing|revising|strengthening|improving)|(have|has) (recently |very recently |already )?(taken|commissioned|recruited|appointed|introduced|developed|implemented|begun|started|put in place)|plans? (in place|to))\b/i;

/** A contrast inside the sentence: both sides are being weighed, so it is mixed. */
const CONTRAST =
  /\b(but|although|(from )?a low base|though|despite|while|whilst|albeit|notwithstanding|except|nevertheless|nonetheless|conversely|rather than|even|whereas|instead)\b|(?<!^)\bhowever\b|(?<!not )\byet\b(?! to)/i;

/** Qualifiers that make praise partial: it holds for some, or not yet. */
const PARTIAL =
  /^(The )?(better|best|stronger|strongest)\b|\b(under ?way|these messages|priorities include|in (the )?(stronger|strongest|best|better) (examples?|practice|cases|work)|stronger examples|some|a few|a small number|small number|minority|pockets?|not all|beginning|starting|begun|started|early stages?|infancy|too early|still|further|only|emerging|plans? to|planned|intends?|aims? to|recognis(e|es|ed)|acknowledg(e|es|ed)|aware|identified the need)\b/i;

/** A comparison with other councils or figures: how it reads depends on what is compared. */
const COMPARISON =
  /\b(below|above|lower than|higher than|better than|worse than|in line with|compared with|similar to)\b/i;

/** Hardship from outside or from the past ("the pandemic", "the legacy of", "historically"): context, not a shortfall. */
const CIRCUMSTANCE =
  /\b(pandemic|covid(-19)?|lockdowns?|faced|legacy|inherited|historic(al(ly)?)?|previously|in the past|national(ly)?|cost of living)\b/i;

/** Context, history and page furniture: never a finding. */
const CONTEXT =
  /\b(judged|was found|were found|last (full )?inspection (in|was)|ofsted\.gov|www\.|@|licen[cs]e|crown copyright|this report)\b/i;

/**
 * @param {string} sentence one sentence of a judgement section, word for word
 * @returns {'strength' | 'improvement' | null} null: mixed, neutral, context or not sure
 */
export function classifySentence(sentence) {
  const text = String(sentence).replace(/\s+/g, ' ').trim();
  if (!/^[‘“"(]?[A-Z0-9]/.test(text) || text.length < 20 || CONTEXT.test(text) || COMPARISON.test(text)) return null;
  const { praise, shortfall, remedy, doubleNegative } = cues(text);
  if (doubleNegative || (remedy && praise)) return null;
  // Praise never stands beside a "not", even one that seems only to narrow ("carers who have not been assessed").
  const negation = /\bnot\b(?!-)|n't\b|\b(never|nor|cannot)\b/i.test(text);
  if (praise && !shortfall && !negation && !CONTRAST.test(text) && !PARTIAL.test(text)) return 'strength';
  const oneSided = !CONTRAST.test(text.replace(/^However,\s*/, ''));
  if (shortfall && !praise && !remedy && oneSided && !RESPONSE.test(text) && !CIRCUMSTANCE.test(text)) {
    return 'improvement';
  }
  return null;
}

/** Counts the sentence's praise and shortfall cues, turning negated praise into shortfall. */
function cues(text) {
  let praise = 0;
  let shortfall = 0;
  let doubleNegative = false;
  let remedy = false;
  for (const match of text.matchAll(PRAISE)) {
    if (negated(text, match.index, 4)) shortfall++;
    else praise++;
  }
  // "When there is insufficient information, a referral is created": a shortfall that only sets the scene.
  const condition = /^(When|If|Where|Once|Whenever)\b[^,;]*,/.exec(text)?.[0].length ?? 0;
  for (const match of text.matchAll(SHORTFALL)) {
    if (match.index < condition) continue;
    const before = wordsBefore(text, match.index, 5);
    if (COUNTER.test(before)) continue;
    if (REMEDY.test(before)) remedy = true;
    const reach = /^longer/i.test(match[0]) ? 6 : 4; // "not subject to intervention for longer than necessary"
    if (negated(text, match.index, reach) && !/^(not yet|lack)/i.test(match[0])) doubleNegative = true;
    shortfall++;
  }
  // A bare "not" is a shortfall ("Not enough return home interviews are carried out"), unless it only narrows
  // who is meant ("children who are not in school").
  for (const match of text.matchAll(/\bnot\b(?!-)|n't\b|\bnever\b/gi)) {
    // "This minimises the risk of care leavers not receiving support": a shortfall prevented.
    if (/\b(avoid|prevent|minimis|reduc|mitigat)\w*\b[^,;:]*$/i.test(text.slice(0, match.index))) doubleNegative = true;
    if (match.index >= condition && !narrows(text, match.index)) shortfall++;
  }
  return { praise, shortfall, remedy, doubleNegative };
}

/** Whether a negation that is not merely narrowing stands in the `count` words before a position, same clause. */
function negated(text, index, count) {
  const window = wordsBefore(text, index, count).split(/[,;:]/).pop();
  const from = index - window.length;
  return [...window.matchAll(new RegExp(NEGATION.source, 'gi'))].some((m) => !narrows(text, from + m.index));
}

/** "who are not", "when they do not": the negation picks out whom the sentence is about. */
function narrows(text, index) {
  const before = wordsBefore(text, index, 4);
  return /\b(who|which|that|when|where|if|whether|whom|unless)\s+(\S+\s+){0,3}$|\b(of|about|or)\s+$/i.test(before);
}

/** The last `count` words before a position, with the space before the position. */
function wordsBefore(text, index, count) {
  return text
    .slice(0, index)
    .split(/\s+/)
    .slice(-count - 1)
    .join(' ');
}

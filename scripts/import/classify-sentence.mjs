// The one rule that decides whether a sentence from a report's judgement section is kept as a strength, as an
// area for improvement, or left out. Ofsted does not print these kinds: every finding this rule keeps is marked
// `kindAssigned: true`. Placeholder until the rule and its hand-labelled measurement land: keeps nothing.

/**
 * @param {string} sentence one sentence of a judgement section, word for word
 * @returns {'strength' | 'improvement' | null} null: mixed, neutral, context or not sure
 */
export function classifySentence(sentence) {
  void sentence;
  return null;
}

/**
 * When a piece of text reads as English a person is meant to read, as opposed to code: the word
 * tests of the no-English scan (english-scan.ts). Three strictnesses, by where the text sits:
 * markup (a JSX/Astro text node, a literal `aria-label`…), a label-like property (`label: 'Date'`),
 * and any other string in code.
 */

/**
 * Common English function words. Two or more words with one of them among them is prose; code
 * strings (selectors, class lists, MIME types, keys) almost never carry them.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those ' +
    'i me my you your yours we our us he she his her it its they them their ' +
    'is are was were be been being am has have had do does did done can could will would shall should may might must ' +
    'to of in on at by for with from into onto about after before over under until than as so if or and but nor ' +
    'not no yes please here there when where what which who why how all any each every some more most ' +
    'up out off again also only just still yet then once too very'
  ).split(' '),
);

/** Stands for a `${…}` of a template literal: not a word, and allowed anywhere in a label. */
export const PLACEHOLDER = '${…}';

/** A UI string's own placeholder, `{count}` or `{clinic.phone}`: a value, not code. */
const UI_PLACEHOLDER = /^\{[\w.]+\}$/u;

/** Marks around a word that leave it a word: quotes, brackets, and sentence punctuation. */
const WORD_MARKS = /^[“”‘’"'(¿¡[]*|[“”‘’"'),.:;!?…\]]*$/gu;

/** A word of letters: "entry", "don't", "follow-up", "PDF", "sesión". */
const LETTER_WORD = /^\p{L}+(?:['’-]\p{L}+)*$/u;

/** A word as sentence or title case writes it: "Provider’s", "Follow-up". */
const CAPITALISED = /^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)*$/u;
const LOWER_CASE = /^\p{Ll}+(?:['’-]\p{Ll}+)*$/u;
const ACRONYM = /^\p{Lu}{2,}s?$/u;

/** The tokens of a text that are words of letters, once quotes and punctuation around them are gone. */
function tokens(text: string): { words: string[]; others: string[]; values: number } {
  const words: string[] = [];
  const others: string[] = [];
  let values = 0;
  for (const raw of text.split(/\s+/u)) {
    if (raw === '') continue;
    const token = raw.replace(WORD_MARKS, '');
    if (token === PLACEHOLDER || UI_PLACEHOLDER.test(token) || /^\d[\d.,:/–-]*$/u.test(token)) values++;
    else if (token === '' || /^[·•|–—/&+*×=-]+$/u.test(token)) continue;
    else (LETTER_WORD.test(token) ? words : others).push(token);
  }
  return { words, others, values };
}

/** Code that happens to contain spaces: URLs, paths, queries, CSS, markup, attribute selectors. */
function looksLikeCode(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^[a-z][a-z0-9+.-]*:\/\//iu.test(trimmed) || // URL
    /^(?:\.{0,2}\/|#|\?)/u.test(trimmed) || // path, fragment, query
    // CSS and code (braces, arrows), name=value pairs and HTML attributes, `a;b`, `[data-x]` selectors
    /[{}]|=>|\w=|;\S|\[[\w-]+(?:=|\])/u.test(trimmed.replaceAll(PLACEHOLDER, ' ').replace(/\{[\w.]+\}/gu, ' '))
  );
}

/**
 * Whether a string in code reads as English words meant for a person:
 * - two or more words of letters, one of them a common function word ("Enter the date of this
 *   entry", "${n} of ${total} answered"), or
 * - a short label in sentence or title case: every token a word, a number or a `${…}`, the first
 *   word capitalised and any others lower-case, capitalised or acronyms, with a second word or a
 *   value after the first: "Clear signature", "Download PDF", "Remove entry ${n}", "Day 2",
 *   "Answer “${label}”"; or one capitalised word ending a sentence: "Saved."
 * Code rarely passes: keys, paths, class lists, selectors and MIME types have no spaces, no
 * function words or no capital first; URLs, CSS and `name=value` text are left out first.
 */
export function readsAsProse(text: string): boolean {
  if (looksLikeCode(text)) return false;
  const { words, others, values } = tokens(text);
  if (words.length >= 2 && words.some((word) => FUNCTION_WORDS.has(word.toLowerCase()))) return true;
  if (others.length > 0 || words.length === 0) return false;
  const [first, ...rest] = words;
  if (!CAPITALISED.test(first!)) return false;
  if (rest.length > 0)
    return rest.every((word) => LOWER_CASE.test(word) || ACRONYM.test(word) || CAPITALISED.test(word));
  return values > 0 || /^\p{Lu}\p{Ll}+[.!?…]$/u.test(text.trim());
}

/** Whether a label-like property's value (`label: 'Date'`, `entryTitle: 'Entry'`) is words: prose, or one capitalised word. */
export function readsAsLabel(text: string): boolean {
  return readsAsProse(text) || (!looksLikeCode(text) && /^[“‘(¿¡]*\p{Lu}\p{Ll}+[.:!?…”’)]*$/u.test(text.trim()));
}

/** Whether markup text (a text node, a literal `aria-label`, `alt`…) has any letters, its entities aside. */
export function hasLetters(text: string): boolean {
  return /\p{L}/u.test(text.replace(/&(?:[a-z]+|#\d+|#x[\da-f]+);/giu, ' '));
}

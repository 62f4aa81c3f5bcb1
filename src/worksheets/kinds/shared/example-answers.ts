import type { FieldBase } from '../field-kind';
import type { AnswerExamples, KindExamples } from '../kind-examples';

/**
 * Building blocks of the kinds' examples (`kinds/<kind>/examples.ts`). Long answers are made of
 * words that are unique within the whole worksheet (`<key>N`), so finding an answer's exact word
 * sequence in a PDF's text proves that answer was drawn in full, not that some other box happened
 * to hold similar words.
 */

const FILLER = ['quiet', 'morning', 'light', 'breath', 'river', 'stone', 'open', 'window', 'slow', 'warm'];

/** Prose-like text of exactly `length` characters: unique tagged words between ordinary ones. */
export function uniqueProse(tag: string, length: number): string {
  let text = '';
  for (let index = 1; text.length < length; index++) {
    const word = index % 3 === 0 ? `${tag}${index}` : FILLER[index % FILLER.length]!;
    text += (text === '' ? '' : index % 17 === 0 ? '.\n' : ' ') + word;
  }
  // Cut to the limit without leaving a half word or trailing space: pad the last word instead.
  text = text.slice(0, length);
  return text.replace(/\s+$/u, '').padEnd(length, 'x');
}

/** At most `max` characters of `text`, as a person counts them (code points), so a limit is never passed. */
export const upTo = (text: string, max: number) => [...text].slice(0, max).join('');

/**
 * Typed text that is easy to get wrong: every kind of line break (CRLF, a lone CR, U+2028), emoji
 * with a skin tone, CJK, a combining accent, right-to-left Hebrew, tabs and spaces at the ends, and
 * control characters a reader may keep.
 */
export const AWKWARD_TEXTS = [
  'First line.\nSecond, after LF.\r\nThird, after CRLF.\rFourth, after CR.\u2028Fifth, after U+2028.',
  '  Spaces at both ends, a\ttab  ',
  'Emoji 👍🏽, 日本語, Ω, e\u0301, and שלום in the middle',
  '\u0000\u0007\u001b control \uFFFD characters',
];

/** The examples of a kind whose answer is a string, from what it holds and refuses. */
export function stringExamples(
  key: string,
  {
    typical,
    atLimit,
    awkward,
    refused,
  }: { typical: string; atLimit: string; awkward: readonly string[]; refused: readonly unknown[] },
): AnswerExamples {
  return {
    typical: { [key]: typical },
    atLimit: { [key]: atLimit },
    empty: { [key]: '' },
    awkward: awkward.map((value) => ({ [key]: value })),
    refused: refused.map((value) => ({ given: { [key]: value }, kept: { [key]: '' } })),
  };
}

/**
 * The examples of a kind of free text (text, tel, email, textarea): prose at the field's limit, and
 * awkward text within it. Any string fits, so only other types are refused.
 * @param field a field of the kind
 * @param typical what a patient would type
 * @param extra awkward values of the kind itself (an extension on a phone number…)
 */
export function freeTextExamples(
  field: FieldBase & { maxLength: number },
  typical: string,
  extra: readonly string[] = [],
): AnswerExamples {
  return stringExamples(field.id, {
    typical: upTo(typical, field.maxLength),
    atLimit: uniqueProse(field.id, field.maxLength),
    awkward: [...extra, ...AWKWARD_TEXTS].map((text) => upTo(text, field.maxLength)),
    refused: [42, true, ['a'], null, { text: 'x' }],
  });
}

/** A kind's examples from its parts (a shorthand that keeps the `kind` typed). */
export const kindExamples = <F extends FieldBase & { kind: string }>(examples: KindExamples<F>): KindExamples<F> =>
  examples;

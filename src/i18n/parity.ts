import { PLURAL_CATEGORIES } from './translator';

/**
 * Key parity between the English strings (the source) and a translation of them, checked when the
 * site builds (src/i18n/strings.ts, the worksheets' words) and by the unit tests. A missing key would
 * show a patient English, or throw; an extra key is a typo or a string the kit no longer uses. Every
 * problem names the file and the key, so a translator can fix it without reading code.
 */

/** A string's `{placeholders}`, sorted: a translation must fill the same ones. */
export const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{([\w.]+)\}/g)].map((match) => match[1]!).sort();

const PLURAL_SUFFIX = new RegExp(`\\.(${PLURAL_CATEGORIES.join('|')})$`);

/** `form.charactersRemaining.one` → `form.charactersRemaining`; a key without a plural suffix is its own base. */
const pluralBase = (key: string) => key.replace(PLURAL_SUFFIX, '');

/**
 * What is wrong with a translation of one strings file, in plain words.
 * Plural forms differ by language (Spanish has `.many` for a million; English does not), so a key
 * `<base>.<category>` is matched by its base: the translation must have `<base>.other` wherever the
 * source has any form of `<base>`, and may have other forms of it.
 * @param source the English strings
 * @param translation the same file in another locale
 * @param file the translation's path, as the messages name it (`src/i18n/es/ui.json`)
 * @returns one message per problem; none when the files match
 */
export function parityProblems(
  source: Readonly<Record<string, string>>,
  translation: Readonly<Record<string, unknown>>,
  file: string,
): string[] {
  const problems: string[] = [];
  const sourcePlurals = new Set(
    Object.keys(source)
      .filter((key) => PLURAL_SUFFIX.test(key))
      .map(pluralBase),
  );
  for (const [key, text] of Object.entries(source)) {
    const plural = PLURAL_SUFFIX.test(key) && sourcePlurals.has(pluralBase(key));
    const wanted = plural ? `${pluralBase(key)}.other` : key;
    const translated = translation[wanted];
    if (translated === undefined) {
      if (!problems.some((problem) => problem.includes(`"${wanted}"`)))
        problems.push(
          `${file}: "${wanted}" is missing (English: ${JSON.stringify(plural ? (source[wanted] ?? text) : text)}).`,
        );
      continue;
    }
    if (typeof translated !== 'string' || translated.trim() === '') {
      problems.push(`${file}: "${wanted}" must be a string of words.`);
      continue;
    }
    if (!plural && placeholders(translated).join() !== placeholders(text).join()) {
      problems.push(
        `${file}: "${key}" must use the placeholders ${
          placeholders(text)
            .map((name) => `{${name}}`)
            .join(', ') || '(none)'
        }, as the English does.`,
      );
    }
  }
  for (const key of Object.keys(translation)) {
    const known = Object.hasOwn(source, key) || (PLURAL_SUFFIX.test(key) && sourcePlurals.has(pluralBase(key)));
    if (!known) problems.push(`${file}: "${key}" is not an English key; remove it or fix its name.`);
  }
  return problems;
}

/** Throws one error listing every problem of every file, so a build names them all at once. */
export function assertParity(problems: readonly string[]): void {
  if (problems.length > 0)
    throw new Error(`Translations do not match the English strings:\n  - ${problems.join('\n  - ')}`);
}

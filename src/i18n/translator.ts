import { pluralRules } from '../lib/intl-cache';
import { formatNumber } from './numbers';

/** Values substituted for `{name}` placeholders. */
export type UiStringValues = Record<string, string | number>;

/** The plural categories `Intl.PluralRules` may pick; a string's `<key>.<category>` forms. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * A translator: one language's strings of one file, looked up by key. Passed down from the page
 * (Astro components make one for the page's locale; islands get one through React context, see
 * src/i18n/react.tsx) rather than imported, so a Spanish page never ships English strings.
 */
export interface Translator<Key extends string = string> {
  /** Looks up a string and fills its `{placeholders}`; throws on a missing value. */
  t(key: Key, values?: UiStringValues): string;
  /** Looks up `<key>.one`, `<key>.other`… for `count` by the language's plural rules, and fills `{count}`. */
  tPlural(key: string, count: number, values?: UiStringValues): string;
  /** BCP 47 tag of the strings' language: for `Intl` formatting and `lang` attributes. */
  language: string;
}

/**
 * Makes a {@link Translator} for one file of UI strings. The strings are split into files by where
 * they are used in the browser (ui.json, links.json; see src/i18n/strings.ts), because an island
 * ships every string of every file it is given: one shared file would make each new feature's words
 * weigh on every worksheet page.
 * @param strings the flat dotted keys of one JSON file
 * @param language BCP 47 tag whose plural rules `tPlural` follows
 */
export function createTranslator<Key extends string>(
  strings: Readonly<Record<Key, string>>,
  language: string,
): Translator<Key> {
  function t(key: Key, values: UiStringValues = {}): string {
    const text = strings[key];
    if (text === undefined) throw new Error(`UI string "${key}" is missing for ${language}.`);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}.`);
      return String(value);
    });
  }

  // tPlural runs for every counted field as a form hydrates and on every keystroke in one: the
  // rules are kept, and the count is written by formatNumber (see numbers.ts for why).
  function tPlural(key: string, count: number, values: UiStringValues = {}): string {
    const form = pluralRules(language).select(count);
    const full = (`${key}.${form}` in strings ? `${key}.${form}` : `${key}.other`) as Key;
    return t(full, { ...values, count: formatNumber(count, language) });
  }

  return { t, tPlural, language };
}

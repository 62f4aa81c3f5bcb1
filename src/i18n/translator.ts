import { pluralRules } from '../lib/intl-cache';
import { formatNumber } from './numbers';

/** Values substituted for `{name}` placeholders. */
export type UiStringValues = Record<string, string | number>;

/**
 * Makes `t` and `tPlural` for one file of UI strings. The strings are split into files by where
 * they are used in the browser (see t.ts), because an island ships every string of every file it
 * imports: one shared file would make each new feature's words weigh on every worksheet page.
 * @param strings the flat dotted keys of one JSON file
 * @param language BCP 47 tag whose plural rules `tPlural` follows
 */
export function createTranslator<Key extends string>(strings: Record<Key, string>, language: string) {
  /**
   * Looks up a UI string and fills its `{placeholders}`.
   * Throws on a missing placeholder value so a half-filled sentence never reaches a patient.
   * @param key a flat dotted key
   * @param values what to put in each `{placeholder}`
   */
  function t(key: Key, values: UiStringValues = {}): string {
    return strings[key].replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = values[name];
      if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}.`);
      return String(value);
    });
  }

  /**
   * Looks up the plural form of a UI string for `count` (`<key>.one`, `<key>.other`, …, by the
   * language's plural rules) and fills `{count}` with the number formatted for that language.
   * @param key the key without its plural suffix, e.g. `"form.charactersRemaining"`
   */
  // tPlural runs for every counted field as a form hydrates and on every keystroke in one: the
  // rules are kept, and the count is written by formatNumber (see numbers.ts for why).
  function tPlural(key: string, count: number, values: UiStringValues = {}): string {
    const form = pluralRules(language).select(count);
    const full = (`${key}.${form}` in strings ? `${key}.${form}` : `${key}.other`) as Key;
    return t(full, { ...values, count: formatNumber(count, language) });
  }

  return { t, tPlural };
}

// The attribute lets plain Node (Playwright's tests import link code) load the JSON as well as Vite.
import en from './en.json' with { type: 'json' };

/** A key of the UI strings. Adding a language means a second JSON file with the same keys. */
export type UiStringKey = keyof typeof en;

/** Values substituted for `{name}` placeholders. */
export type UiStringValues = Record<string, string | number>;

/**
 * Looks up a UI string and fills its `{placeholders}`.
 * Throws on a missing placeholder value so a half-filled sentence never reaches a patient.
 * @param key a flat dotted key from `en.json`
 * @param values what to put in each `{placeholder}`
 */
export function t(key: UiStringKey, values: UiStringValues = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}.`);
    return String(value);
  });
}

/** The site's language, as a BCP 47 tag for `<html lang>`, PDFs and `Intl` formatting. */
export const siteLanguage = en['site.language'];

/**
 * Looks up the plural form of a UI string for `count` (`<key>.one`, `<key>.other`, …, by the
 * site language's plural rules) and fills `{count}` with the number formatted for that language.
 * @param key the key without its plural suffix, e.g. `"form.charactersRemaining"`
 */
export function tPlural(key: string, count: number, values: UiStringValues = {}): string {
  const form = new Intl.PluralRules(siteLanguage).select(count);
  const full = (`${key}.${form}` in en ? `${key}.${form}` : `${key}.other`) as UiStringKey;
  return t(full, { ...values, count: count.toLocaleString(siteLanguage) });
}

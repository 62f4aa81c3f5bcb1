/**
 * `Intl` formatters, made once per locale and options and then kept. Why: making one loads locale
 * data. In a browser page the first costs 40–80 ms (see src/i18n/numbers.ts); at build, making one
 * per call was 1.2 s of a 1,000-module build (dates, minutes and clinic values; `npm run bench`).
 */

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules;

const made = new Map<string, Formatter>();

function kept<T extends Formatter>(key: string, make: () => T): T {
  let format = made.get(key) as T | undefined;
  if (!format) {
    format = make();
    made.set(key, format);
  }
  return format;
}

/** A kept `Intl.NumberFormat`. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}) =>
  kept(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

/** A kept `Intl.DateTimeFormat`. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}) =>
  kept(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

/** A kept `Intl.PluralRules` (cheap to make, but picked on every keystroke in a counted field). */
export const pluralRules = (locale: string) => kept(`plural ${locale}`, () => new Intl.PluralRules(locale));

/** A kept `Intl.ListFormat`. */
export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}) =>
  kept(`list ${locale} ${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));

import { locales, type Locale } from './locales';

/**
 * Formatting follows the clinic's country. The site's text is in a language (`en`, `es`); how its
 * dates, times, numbers and lists are written is the convention of the clinic's country
 * (`clinic.country`), since that is where its patients live: a clinic in the United Kingdom writes
 * "14 March 2026" and "14:30", one in the United States "March 14, 2026" and "2:30 PM", with no
 * setting beyond the country.
 *
 * The page's `<html lang>`, `hreflang` and Pagefind keep the plain language (`locales[locale].lang`):
 * the words are the kit's one English or Spanish whatever the country, a page's address says only
 * its language, and Pagefind files its index under each page's `lang`, so a region there would
 * only rename the index that the search page and the build tests look for.
 */

const made = new Map<string, string>();

/**
 * The BCP 47 tag that `Intl` should format with on a page in `locale` for a clinic in `country`:
 * the language's tag with the country as its region (`en` + `GB` → `en-GB`, `es` + `US` → `es-US`),
 * or the language's tag alone when the country is the one `Intl` already assumes for it
 * (`en` + `US` → `en`, `es` + `ES` → `es`, by the likely-subtags data `Intl.Locale#maximize`
 * reads). Keeping the plain tag there means a US clinic's English site formats exactly as it did
 * before countries were read (`Intl` resolves `en` as `en-US`), down to the cache keys.
 *
 * A Spanish site for a US clinic formats as `es-US`: "2,000", "2:30 p.m." — what Spanish readers in
 * the United States see on their clinic's letters, their phones and US Spanish-language media —
 * rather than Spain's "2.000" and "14:30" (docs/i18n/glossary-es.md). A language whose tag already
 * names a region (say a future `pt-BR`) keeps it: the locale chose that region on purpose.
 *
 * Meant as the translator's `language` (`createTranslator(strings, formattingLanguage(locale,
 * clinic.clinic.country))` in src/i18n/strings.ts), so `ui.language` carries it to every formatter,
 * the plural rules, the numbers a page hands its island and a PDF's `/Lang`.
 * @param locale the page's locale
 * @param country the clinic's country, an ISO 3166-1 alpha-2 code (`clinic.country`, checked by
 *   the clinic schema)
 * @throws RangeError (from `Intl.Locale`) for a country that is not a region code at all
 */
export function formattingLanguage(locale: Locale, country: string): string {
  const key = `${locale} ${country}`;
  let tag = made.get(key);
  if (tag === undefined) {
    const { lang } = locales[locale];
    const language = new Intl.Locale(lang);
    const region = country.toUpperCase();
    tag =
      language.region || language.maximize().region === region ? lang : new Intl.Locale(lang, { region }).toString();
    made.set(key, tag);
  }
  return tag;
}

/**
 * The kit's languages. A language is data: its UI strings in `src/i18n/<locale>/`, its worksheet
 * words in `src/i18n/<locale>/worksheets/`, its modules and pages in `src/content/*\/<locale>/`,
 * and one line here. English is the source language: every other locale is checked against it
 * key by key when the site builds (src/i18n/parity.ts), and a module not yet translated is shown
 * in English with a notice in the reader's language.
 *
 * Plain data with no imports, so the browser, the build and plain Node (Playwright) all read it.
 */

/** One language the site is built in. */
export interface LocaleSettings {
  /** The language's own name, as the language switch shows it ("Español"). */
  label: string;
  /** BCP 47 tag for `<html lang>`, `hreflang`, PDFs (`/Lang`), Pagefind and `Intl`. */
  lang: string;
  /** Writing direction, for `<html dir>` (the stylesheets use logical properties throughout). */
  dir: 'ltr' | 'rtl';
}

/** Every locale, by the id used in URLs (`/es/…`) and folder names. The first is the default. */
export const locales = {
  en: { label: 'English', lang: 'en', dir: 'ltr' },
  es: { label: 'Español', lang: 'es', dir: 'ltr' },
} as const satisfies Record<string, LocaleSettings>;

/** A locale id: `"en"`, `"es"`. */
export type Locale = keyof typeof locales;

/** The source language: its pages live at the site's root (`/modules/<slug>/`), every other locale's under `/<locale>/`. */
export const defaultLocale: Locale = 'en';

/** Every locale id, the default first. */
export const localeIds = Object.keys(locales) as Locale[];

/** Whether `value` is one of the site's locale ids. */
export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && Object.hasOwn(locales, value);

/** The settings of one locale. */
export const localeSettings = (locale: Locale): LocaleSettings => locales[locale];

/** `es-US` → `es`: a tag's language part. */
const languagePart = (tag: string) => tag.toLowerCase().split('-')[0];

/**
 * The locale whose `lang` is `language` (`"es"` → `es`), or the default: a translator knows its
 * language tag, and clinic settings are given per locale. A translator formats with the clinic's
 * region (`es-US`, src/i18n/region.ts), so a tag no locale has exactly is matched by its language.
 */
export const localeOfLanguage = (language: string): Locale =>
  localeIds.find((locale) => locales[locale].lang.toLowerCase() === language.toLowerCase()) ??
  localeIds.find((locale) => languagePart(locales[locale].lang) === languagePart(language)) ??
  defaultLocale;

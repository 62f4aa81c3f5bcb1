import type enLinks from './en/links.json';
import type enUi from './en/ui.json';
import { defaultLocale, localeIds, locales, type Locale } from './locales';
import { assertParity, parityProblems } from './parity';
import { createTranslator, type Translator } from './translator';

/**
 * Every locale's UI strings, read when the site builds: `src/i18n/<locale>/ui.json` (the site and
 * the worksheet forms) and `src/i18n/<locale>/links.json` (provider links: the plan, the link
 * builder, link notices — kept apart so a worksheet page opened without a link does not carry
 * them). Pages make a translator for their own locale and hand islands only that locale's strings,
 * so no page ships another language.
 *
 * Reading them checks every translation against English, key by key (src/i18n/parity.ts): a
 * missing or extra key stops the build naming the file and the key.
 */

/** A key of the site's UI strings (`src/i18n/en/ui.json`). */
export type UiStringKey = keyof typeof enUi;
/** A key of the provider-link UI strings (`src/i18n/en/links.json`). */
export type LinkStringKey = keyof typeof enLinks;
/** One locale's site strings. */
export type UiStrings = Readonly<Record<UiStringKey, string>>;
/** One locale's provider-link strings. */
export type LinkStrings = Readonly<Record<LinkStringKey, string>>;
/** A translator of the site's strings. */
export type UiTranslator = Translator<UiStringKey>;
/** A translator of the provider-link strings. */
export type LinkTranslator = Translator<LinkStringKey>;

const uiFiles = import.meta.glob<Record<string, string>>('./*/ui.json', { eager: true, import: 'default' });
const linkFiles = import.meta.glob<Record<string, string>>('./*/links.json', { eager: true, import: 'default' });

/** The strings of one file kind in one locale, or a message naming the missing file. */
function stringsOf(files: Record<string, Record<string, string>>, name: string, locale: Locale): Record<string, string> {
  const strings = files[`./${locale}/${name}`];
  if (!strings) throw new Error(`src/i18n/${locale}/${name} is missing: every locale in src/i18n/locales.ts needs one.`);
  return strings;
}

// The build stops on a mismatch (Astro builds with PROD set); the dev server and Vitest go on, so a
// translator can work on one file at a time, and tests/unit/i18n-parity.test.ts fails the suite.
const problems = () =>
  localeIds
    .filter((locale) => locale !== defaultLocale)
    .flatMap((locale) =>
      (['ui.json', 'links.json'] as const).flatMap((name) => {
        const files = name === 'ui.json' ? uiFiles : linkFiles;
        return parityProblems(stringsOf(files, name, defaultLocale), stringsOf(files, name, locale), `src/i18n/${locale}/${name}`);
      }),
    );
// `?.`: the bench bundles this module with esbuild, which has no `import.meta.env`.
if (import.meta.env?.PROD) assertParity(problems());

/** Every mismatch between a translation's UI strings and the English ones (empty when all match). */
export const uiStringProblems = problems;

/** One locale's site strings, to hand an island (only that locale's). */
export const uiStrings = (locale: Locale): UiStrings => stringsOf(uiFiles, 'ui.json', locale) as UiStrings;

/** One locale's provider-link strings, to hand the plan, the link builder or a link notice. */
export const linkStrings = (locale: Locale): LinkStrings => stringsOf(linkFiles, 'links.json', locale) as LinkStrings;

/** The translator of the site's strings for a locale (Astro components: `translatorFor(pageLocale(Astro.url))`). */
export const translatorFor = (locale: Locale): UiTranslator => createTranslator(uiStrings(locale), locales[locale].lang);

/** The translator of the provider-link strings for a locale. */
export const linkTranslatorFor = (locale: Locale): LinkTranslator => createTranslator(linkStrings(locale), locales[locale].lang);

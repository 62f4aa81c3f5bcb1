import type enLinks from './en/links.json';
import type enUi from './en/ui.json';
import clinic from '../clinic/settings';
import { applyStringOverrides } from '../clinic/string-overrides';
import { defaultLocale, localeIds, type Locale } from './locales';
import { formattingLanguage } from './region';
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
 * missing or extra key stops the build naming the file and the key. A clinic's own wording
 * (`clinic/strings/<locale>/ui.json`, `links.json`) replaces the kit's key by key, checked the same
 * way (src/clinic/string-overrides.ts); `{siteName}` in any string is the clinic's `brand.name`.
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
// The clinic's own wording (src/clinic/string-overrides.ts): the same paths under clinic/strings/.
const clinicFiles = import.meta.glob<unknown>('../../clinic/strings/*/*.json', { eager: true, import: 'default' });

/** The strings of one file kind in one locale, or a message naming the missing file. */
function stringsOf(
  files: Record<string, Record<string, string>>,
  name: string,
  locale: Locale,
): Record<string, string> {
  const strings = files[`./${locale}/${name}`];
  if (!strings)
    throw new Error(`src/i18n/${locale}/${name} is missing: every locale in src/i18n/locales.ts needs one.`);
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
        return parityProblems(
          stringsOf(files, name, defaultLocale),
          stringsOf(files, name, locale),
          `src/i18n/${locale}/${name}`,
        );
      }),
    );
// `?.`: the bench bundles this module with esbuild, which has no `import.meta.env`.
if (import.meta.env?.PROD) assertParity(problems());

/** Every mismatch between a translation's UI strings and the English ones (empty when all match). */
export const uiStringProblems = problems;

// A strings file under clinic/strings/ for a language the site is not built in is a slip (a
// folder named "sp", a language removed): stop rather than ignore the clinic's wording.
for (const path of Object.keys(clinicFiles)) {
  const [, locale = '', name = ''] = /^\.\.\/\.\.\/clinic\/strings\/([^/]+)\/([^/]+)$/.exec(path) ?? [];
  if (!(localeIds as readonly string[]).includes(locale) || !['ui.json', 'links.json'].includes(name)) {
    throw new Error(
      `clinic/strings/${locale}/${name} overrides nothing: the kit has src/i18n/<locale>/ui.json and links.json for ${localeIds.join(', ')} (and src/i18n/<locale>/worksheets/<id>.json, overridden in clinic/strings/<locale>/worksheets/).`,
    );
  }
}

const finished = new Map<string, Readonly<Record<string, string>>>();

/**
 * One file's strings for a locale as the site shows them: the kit's, with the clinic's overrides
 * (clinic/strings/<locale>/<file>) in place and the site's name (`brand.name` in the clinic's
 * settings, else the kit's `site.name`) filled in for `{siteName}` and as `site.name`. Made once.
 * @throws naming the clinic's file and key, for an override that would fail a patient
 */
function siteStrings(name: 'ui.json' | 'links.json', locale: Locale): Readonly<Record<string, string>> {
  const key = `${locale}/${name}`;
  const known = finished.get(key);
  if (known) return known;
  const kit = stringsOf(name === 'ui.json' ? uiFiles : linkFiles, name, locale);
  const { strings, problems } = applyStringOverrides(
    kit,
    clinicFiles[`../../clinic/strings/${key}`],
    `clinic/strings/${key}`,
  );
  if (problems.length)
    throw new Error(`The clinic's strings need fixing:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  const siteName = clinic.brand.name ?? stringsOf(uiFiles, 'ui.json', locale)['site.name']!;
  const branded = Object.fromEntries(
    Object.entries(strings).map(([id, text]) => [id, text.replaceAll('{siteName}', siteName)]),
  );
  if (name === 'ui.json') branded['site.name'] = siteName;
  finished.set(key, branded);
  return branded;
}

/** One locale's site strings, to hand an island (only that locale's). */
export const uiStrings = (locale: Locale): UiStrings => siteStrings('ui.json', locale) as UiStrings;

/** One locale's provider-link strings, to hand the plan, the link builder or a link notice. */
export const linkStrings = (locale: Locale): LinkStrings => siteStrings('links.json', locale) as LinkStrings;

/**
 * The translator of the site's strings for a locale (Astro components: `translatorFor(pageLocale(Astro.url))`).
 * Its `language` formats dates, times and numbers the way the clinic's country writes them
 * (src/i18n/region.ts: `en-GB` for a UK clinic), and islands are handed that `language`.
 */
export const translatorFor = (locale: Locale): UiTranslator =>
  createTranslator(uiStrings(locale), formattingLanguage(locale, clinic.clinic.country));

/** The translator of the provider-link strings for a locale (formatting as {@link translatorFor}'s). */
export const linkTranslatorFor = (locale: Locale): LinkTranslator =>
  createTranslator(linkStrings(locale), formattingLanguage(locale, clinic.clinic.country));

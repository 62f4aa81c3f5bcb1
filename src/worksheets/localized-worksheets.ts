import { applyStringOverrides } from '../clinic/string-overrides';
import { defaultLocale, isLocale, localeIds, locales, type Locale } from '../i18n/locales';
import { checkDefinition } from './check-definition';
import type { WorksheetId } from './ids';
import { localizeDefinition, translatableStrings, translationProblems } from './localize';
import type { WorksheetDefinition } from './types';

/**
 * The registry's worksheets in every locale, from the English definitions and the translation
 * files (`src/i18n/<locale>/worksheets/<id>.json`), apart from the globs that find them
 * (definitions.ts), so tests can give it any files.
 */

/** A worksheet in one locale. */
export interface LocalizedWorksheet {
  /** The worksheet in that locale's words, or the English one when {@link translated} is false. */
  definition: WorksheetDefinition;
  /**
   * Whether the words are the locale's. False when the locale has no translation of the worksheet
   * yet (the page then shows the English worksheet with a notice in the reader's language); in
   * the default locale, always true.
   */
  translated: boolean;
  /** BCP 47 tag of the definition's words, for `lang` (`"en"` for an untranslated worksheet). */
  lang: string;
}

/** Every locale's worksheets, and what is wrong with the translation files. */
export interface LocalizedWorksheets {
  /** The worksheets of a locale, in the registry's order. */
  worksheetsFor(locale: Locale): readonly LocalizedWorksheet[];
  /** Each problem of each translation file, naming the file (and the key); empty when all is well. */
  problems: readonly string[];
}

/** `…/i18n/es/worksheets/intention.json` → `{ locale: 'es', id: 'intention' }`, whatever the glob's prefix (Vite's `../`, the bench's `./../`). */
const TRANSLATION_PATH = /(?:^|\/)i18n\/([^/]+)\/worksheets\/([^/]+)\.json$/;

/** Where a translation lives, as messages name it. */
export const translationFile = (locale: string, id: string) => `src/i18n/${locale}/worksheets/${id}.json`;

/** `…/clinic/strings/en/worksheets/intention.json` → `{ locale: 'en', id: 'intention' }`. */
const OVERRIDE_PATH = /(?:^|\/)clinic\/strings\/([^/]+)\/worksheets\/([^/]+)\.json$/;

/** Where a clinic's wording for a worksheet lives, as messages name it. */
export const overrideFile = (locale: string, id: string) => `clinic/strings/${locale}/worksheets/${id}.json`;

/**
 * The clinic's override files by `locale/id`, and a problem for each file that overrides no
 * worksheet the site has in a language it is built in.
 */
function readOverrides(
  files: Readonly<Record<string, unknown>>,
  known: ReadonlySet<string>,
  problems: string[],
): Map<string, unknown> {
  const overrides = new Map<string, unknown>();
  for (const [path, json] of Object.entries(files)) {
    const [, locale = '', id = ''] = OVERRIDE_PATH.exec(path.replace(/\\/g, '/')) ?? [];
    const file = overrideFile(locale, id);
    if (!isLocale(locale))
      problems.push(
        `${file}: "${locale}" is not one of the site's locales (src/i18n/locales.ts): ${localeIds.join(', ')}.`,
      );
    else if (!known.has(id))
      problems.push(`${file}: there is no worksheet "${id}"; the worksheets are ${[...known].join(', ')}.`);
    else overrides.set(`${locale}/${id}`, json);
  }
  return overrides;
}

/**
 * Localizes every definition in every locale. A translation with a problem (a missing or extra key,
 * different placeholders, a definition that no longer passes `checkDefinition`) is reported in
 * {@link LocalizedWorksheets.problems} and its worksheet falls back to English, so the dev server
 * and Vitest go on (the build stops on any problem: definitions.ts); a locale with no file for a
 * worksheet falls back to English too, without a problem: a translation may come later.
 *
 * A clinic's wording (`clinic/strings/<locale>/worksheets/<id>.json`: only the keys it words
 * differently, the keys of the translation files) is put over the words the locale shows, checked
 * like every string override (src/clinic/string-overrides.ts). A clinic cannot override a
 * translation the kit does not have yet (the worksheet would mix two languages).
 * @param definitions the English definitions, in order (already checked)
 * @param files each translation file's parsed JSON, keyed by its path as the glob gives it
 * @param clinicFiles each clinic override file's parsed JSON, keyed by its path
 */
export function localizeWorksheets(
  definitions: readonly WorksheetDefinition[],
  files: Readonly<Record<string, unknown>>,
  clinicFiles: Readonly<Record<string, unknown>> = {},
): LocalizedWorksheets {
  const problems: string[] = [];
  const translations = new Map<string, unknown>();
  const known = new Set<WorksheetId>(definitions.map((definition) => definition.id));
  const overrides = readOverrides(clinicFiles, known, problems);

  /** The definition with the clinic's wording for it in `locale`, if any; the same one on a problem (reported). */
  const withOverride = (
    localized: WorksheetDefinition,
    english: WorksheetDefinition,
    locale: Locale,
  ): WorksheetDefinition => {
    const key = `${locale}/${english.id}`;
    if (!overrides.has(key)) return localized;
    const file = overrideFile(locale, english.id);
    const { strings, problems: found } = applyStringOverrides(translatableStrings(localized), overrides.get(key), file);
    if (found.length > 0) {
      problems.push(...found);
      return localized;
    }
    const overridden = localizeDefinition(english, strings, file);
    try {
      checkDefinition(overridden);
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      return localized;
    }
    return overridden;
  };
  for (const [path, json] of Object.entries(files)) {
    const match = TRANSLATION_PATH.exec(path.replace(/\\/g, '/'));
    if (!match) {
      problems.push(`${path}: a worksheet translation is src/i18n/<locale>/worksheets/<id>.json.`);
      continue;
    }
    const [, locale = '', id = ''] = match;
    const file = translationFile(locale, id);
    if (!isLocale(locale))
      problems.push(
        `${file}: "${locale}" is not one of the site's locales (src/i18n/locales.ts): ${localeIds.join(', ')}.`,
      );
    else if (locale === defaultLocale)
      problems.push(
        `${file}: the ${locales[locale].label} words are the definition itself (src/worksheets/${id}/definition.ts); remove this file.`,
      );
    else if (!known.has(id))
      problems.push(
        `${file}: there is no worksheet "${id}" (src/worksheets/${id}/definition.ts); rename or remove the file.`,
      );
    else translations.set(`${locale}/${id}`, json);
  }

  const english = (definition: WorksheetDefinition): LocalizedWorksheet => ({
    definition,
    translated: false,
    lang: locales[defaultLocale].lang,
  });
  const byLocale = new Map<Locale, readonly LocalizedWorksheet[]>(
    localeIds.map((locale) => [
      locale,
      definitions.map((definition): LocalizedWorksheet => {
        if (locale === defaultLocale)
          return { ...english(withOverride(definition, definition, locale)), translated: true };
        const key = `${locale}/${definition.id}`;
        if (!translations.has(key)) {
          if (overrides.has(key))
            problems.push(
              `${overrideFile(locale, definition.id)}: the kit has no ${locales[locale].label} translation of "${definition.id}" yet (${translationFile(locale, definition.id)}), so there is nothing to override.`,
            );
          return english(definition);
        }
        const file = translationFile(locale, definition.id);
        const found = translationProblems(definition, translations.get(key), file);
        if (found.length > 0) {
          problems.push(...found);
          return english(definition);
        }
        const localized = localizeDefinition(definition, translations.get(key), file);
        try {
          checkDefinition(localized);
        } catch (error) {
          problems.push(`${file}: ${(error as Error).message}`);
          return english(definition);
        }
        return {
          definition: withOverride(localized, definition, locale),
          translated: true,
          lang: locales[locale].lang,
        };
      }),
    ]),
  );
  return { worksheetsFor: (locale) => byLocale.get(locale) ?? [], problems };
}

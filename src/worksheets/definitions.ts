import { assertParity } from '../i18n/parity';
import type { Locale } from '../i18n/locales';
import { checkDefinition } from './check-definition';
import type { WorksheetId } from './ids';
import type { WorksheetTranslation } from './localize';
import { localizeWorksheets, type LocalizedWorksheet } from './localized-worksheets';
import { orderedDefinitions } from './ordered-definitions';
import type { WorksheetDefinition } from './types';

export type { LocalizedWorksheet } from './localized-worksheets';

/**
 * Every worksheet definition, found by convention: `src/worksheets/<id>/definition.ts` with a
 * default export. This glob is the registry: the worksheet ids, their order, the pages, the home
 * page's list, the link builder and every test's loop all come from it, so adding a worksheet is
 * adding its folder (README, "Add a worksheet"; tests/build/new-worksheet-build.test.ts proves it).
 */
const modules = import.meta.glob<WorksheetDefinition>('./*/definition.ts', { eager: true, import: 'default' });

/**
 * The defined worksheets in English (the source language), in their `order`, each checked against
 * the definition rules (`checkDefinition`): a mistake stops the build, naming the file. For another
 * locale's words, {@link worksheetsFor} and {@link worksheetFor}.
 */
export const worksheetDefinitions: readonly WorksheetDefinition[] = orderedDefinitions(modules).map((definition) => {
  try {
    checkDefinition(definition);
  } catch (error) {
    throw new Error(`src/worksheets/${definition.id}/definition.ts: ${(error as Error).message}`, { cause: error });
  }
  return definition;
});

/**
 * Every worksheet translation, `src/i18n/<locale>/worksheets/<id>.json` (see localize.ts for its
 * keys). Read at build only: pages hand an island the one definition it shows, in its locale.
 */
const translationFiles = import.meta.glob<WorksheetTranslation>('../i18n/*/worksheets/*.json', {
  eager: true,
  import: 'default',
});

/** The clinic's wording for worksheets, `clinic/strings/<locale>/worksheets/<id>.json` (see localized-worksheets.ts). */
const clinicFiles = import.meta.glob<unknown>('../../clinic/strings/*/worksheets/*.json', {
  eager: true,
  import: 'default',
});

const localized = localizeWorksheets(worksheetDefinitions, translationFiles, clinicFiles);

// The build stops on a translation that does not match its English definition (Astro builds with
// PROD set), naming each file and key; the dev server and Vitest go on, showing that worksheet in
// English, and tests/unit/worksheets/localize.test.ts fails the suite. `env` is Vite's: the bench's
// esbuild bundles (and the new-worksheet build test's script) have none, so it is read with `?.`.
if (import.meta.env?.PROD) assertParity(localized.problems);

/** Every problem of every worksheet translation file (empty when all match their English definitions). */
export const worksheetTranslationProblems = (): readonly string[] => localized.problems;

/**
 * The worksheets in a locale, in their `order`: each in the locale's words, or in English (marked
 * `translated: false`) while the locale has no translation of it. Every one passed `checkDefinition`.
 * `worksheetsFor('en')` holds {@link worksheetDefinitions}.
 */
export const worksheetsFor = (locale: Locale): readonly LocalizedWorksheet[] => localized.worksheetsFor(locale);

/**
 * One worksheet in a locale (see {@link worksheetsFor}).
 * @throws for an id that has no definition, naming the ones there are
 */
export function worksheetFor(id: WorksheetId, locale: Locale): LocalizedWorksheet {
  const found = worksheetsFor(locale).find((worksheet) => worksheet.definition.id === id);
  if (!found)
    throw new Error(
      `"${id}" is not a worksheet. Use one of: ${worksheetDefinitions.map((definition) => definition.id).join(', ')}.`,
    );
  return found;
}

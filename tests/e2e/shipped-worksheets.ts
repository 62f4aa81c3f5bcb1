import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultLocale, type Locale } from '../../src/i18n/locales';
import { localizeDefinition } from '../../src/worksheets/localize';
import { orderedDefinitions } from '../../src/worksheets/ordered-definitions';
import type { WorksheetDefinition } from '../../src/worksheets/types';

/**
 * Every worksheet the site ships, in the registry's order, for browser tests to loop over: one per
 * `src/worksheets/<id>/definition.ts`, so a new worksheet is tested without editing any spec.
 * Browser tests run outside Vite (no `import.meta.glob`), so the folders are read here and put in
 * order by the registry's own rule (`orderedDefinitions`).
 */
const WORKSHEETS = join(import.meta.dirname, '..', '..', 'src', 'worksheets');

export const shippedWorksheets: readonly WorksheetDefinition[] = orderedDefinitions(
  Object.fromEntries(
    await Promise.all(
      readdirSync(WORKSHEETS, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(WORKSHEETS, entry.name, 'definition.ts')))
        .map(async (entry) => [
          `./${entry.name}/definition.ts`,
          ((await import(`../../src/worksheets/${entry.name}/definition.ts`)) as { default: WorksheetDefinition })
            .default,
        ]),
    ),
  ),
);

/**
 * The shipped worksheets as a locale's pages show them, in the same order: each in the words of
 * `src/i18n/<locale>/worksheets/<id>.json`, or in English while that file does not exist (the page
 * then shows the English worksheet with a notice), as the registry does (src/worksheets/definitions.ts).
 * @throws naming the file and key, for a translation that does not match its English definition
 */
export function shippedWorksheetsIn(locale: Locale): readonly WorksheetDefinition[] {
  if (locale === defaultLocale) return shippedWorksheets;
  return shippedWorksheets.map((definition) => {
    const file = join(import.meta.dirname, '..', '..', 'src', 'i18n', locale, 'worksheets', `${definition.id}.json`);
    if (!existsSync(file)) return definition;
    return localizeDefinition(
      definition,
      JSON.parse(readFileSync(file, 'utf8')) as unknown,
      `src/i18n/${locale}/worksheets/${definition.id}.json`,
    );
  });
}

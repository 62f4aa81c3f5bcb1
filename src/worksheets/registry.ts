import { defaultLocale, type Locale } from '../i18n/locales';
import { localePath } from '../i18n/page-locale';
import { withBase } from '../lib/urls';
import { worksheetDefinitions, worksheetFor } from './definitions';
import type { WorksheetId } from './ids';

/** What lists (home page, module pages) need to show a worksheet. */
export interface WorksheetSummary {
  id: WorksheetId;
  title: string;
  description: string;
  /** The worksheet's page in the locale: `/worksheets/<id>/`, `/es/worksheets/<id>/`. */
  href: string;
  /** Whether the title and description are in the locale's words; false while it has no translation (they are then English). */
  translated: boolean;
  /** BCP 47 tag of the title and description, for a `lang` attribute when it is not the page's. */
  lang: string;
}

/**
 * Summaries of the given worksheets (all of them, in their `order`, by default), in the order
 * given, with the title and description their definitions give in the locale.
 * @param ids which worksheets, e.g. a module's `worksheets` frontmatter (already checked against
 * `worksheetIds` by the content schema)
 * @param locale the page's locale: the words, and the locale's page of each worksheet
 * @throws for an id that has no definition
 */
export function worksheetSummaries(
  ids: readonly WorksheetId[] = worksheetDefinitions.map((definition) => definition.id),
  locale: Locale = defaultLocale,
): WorksheetSummary[] {
  return ids.map((id) => {
    const { definition, translated, lang } = worksheetFor(id, locale);
    return {
      id,
      title: definition.title,
      description: definition.description,
      href: withBase(localePath(locale, `worksheets/${id}/`)),
      translated,
      lang,
    };
  });
}

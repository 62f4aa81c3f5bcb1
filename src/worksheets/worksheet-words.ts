import { createTranslator, type Translator } from '../i18n/translator';
import type { WorksheetDefinition } from './types';

/**
 * A worksheet's own words (`definition.words`: the dosing-day plan's timeline, panel and calendar
 * file) as a translator. They travel with the definition, so whoever shows them (the panel, the
 * timeline, the calendar file, the PDF's timeline card) needs nothing but the definition it already
 * has: a Spanish definition brings Spanish words, and no page carries another worksheet's words or
 * another language's.
 * @param definition the worksheet, in the page's language (`worksheetFor(id, locale)`)
 * @param language BCP 47 tag of those words, for plural rules and the numbers in them
 * @returns a translator whose `t` throws, naming the key, for a word the definition does not have;
 *   `Key` types its keys (`worksheetWords<DosingDayWordKey>(…)`)
 */
export function worksheetWords<Key extends string = string>(
  definition: Pick<WorksheetDefinition, 'words'>,
  language: string,
): Translator<Key> {
  return createTranslator((definition.words ?? {}) as Readonly<Record<Key, string>>, language);
}

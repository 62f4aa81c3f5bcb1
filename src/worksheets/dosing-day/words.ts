// The attribute lets plain Node (the browser tests import worksheet code) load the JSON as well as Vite.
import en from './en.json' with { type: 'json' };
import { siteLanguage } from '../../i18n/t';
import { createTranslator } from '../../i18n/translator';

/**
 * The dosing-day plan's own words (its timeline, its panel, its calendar file), kept with the
 * worksheet rather than in the site's en.json: only the code that shows them loads them (the
 * panel's chunk, the PDF engine, the calendar code), so the other worksheet pages do not carry them.
 */

/** A key of the dosing-day plan's words. */
export type DosingDayWordKey = keyof typeof en;

/** `dayWords(key, values)` looks up one of the plan's strings and fills its `{placeholders}`. */
export const { t: dayWords } = createTranslator<DosingDayWordKey>(en, siteLanguage);

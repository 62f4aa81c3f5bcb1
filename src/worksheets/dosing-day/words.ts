import type en from './en.json';

/**
 * The dosing-day plan's own words (its timeline, its panel, its calendar file) are kept with the
 * worksheet rather than in the site's ui.json: they are the definition's `words` (en.json in English,
 * `words.*` keys of src/i18n/<locale>/worksheets/dosing-day.json in another language), so only the
 * dosing-day page carries them, in its own language. Code reads them with
 * `worksheetWords(definition, language)` (src/worksheets/worksheet-words.ts) and passes them down.
 */

/** A key of the dosing-day plan's words (every locale has the same keys: the parity check sees to it). */
export type DosingDayWordKey = keyof typeof en;

import { uiStrings } from '../../../../src/i18n/strings';
import { createTranslator } from '../../../../src/i18n/translator';
import { worksheetFor } from '../../../../src/worksheets/definitions';
import dosingDayWorksheet from '../../../../src/worksheets/dosing-day/definition';
import type { TimelineTranslators } from '../../../../src/worksheets/dosing-day/timeline';
import { worksheetWords } from '../../../../src/worksheets/worksheet-words';

/*
 * The languages are pinned, not the site's (which format as the clinic's country does,
 * src/i18n/region.ts): these tests read times as `en` (12-hour) and `es` (24-hour) write them,
 * whatever country the project's clinic is in. tests/unit/i18n/region.test.ts covers the countries.
 */

/** What an English dosing-day page words its timeline with: the site's English strings and the plan's own words (en.json). */
export const EN: TimelineTranslators = {
  ui: createTranslator(uiStrings('en'), 'en'),
  words: worksheetWords(dosingDayWorksheet, 'en'),
};

/** The Spanish page's: the Spanish strings and the words of the Spanish definition (src/i18n/es/worksheets/dosing-day.json). */
export const ES: TimelineTranslators = {
  ui: createTranslator(uiStrings('es'), 'es'),
  words: worksheetWords(worksheetFor('dosing-day', 'es').definition, 'es'),
};

import { translatorFor } from '../../../../src/i18n/strings';
import { worksheetFor } from '../../../../src/worksheets/definitions';
import dosingDayWorksheet from '../../../../src/worksheets/dosing-day/definition';
import type { TimelineTranslators } from '../../../../src/worksheets/dosing-day/timeline';
import { worksheetWords } from '../../../../src/worksheets/worksheet-words';

/** What an English dosing-day page words its timeline with: the site's English strings and the plan's own words (en.json). */
export const EN: TimelineTranslators = { ui: translatorFor('en'), words: worksheetWords(dosingDayWorksheet, 'en') };

/** The Spanish page's: the Spanish strings and the words of the Spanish definition (src/i18n/es/worksheets/dosing-day.json). */
export const ES: TimelineTranslators = { ui: translatorFor('es'), words: worksheetWords(worksheetFor('dosing-day', 'es').definition, 'es') };

import { loadUnicodeFont } from '../../pdf/font-url';
import { generateWorksheetPdf, type GeneratedWorksheetPdf } from '../../pdf/generate';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
import type { PdfSettings } from './use-pdf-download';

/**
 * The browser's way into the PDF engine. This module (and with it pdf-lib) is imported only when
 * the patient asks for the PDF; the Unicode font is fetched only if their answers need it.
 * Clinic values in the definition's text were filled in when the page was built, so the engine
 * gets none to fill; it needs the session length and look-in interval for the card's log.
 */
export function makeWorksheetPdf(
  definition: WorksheetDefinition,
  answers: WorksheetAnswers,
  settings: PdfSettings,
): Promise<GeneratedWorksheetPdf> {
  const { clinicName, pageSize, language, sessionLengthHoursMax, lookInIntervalMinutes } = settings;
  return generateWorksheetPdf(definition, answers, {
    clinicName,
    pageSize,
    language,
    createdOn: new Date(),
    loadUnicodeFont,
    clinic: { values: {}, sessionLengthHoursMax, lookInIntervalMinutes },
  });
}

import { loadUnicodeFont } from '../../pdf/font-url';
import { pdfClinicOptions } from '../../pdf/clinic-options';
import { generateWorksheetPdf, type GeneratedWorksheetPdf } from '../../pdf/generate';
import { deviceTimeZone } from '../../worksheets/dosing-day/zoned-time';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
import type { PdfSettings } from './use-pdf-download';

/**
 * The browser's way into the PDF engine. This module (and with it pdf-lib) is imported only when
 * the patient asks for the PDF; the Unicode font is fetched only if their answers need it.
 * The definition comes in the page's language, and the engine takes its own words (footer, page
 * numbers, formats) and the document's language from the page's translator (`settings.ui`).
 * Clinic values in the definition's text were filled in when the page was built, so the engine
 * gets none to fill; it needs the session length and look-in interval for the card's log, and the
 * settings and this device's time zone for a card's timeline (the dosing-day plan).
 */
export function makeWorksheetPdf(
  definition: WorksheetDefinition,
  answers: WorksheetAnswers,
  settings: PdfSettings,
): Promise<GeneratedWorksheetPdf> {
  const { clinicName, pageSize, ui, config } = settings;
  return generateWorksheetPdf(definition, answers, {
    clinicName,
    pageSize,
    ui,
    createdOn: new Date(),
    loadUnicodeFont,
    clinic: pdfClinicOptions(config, deviceTimeZone()),
  });
}

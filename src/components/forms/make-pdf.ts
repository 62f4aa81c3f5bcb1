import { loadUnicodeFont } from '../../pdf/font-url';
import { generateWorksheetPdf, type GeneratedWorksheetPdf } from '../../pdf/generate';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
import type { PdfSettings } from './use-pdf-download';

/**
 * The browser's way into the PDF engine. This module (and with it pdf-lib) is imported only when
 * the patient asks for the PDF; the Unicode font is fetched only if their answers need it.
 */
export function makeWorksheetPdf(
  definition: WorksheetDefinition,
  answers: WorksheetAnswers,
  settings: PdfSettings,
): Promise<GeneratedWorksheetPdf> {
  return generateWorksheetPdf(definition, answers, { ...settings, createdOn: new Date(), loadUnicodeFont });
}

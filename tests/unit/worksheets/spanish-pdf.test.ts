import * as mupdf from 'mupdf';
import { describe, expect, it } from 'vitest';
import { clinicValueTexts } from '../../../src/clinic/values';
import { translatorFor } from '../../../src/i18n/strings';
import { pdfClinicOptions } from '../../../src/pdf/clinic-options';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { pdfWording } from '../../../src/pdf/wording';
import { answerSlots } from '../../../src/worksheets/answers';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import { worksheetDefinitions, worksheetFor } from '../../../src/worksheets/definitions';
import { findMiswordedLevels } from '../../fixtures/blood-pressure-wording';
import { exampleClinic } from '../../fixtures/example-clinic';
import { answersAtLimit } from '../../fixtures/pdf/answers';
import { TEST_TIME_ZONE } from '../../fixtures/pdf/card-worksheet';
import { pdfOptions } from '../../fixtures/pdf/options';
import { countingFontLoader, normaliseSpace } from '../../fixtures/pdf/pdf-tools';

/**
 * The Spanish worksheets as PDFs, built as a Spanish page builds them (the Spanish definition, its
 * clinic values in Spanish, the Spanish translator): Spanish runs longer than English, so each card
 * must still fit its one page with every question shown and every answer at its limit, and the file
 * must resume into the English form (field names are the ids, in every language).
 */

const es = translatorFor('es');

/** The text of each page, as MuPDF reads it (in-process, no command-line tool needed). */
function pageTexts(bytes: Uint8Array): string[] {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  return Array.from({ length: doc.countPages() }, (_, index) =>
    normaliseSpace(doc.loadPage(index).toStructuredText('preserve-whitespace').asText()),
  );
}
const clinicTexts = clinicValueTexts(exampleClinic, es);

describe.each(worksheetDefinitions.map((english) => [english.id, english] as const))(
  'the Spanish %s worksheet as a PDF',
  (id, english) => {
    const definition = withClinicValues(worksheetFor(id, 'es').definition, (name) => clinicTexts[name]);
    const answers = answersAtLimit(english);
    for (const slot of answerSlots(english)) if (slot.kind === 'signature') answers[slot.key] = '';
    // Pick, for each choice a question depends on, a value that shows it.
    for (const slot of answerSlots(english))
      for (const condition of slot.conditions) answers[condition.field] = condition.equals[0]!;

    it('fits each card on a page of its own, in Spanish, and resumes into the English form', async () => {
      const pdf = await generateWorksheetPdf(
        definition,
        answers,
        pdfOptions({
          ui: es,
          clinicName: exampleClinic.clinic.name,
          loadUnicodeFont: countingFontLoader().load,
          clinic: pdfClinicOptions(exampleClinic, TEST_TIME_ZONE),
        }),
      );
      const pages = pageTexts(pdf.bytes);
      const cards = definition.cards ?? [];

      expect(pages[0]).toContain(normaliseSpace(definition.title));
      pages.slice(pages.length - cards.length).forEach((page, index) => {
        expect(page).toContain(normaliseSpace(cards[index]!.title));
        expect(page).not.toContain(normaliseSpace(pdfWording(es).logContinues));
        // Every blood-pressure level on a card is compared in the one Spanish way (the clinic value's words).
        expect(findMiswordedLevels(page, exampleClinic.protocol.bloodPressure, es)).toEqual([]);
      });
      if (cards.length > 0) expect(pages.at(-cards.length - 1)).not.toContain(normaliseSpace(cards[0]!.title));
      expect(await readWorksheetPdf(pdf.bytes, english)).toMatchObject({
        ok: true,
        answers,
        version: english.version,
        ignored: [],
        unreadable: [],
      });
    });
  },
);

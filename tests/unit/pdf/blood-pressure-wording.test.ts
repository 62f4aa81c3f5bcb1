import { afterAll, describe, expect, it } from 'vitest';
import { bloodPressureLevels } from '../../../src/clinic/blood-pressure';
import { clinicValueTexts } from '../../../src/clinic/values';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import { translatorFor, type UiTranslator } from '../../../src/i18n/strings';
import { worksheetDefinitions, worksheetFor } from '../../../src/worksheets/definitions';
import { findMiswordedLevels } from '../../fixtures/blood-pressure-wording';
import { exampleClinic } from '../../fixtures/example-clinic';
import { clinicOptions } from '../../fixtures/pdf/card-worksheet';
import { englishUi, pdfOptions } from '../../fixtures/pdf/options';
import { countingFontLoader, pdftotext, removeTemporaries } from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

const clinicTexts = clinicValueTexts(exampleClinic, englishUi);
const levels = exampleClinic.protocol.bloodPressure;

/**
 * Every shipped worksheet's PDF (its card included) as a reader's text, empty answers, made in the
 * translator's language from the worksheet in that language.
 */
async function printedWorksheets(
  ui: UiTranslator = englishUi,
  locale: 'en' | 'es' = 'en',
): Promise<{ id: string; text: string }[]> {
  const texts = clinicValueTexts(exampleClinic, ui);
  return Promise.all(
    worksheetDefinitions.map(async ({ id }) => {
      const filled = withClinicValues(worksheetFor(id, locale).definition, (name) => texts[name]);
      const pdf = await generateWorksheetPdf(
        filled,
        {},
        pdfOptions({
          ui,
          clinicName: exampleClinic.clinic.name,
          loadUnicodeFont: countingFontLoader().load,
          clinic: clinicOptions(),
        }),
      );
      return { id, text: await pdftotext(pdf.bytes) };
    }),
  );
}

describe('blood-pressure levels in the PDFs', () => {
  it('word every level as the blood-pressure model does, on every worksheet and card', async () => {
    const printed = await printedWorksheets();
    for (const { id, text } of printed) expect(findMiswordedLevels(text, levels, englishUi), id).toEqual([]);
  });

  it('word every level with the Spanish comparison in the Spanish PDFs', async () => {
    const spanish = translatorFor('es');
    const printed = await printedWorksheets(spanish, 'es');
    for (const { id, text } of printed) expect(findMiswordedLevels(text, levels, spanish), id).toEqual([]);
  });

  // The cards' own words; a timeline's check before the dose is worded by the timeline (tests/unit/worksheets/dosing-day/).
  it('put the levels a chaperone uses during a session on the cards, and never the do-not-start level', () => {
    const cards = worksheetDefinitions.flatMap((definition) => {
      const { cards = [] } = withClinicValues(definition, (name) => clinicTexts[name]);
      return cards.map((card) => JSON.stringify(card));
    });
    expect(cards.length).toBeGreaterThan(0);
    const text = cards.join('\n');
    for (const level of bloodPressureLevels.filter((candidate) => candidate.applies !== 'beforeDose')) {
      expect(text, level.key).toContain(clinicTexts[`bloodPressure.${level.key}`]);
    }
    expect(text).not.toContain(clinicTexts['bloodPressure.doNotStartAbove']);
  });
});

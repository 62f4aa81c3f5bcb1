import { afterAll, describe, expect, it } from 'vitest';
import { clinicValueTexts } from '../../../src/clinic/values';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { answerSlots, isShown } from '../../../src/worksheets/answers';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { exampleClinic } from '../../fixtures/example-clinic';
import { answersAtLimit } from '../../fixtures/pdf/answers';
import { clinicOptions } from '../../fixtures/pdf/card-worksheet';
import { englishUi, englishPdfWords, pdfOptions } from '../../fixtures/pdf/options';
import {
  countingFontLoader,
  normaliseSpace,
  pdftotext,
  pdftotextPages,
  qpdfCheck,
  removeTemporaries,
} from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

const clinicTexts = clinicValueTexts(exampleClinic, englishUi);

/**
 * Every worksheet the kit ships, built as its page builds it (clinic values filled in), with every
 * field at its limit: the PDF is valid, prints every answer and reads back exactly. A new worksheet
 * is covered the moment its definition exists.
 */
describe.each(
  worksheetDefinitions.map(
    (definition) => [definition.id, withClinicValues(definition, (name) => clinicTexts[name])] as const,
  ),
)('the %s worksheet at every limit', (_id, definition) => {
  const answers = answersAtLimit(definition);
  for (const slot of answerSlots(definition)) if (slot.kind === 'signature') answers[slot.key] = '';

  const make = (pageSize: 'letter' | 'a4') =>
    generateWorksheetPdf(
      definition,
      answers,
      pdfOptions({
        clinicName: exampleClinic.clinic.name,
        pageSize,
        loadUnicodeFont: countingFontLoader().load,
        clinic: clinicOptions(),
      }),
    );

  it.each(['letter', 'a4'] as const)('reads back exactly and passes qpdf --check (%s)', async (pageSize) => {
    const pdf = await make(pageSize);
    expect(await readWorksheetPdf(pdf.bytes, definition)).toEqual({
      ok: true,
      answers,
      version: definition.version,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
    const check = await qpdfCheck(pdf.bytes);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });

  it('prints every text answer of a question shown in full, and none of a question not shown', async () => {
    const printed = normaliseSpace(await pdftotext((await make('letter')).bytes));
    for (const slot of answerSlots(definition)) {
      const answer = answers[slot.key];
      if (typeof answer === 'string' && answer && (slot.kind === 'text' || slot.kind === 'multiline')) {
        if (isShown(slot, answers)) expect(printed, slot.key).toContain(normaliseSpace(answer));
        else expect(printed, slot.key).not.toContain(normaliseSpace(answer).slice(0, 60));
      }
    }
  });

  it('fits each card on a page of its own with every question shown and every answer at its limit', async () => {
    const shown = { ...answers };
    // Pick, for each choice a question depends on, a value that shows it.
    for (const slot of answerSlots(definition))
      for (const condition of slot.conditions) shown[condition.field] = condition.equals[0]!;
    const pdf = await generateWorksheetPdf(
      definition,
      shown,
      pdfOptions({
        clinicName: exampleClinic.clinic.name,
        loadUnicodeFont: countingFontLoader().load,
        clinic: clinicOptions(),
      }),
    );
    const pages = await pdftotextPages(pdf.bytes);
    // The last pages are the cards, one each, in order; the page before them is a question page.
    const cards = definition.cards ?? [];
    const cardPages = pages.slice(pages.length - cards.length).map(normaliseSpace);
    cards.forEach((card, index) => {
      expect(cardPages[index]).toContain(card.title);
      expect(cardPages[index]).not.toContain(englishPdfWords.logContinues);
    });
    if (cards.length > 0) expect(normaliseSpace(pages.at(-cards.length - 1)!)).not.toContain(cards[0]!.title);
    expect(await readWorksheetPdf(pdf.bytes, definition)).toEqual({
      ok: true,
      answers: shown,
      version: definition.version,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });
});

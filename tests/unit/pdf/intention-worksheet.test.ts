import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf, type GeneratedWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { answerSlots } from '../../../src/worksheets/answers';
import { intentionWorksheet } from '../../../src/worksheets/intention/definition';
import { answersAtLimit } from '../../fixtures/pdf/answers';
import { englishPdfWords, pdfOptions } from '../../fixtures/pdf/options';
import {
  countingFontLoader,
  normaliseSpace,
  pdftotext,
  qpdfCheck,
  removeTemporaries,
} from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

describe('the intention worksheet with every field at its limit', () => {
  const answers = answersAtLimit(intentionWorksheet);
  let pdf: GeneratedWorksheetPdf;
  let text: string;

  beforeAll(async () => {
    pdf = await generateWorksheetPdf(
      intentionWorksheet,
      answers,
      pdfOptions({ loadUnicodeFont: countingFontLoader().load }),
    );
    text = await pdftotext(pdf.bytes);
  });

  it('reads back exactly', async () => {
    expect(await readWorksheetPdf(pdf.bytes, intentionWorksheet)).toEqual({
      ok: true,
      answers,
      version: 2,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('prints every text answer in full: pdftotext finds each one’s whole word sequence', () => {
    const printed = normaliseSpace(text);
    for (const slot of answerSlots(intentionWorksheet)) {
      const answer = answers[slot.key];
      if (typeof answer !== 'string' || slot.kind === 'choice') continue;
      expect(printed, slot.key).toContain(normaliseSpace(answer));
    }
  });

  it('prints every question’s label, with "(optional)" after optional ones and no asterisks', () => {
    const printed = normaliseSpace(text);
    // “I don’t know yet” is a fine answer: the intentions question is optional.
    expect(printed).toContain('What do you hope this therapy can help with? (optional)');
    expect(printed).toContain('Why now? (optional)');
    expect(printed).not.toContain('*');
  });

  it('prints each option’s label beside its box', () => {
    const printed = normaliseSpace(text);
    for (const label of [
      'Slow breathing',
      'A hand on the shoulder, if agreed beforehand',
      'Remote, at home with a chaperone',
      'A journal for afterwards',
    ]) {
      expect(printed).toContain(label);
    }
  });

  it('has the footer and "Page N of M" on every page', () => {
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(normaliseSpace(page)).toContain(englishPdfWords.footer);
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('turns a short-answer box into a multiline one when its answer does not fit on one line', async () => {
    const form = (await PDFDocument.load(pdf.bytes)).getForm();

    expect(form.getTextField('yourName').isMultiline()).toBe(true);
    expect(form.getTextField('preparationDate').isMultiline()).toBe(false);
  });

  it('passes qpdf --check with no warnings', async () => {
    const check = await qpdfCheck(pdf.bytes);
    expect(check.code).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });

  it('sizes each long answer’s box to its text: no field is a single-line box holding wrapped text', async () => {
    const form = (await PDFDocument.load(pdf.bytes)).getForm();
    for (const slot of answerSlots(intentionWorksheet)) {
      if (slot.kind !== 'multiline') continue;
      const field = form.getTextField(slot.key);
      const [widget] = field.acroField.getWidgets();
      expect(field.isMultiline(), slot.key).toBe(true);
      // 2,000 characters wrap to well over 15 lines of 11 pt text.
      expect(widget!.getRectangle().height, slot.key).toBeGreaterThan(15 * 11);
    }
  });
});

import { PDFCheckBox, PDFDocument, PDFRadioGroup, PDFTextField } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf, type GenerateWorksheetPdfOptions } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { emptyAnswers, normalizeAnswers } from '../../../src/worksheets/answers';
import { everyKindAnswers, everyKindWorksheet } from '../../fixtures/pdf/every-kind-worksheet';
import { readBack } from '../../fixtures/pdf/answers';
import { pdfOptions } from '../../fixtures/pdf/options';
import { countingFontLoader, removeTemporaries } from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

const options = (overrides: Partial<GenerateWorksheetPdfOptions> = {}) =>
  pdfOptions({ createdOn: new Date(2026, 2, 14, 9, 30), loadUnicodeFont: countingFontLoader().load, ...overrides });

async function roundTrip(answers: Record<string, unknown>, overrides: Partial<GenerateWorksheetPdfOptions> = {}) {
  const pdf = await generateWorksheetPdf(everyKindWorksheet, answers as never, options(overrides));
  const read = await readWorksheetPdf(pdf.bytes, everyKindWorksheet);
  return { pdf, read };
}

describe('a worksheet PDF round trip', () => {
  it('reads back every kind of answer exactly as it was given', async () => {
    const answers = everyKindAnswers();
    const { read } = await roundTrip(answers);

    expect(read).toEqual(readBack(everyKindWorksheet, answers));
  });

  it('reads back a blank worksheet as blank answers', async () => {
    const { read } = await roundTrip(emptyAnswers(everyKindWorksheet));

    expect(read).toEqual(readBack(everyKindWorksheet, emptyAnswers(everyKindWorksheet)));
  });

  it('reads back the same answers from an A4 PDF', async () => {
    const answers = everyKindAnswers();
    const { read } = await roundTrip(answers, { pageSize: 'a4' });

    expect(read.ok && read.answers).toEqual(answers);
  });

  it('treats missing answers and answers of the wrong type as blank', async () => {
    const { read } = await roundTrip({ fullName: 42, agree: 'yes', bring: [7, null], travel: ['taxi'] });

    expect(read.ok && read.answers).toEqual(emptyAnswers(everyKindWorksheet));
  });

  it('coerces what it is given as the form does: a lone pick of a checkbox group is one pick', async () => {
    const given = { ...everyKindAnswers(), bring: 'water' };
    const { read } = await roundTrip(given);

    expect(read.ok && read.answers).toEqual(normalizeAnswers(everyKindWorksheet, given));
    expect(read.ok && read.answers.bring).toEqual(['water']);
  });

  it('leaves out picks that are not options of the question', async () => {
    const { read } = await roundTrip({ ...everyKindAnswers(), travel: 'bicycle', bring: ['water', 'spaceship'] });

    expect(read.ok && read.answers.travel).toBe('');
    expect(read.ok && read.answers.bring).toEqual(['water']);
  });

  it('reads picks back in the order of the options, whatever order they were given in', async () => {
    const { read } = await roundTrip({ ...everyKindAnswers(), bring: ['other', 'water'] });

    expect(read.ok && read.answers.bring).toEqual(['water', 'other']);
  });

  it('keeps every kind of newline and white space exactly, unnormalised', async () => {
    const notes =
      '\r\n  indented\tline\r\rtwo CRs\n\n\nthree LFs\u2028line separator\u2029paragraph separator\f\v\u0085 end  ';
    const { read } = await roundTrip({ ...everyKindAnswers(), notes, fullName: 'Line\nbreak in a name' });

    expect(read.ok && read.answers.notes).toBe(notes);
    expect(read.ok && read.answers.fullName).toBe('Line\nbreak in a name');
  });

  it('keeps lone surrogates and control characters exactly', async () => {
    const notes = 'lone high \ud83d and lone low \udc00, NUL \u0000, bell \u0007, BOM \ufeff.';
    const { read } = await roundTrip({ ...everyKindAnswers(), notes });

    expect(read.ok && read.answers.notes).toBe(notes);
  });
});

describe('the form fields of a worksheet PDF', () => {
  it('are real AcroForm fields of the right type for each kind of answer', async () => {
    const { pdf } = await roundTrip(everyKindAnswers());
    const form = (await PDFDocument.load(pdf.bytes)).getForm();
    const field = (name: string) => form.getField(name);

    for (const name of ['fullName', 'phone', 'email', 'startDate', 'startTime', 'moodOther', 'bringOther', 'notes']) {
      expect(field(name), name).toBeInstanceOf(PDFTextField);
    }
    expect(form.getTextField('notes').isMultiline()).toBe(true);
    expect(form.getTextField('startDate').isMultiline()).toBe(false);
    expect(field('agree')).toBeInstanceOf(PDFCheckBox);
    expect(form.getCheckBox('agree').isChecked()).toBe(true);
    expect(field('mood')).toBeInstanceOf(PDFRadioGroup);
    expect(form.getRadioGroup('mood').getOptions()).toEqual(['calm', 'nervous', 'excited', 'other']);
    expect(form.getRadioGroup('mood').getSelected()).toBe('other');
    expect(form.getRadioGroup('travel').getSelected()).toBe('taxi');
    expect(
      ['water', 'blanket', 'music-player', 'other'].map((value) => form.getCheckBox(`bring.${value}`).isChecked()),
    ).toEqual([true, false, true, true]);
  });

  it('each have an appearance stream, and none is read-only except the hidden marker', async () => {
    const { pdf } = await roundTrip(everyKindAnswers());
    const form = (await PDFDocument.load(pdf.bytes)).getForm();

    for (const field of form.getFields()) {
      for (const widget of field.acroField.getWidgets()) {
        expect(widget.getNormalAppearance(), field.getName()).toBeDefined();
      }
      expect(field.isReadOnly(), field.getName()).toBe(field.getName() === '_kapPrepKit');
    }
  });

  it('do not ask readers to redraw them (no NeedAppearances), because every appearance is drawn', async () => {
    const { pdf } = await roundTrip(everyKindAnswers());
    const doc = await PDFDocument.load(pdf.bytes);

    expect(doc.getForm().acroForm.dict.toString()).not.toContain('NeedAppearances');
  });

  it('label each field for screen readers with its question', async () => {
    const { pdf } = await roundTrip(everyKindAnswers());
    const form = (await PDFDocument.load(pdf.bytes)).getForm();

    expect(form.getTextField('fullName').acroField.dict.toString()).toContain('/TU');
    expect(form.getRadioGroup('mood').acroField.dict.toString()).toContain('/TU');
  });
});

describe('an answer taller than a page', () => {
  const long = Array.from({ length: 400 }, (_, index) => `Line ${index + 1} of a very long answer.`).join('\n');

  it('continues in numbered fields on the next pages', async () => {
    const { pdf } = await roundTrip({ ...everyKindAnswers(), notes: long });
    const names = (await PDFDocument.load(pdf.bytes))
      .getForm()
      .getFields()
      .map((field) => field.getName());

    expect(names).toContain('notes');
    expect(names).toContain('notes__2');
    expect(names).toContain('notes__3');
  });

  it('puts every piece wholly inside its page’s margins, so nothing is cut off when printed', async () => {
    const { pdf } = await roundTrip({ ...everyKindAnswers(), notes: long });
    const doc = await PDFDocument.load(pdf.bytes);
    const pages = doc.getPages();

    for (const field of doc.getForm().getFields()) {
      for (const widget of field.acroField.getWidgets()) {
        if (field.getName() === '_kapPrepKit') continue;
        const rect = widget.getRectangle();
        const page = pages.find((candidate) => candidate.ref === widget.P());
        expect(page, field.getName()).toBeDefined();
        expect(rect.y, field.getName()).toBeGreaterThanOrEqual(54 - 0.01);
        expect(rect.y + rect.height, field.getName()).toBeLessThanOrEqual(page!.getHeight() - 54 + 0.01);
        expect(rect.x + rect.width, field.getName()).toBeLessThanOrEqual(page!.getWidth() - 54 + 0.01);
      }
    }
  });

  it('reads back as the exact original string, pieces joined with nothing between them', async () => {
    const { read } = await roundTrip({ ...everyKindAnswers(), notes: long });

    expect(read.ok && read.answers.notes).toBe(long);
  });

  it('reads back exactly even when it has no line breaks or spaces to cut at', async () => {
    const unbroken = 'x'.repeat(20_000);
    const { read } = await roundTrip({ ...everyKindAnswers(), notes: unbroken });

    expect(read.ok && read.answers.notes).toBe(unbroken);
  });
});

describe('the file name', () => {
  it('is the definition’s file name and the local date it was made, as YYYY-MM-DD', async () => {
    const { pdf } = await roundTrip(everyKindAnswers(), { createdOn: new Date(2026, 0, 5, 23, 59) });

    expect(pdf.fileName).toBe('every-kind-2026-01-05.pdf');
  });
});

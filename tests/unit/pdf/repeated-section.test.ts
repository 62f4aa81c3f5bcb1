import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { HIDDEN_ANSWERS_FIELD } from '../../../src/pdf/field-names';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { emptyAnswers, entriesInUse } from '../../../src/worksheets/answers';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { keysInPdf, readBack } from '../../fixtures/pdf/answers';
import { pdfOptions } from '../../fixtures/pdf/options';
import {
  countingFontLoader,
  normaliseSpace,
  pdftotext,
  qpdfCheck,
  removeTemporaries,
} from '../../fixtures/pdf/pdf-tools';
import { repeatedWorksheet } from '../../fixtures/repeated-worksheet';

afterAll(removeTemporaries);

/**
 * A repeated section in the PDF: every entry in use under its heading, then one blank entry to
 * write on paper while the section holds another, each entry's answers in fields named `<id><n>`,
 * so a PDF with three entries resumes into three entries.
 */

const days = repeatedWorksheet.sections[1]!;
const answers = (overrides: WorksheetAnswers): WorksheetAnswers => ({
  ...emptyAnswers(repeatedWorksheet),
  ...overrides,
});
const make = (values: WorksheetAnswers) => generateWorksheetPdf(repeatedWorksheet, values, pdfOptions());
const fieldNames = async (bytes: Uint8Array) =>
  (await PDFDocument.load(bytes))
    .getForm()
    .getFields()
    .map((field) => field.getName());

const twoDays = answers({
  name: 'Robin',
  day1: '2026-03-21',
  mood1: 'good',
  notes1: 'Slept well. Saw the sea again.',
  day2: '2026-03-22',
  mood2: 'hard',
  help2: 'A walk by the river',
  bring: 'The sea, and why it came back.',
});

describe('a PDF of a worksheet with a repeated section', () => {
  it('prints each entry in use under its heading, then one blank entry, and no more', async () => {
    const pdf = await make(twoDays);
    const text = normaliseSpace(await pdftotext(pdf.bytes));
    expect(text).toMatch(/Your days One entry a day\. Day 1 Date .* Day 2 Date .* Day 3 Date .* After/);
    expect(text).not.toContain('Day 4');
    for (const answer of ['Slept well. Saw the sea again.', 'A walk by the river']) expect(text).toContain(answer);
    const names = await fieldNames(pdf.bytes);
    expect(names).toEqual(expect.arrayContaining(['day1', 'notes2', 'day3', 'mood3', 'notes3']));
    expect(names.filter((name) => /^(day|mood|help|notes)4/.test(name))).toEqual([]);
    // Entry 3 is blank, so its question shown only for "Hard" is not printed either.
    expect(names).not.toContain('help3');
  });

  it('prints every entry and no blank one when all are in use', async () => {
    const full = answers({ day1: '2026-03-21', day2: '2026-03-22', day3: '2026-03-23', notes4: 'Last day' });
    const text = normaliseSpace(await pdftotext((await make(full)).bytes));
    expect(text).toMatch(/Day 1 .* Day 2 .* Day 3 .* Day 4 .* Last day/);
    expect(text).not.toContain('Day 5');
  });

  it('prints entry 1 blank when the section is, to write on paper', async () => {
    const pdf = await make(answers({ name: 'Robin' }));
    const text = normaliseSpace(await pdftotext(pdf.bytes));
    expect(text).toContain('Your days One entry a day. Day 1 Date');
    expect(text).not.toContain('Day 2');
    expect(await readWorksheetPdf(pdf.bytes, repeatedWorksheet)).toEqual(
      readBack(repeatedWorksheet, answers({ name: 'Robin' })),
    );
  });

  it('resumes into as many entries as it holds, a blank entry between them too', async () => {
    const spaced = answers({ day1: '2026-03-21', day3: '2026-03-23', notes3: 'Three' });
    for (const values of [twoDays, spaced]) {
      const pdf = await make(values);
      const read = await readWorksheetPdf(pdf.bytes, repeatedWorksheet);
      expect(read).toEqual(readBack(repeatedWorksheet, values));
      expect(read.ok && entriesInUse(days, read.answers)).toBe(entriesInUse(days, values));
    }
    // What the PDF has fields for: the printed entries, blank one included, and entry 2's hidden "What helped?".
    expect(keysInPdf(repeatedWorksheet, spaced)).toEqual(expect.arrayContaining(['day2', 'day4', 'notes4']));
  });

  it('keeps an entry’s answer that is not shown in the hidden field, and brings it back to its entry', async () => {
    const hidden = answers({ ...twoDays, mood2: 'good' });
    const pdf = await make(hidden);
    const form = (await PDFDocument.load(pdf.bytes)).getForm();
    expect(JSON.parse(form.getTextField(HIDDEN_ANSWERS_FIELD).getText()!)).toEqual({ help2: 'A walk by the river' });
    expect(await readWorksheetPdf(pdf.bytes, repeatedWorksheet)).toEqual(readBack(repeatedWorksheet, hidden));
  });

  it('reads what was written in the blank entry in a PDF reader as one more entry', async () => {
    const doc = await PDFDocument.load((await make(twoDays)).bytes);
    doc.getForm().getTextField('day3').setText('2026-03-23');
    doc.getForm().getTextField('notes3').setText('Written in a reader');
    const read = await readWorksheetPdf(await doc.save(), repeatedWorksheet);
    expect(read.ok && read.answers).toEqual({ ...twoDays, day3: '2026-03-23', notes3: 'Written in a reader' });
    expect(read.ok && entriesInUse(days, read.answers)).toBe(3);
  });

  it('draws text typed in any entry in a font that has its letters', async () => {
    const fonts = countingFontLoader();
    const greek = answers({ notes1: 'Ο λόγος', mood3: 'other', mood3Other: 'Спокойно' });
    const pdf = await generateWorksheetPdf(repeatedWorksheet, greek, pdfOptions({ loadUnicodeFont: fonts.load }));
    expect(pdf.undrawable).toEqual([]);
    expect(fonts.calls()).toBe(1);
    expect(normaliseSpace(await pdftotext(pdf.bytes))).toMatch(/Day 1 .*Ο λόγος.* Day 3 .*Спокойно/);
  });

  it('names each entry’s fields by their entry for PDF readers and screen readers', async () => {
    const form = (await PDFDocument.load((await make(twoDays)).bytes)).getForm();
    const name = (key: string) => {
      const value = form.getField(key).acroField.dict.lookup(PDFName.of('TU'));
      return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
    };
    expect([name('day2'), name('mood2'), name('notes3'), name('name')]).toEqual([
      'Day 2: Date',
      'Day 2: How was it?',
      'Day 3: Notes',
      'Your name',
    ]);
  });

  it('passes qpdf --check with every entry at its limit', async () => {
    const long = Object.fromEntries(
      Array.from({ length: days.repeat!.max }, (_, index) => [
        [`day${index + 1}`, '2026-03-21'],
        [`notes${index + 1}`, `Word${index} `.repeat(330)],
      ]).flat(),
    );
    const pdf = await make(answers(long));
    const check = await qpdfCheck(pdf.bytes);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(await readWorksheetPdf(pdf.bytes, repeatedWorksheet)).toEqual(readBack(repeatedWorksheet, answers(long)));
  });
});

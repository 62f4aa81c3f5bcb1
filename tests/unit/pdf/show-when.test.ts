import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { HIDDEN_ANSWERS_FIELD } from '../../../src/pdf/field-names';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { emptyAnswers } from '../../../src/worksheets/answers';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { conditionalWorksheet } from '../../fixtures/conditional-worksheet';
import { pdfOptions } from '../../fixtures/pdf/options';
import { normaliseSpace, pdftotext, removeTemporaries } from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

const answers = (overrides: Partial<WorksheetAnswers>): WorksheetAnswers => ({
  ...emptyAnswers(conditionalWorksheet),
  name: 'Robin',
  ...overrides,
});
const make = (values: WorksheetAnswers) => generateWorksheetPdf(conditionalWorksheet, values, pdfOptions());
const fieldNames = async (bytes: Uint8Array) =>
  (await PDFDocument.load(bytes))
    .getForm()
    .getFields()
    .map((field) => field.getName());

describe('a PDF of a worksheet with questions shown only sometimes', () => {
  const hiddenAnswers = answers({
    mode: 'alone',
    callPlan: 'Phone the clinic line',
    device: 'other',
    deviceOther: 'A tablet',
    pets: ['cat'],
    dogName: 'Rex',
    dogOut: true,
  });

  it('prints only what is shown, as the form showed it', async () => {
    const pdf = await make(hiddenAnswers);
    const text = normaliseSpace(await pdftotext(pdf.bytes));

    expect(text).toContain('How will it happen?');
    for (const hidden of [
      'What will you do if the call drops',
      'Phone the clinic line',
      'Which device',
      'A tablet',
      'The dog',
      'Rex',
    ])
      expect(text).not.toContain(hidden);
    const names = await fieldNames(pdf.bytes);
    for (const key of ['callPlan', 'device', 'deviceOther', 'dogName', 'dogOut']) expect(names).not.toContain(key);
  });

  it('keeps the hidden answers in one hidden field, so resume brings every answer back and names nothing as lost', async () => {
    const pdf = await make(hiddenAnswers);
    const form = (await PDFDocument.load(pdf.bytes)).getForm();
    const kept = form.getTextField(HIDDEN_ANSWERS_FIELD);

    expect(JSON.parse(kept.getText()!)).toEqual({
      callPlan: 'Phone the clinic line',
      device: 'other',
      deviceOther: 'A tablet',
      dogName: 'Rex',
      dogOut: true,
    });
    expect(kept.isReadOnly()).toBe(true);
    expect(kept.acroField.getWidgets()[0]!.getRectangle()).toMatchObject({ width: 0, height: 0 });
    expect(await readWorksheetPdf(pdf.bytes, conditionalWorksheet)).toEqual({
      ok: true,
      answers: hiddenAnswers,
      version: 1,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('prints every question and needs no hidden field when everything is shown', async () => {
    const shown = answers({
      mode: 'video',
      callPlan: 'Phone the clinic line',
      device: 'laptop',
      pets: ['dog'],
      dogName: 'Rex',
    });
    const pdf = await make(shown);
    const text = normaliseSpace(await pdftotext(pdf.bytes));

    for (const printed of ['What will you do if the call drops?', 'Phone the clinic line', 'The dog', 'Rex'])
      expect(text).toContain(printed);
    expect(await fieldNames(pdf.bytes)).not.toContain(HIDDEN_ANSWERS_FIELD);
    expect(await readWorksheetPdf(pdf.bytes, conditionalWorksheet)).toEqual({
      ok: true,
      answers: shown,
      version: 1,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('leaves out kept answers that do not fit, and lets a field on the page win over a kept one', async () => {
    const doc = await PDFDocument.load((await make(hiddenAnswers)).bytes);
    doc
      .getForm()
      .getTextField(HIDDEN_ANSWERS_FIELD)
      .setText(JSON.stringify({ callPlan: 42, device: 'boat', dogOut: true, favouriteFood: 'soup', name: 'Not me' }));
    const result = await readWorksheetPdf(await doc.save(), conditionalWorksheet);

    expect(result).toEqual({
      ok: true,
      version: 1,
      ignored: ['callPlan', 'device', 'favouriteFood'],
      answers: answers({ mode: 'alone', pets: ['cat'], dogOut: true }),
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('names the hidden field as left out when it is not JSON, and reads the rest', async () => {
    const doc = await PDFDocument.load((await make(hiddenAnswers)).bytes);
    doc.getForm().getTextField(HIDDEN_ANSWERS_FIELD).setText('{not json');
    const result = await readWorksheetPdf(await doc.save(), conditionalWorksheet);

    expect(result).toEqual({
      ok: true,
      version: 1,
      ignored: [HIDDEN_ANSWERS_FIELD],
      answers: answers({ mode: 'alone', pets: ['cat'] }),
      found: expect.any(Array),
      unreadable: [],
    });
  });
});

describe('a retired option in a PDF', () => {
  it('is drawn only when it is the answer, and reads back', async () => {
    const retired = answers({ mode: 'clinic' });
    const pdf = await make(retired);
    const form = (await PDFDocument.load(pdf.bytes)).getForm();

    expect(form.getRadioGroup('mode').getOptions()).toEqual(['video', 'alone', 'clinic']);
    expect(form.getRadioGroup('mode').getSelected()).toBe('clinic');
    expect(await readWorksheetPdf(pdf.bytes, conditionalWorksheet)).toEqual({
      ok: true,
      answers: retired,
      version: 1,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });

    const fresh = await make(answers({ mode: 'video', callPlan: 'Phone' }));
    expect((await PDFDocument.load(fresh.bytes)).getForm().getRadioGroup('mode').getOptions()).toEqual([
      'video',
      'alone',
    ]);
    expect(normaliseSpace(await pdftotext(fresh.bytes))).not.toContain('At the clinic');
  });
});

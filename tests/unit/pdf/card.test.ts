import { PDFDocument, PDFTextField, type PDFForm } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTextField } from '../../../src/pdf/answer-box';
import { lookInRows } from '../../../src/pdf/card-content';
import {
  generateWorksheetPdf,
  type GeneratedWorksheetPdf,
  type GenerateWorksheetPdfOptions,
} from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import type { CardBlock, WorksheetDefinition } from '../../../src/worksheets/types';
import { cardAnswers, cardWorksheet, clinicOptions, withoutCard } from '../../fixtures/pdf/card-worksheet';
import { englishPdfWords, pdfOptions } from '../../fixtures/pdf/options';
import {
  countingFontLoader,
  normaliseSpace,
  pdfinfo,
  pdftotextPages,
  qpdfCheck,
  removeTemporaries,
} from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

const options = (overrides: Partial<GenerateWorksheetPdfOptions> = {}) =>
  pdfOptions({ clinic: clinicOptions(), ...overrides });

const pageCount = async (bytes: Uint8Array) => Number(/^Pages:\s+(\d+)$/m.exec(await pdfinfo(bytes))![1]);

/** The card's own fields: the phones' copies and the log's cells. */
const cardFields = (form: PDFForm) => form.getFields().filter((field) => /^(card[A-Z]|log\d)/.test(field.getName()));

/** Every log cell's row number, by column. */
function logRows(form: PDFForm): Map<string, number[]> {
  const rows = new Map<string, number[]>();
  for (const field of form.getFields()) {
    const match = /^log(\d+)([A-Z]\w*)$/.exec(field.getName());
    if (!match) continue;
    rows.set(match[2]!, [...(rows.get(match[2]!) ?? []), Number(match[1])]);
  }
  return rows;
}

/** Each widget of `fields` is on the last page (unless `anyPage`) and inside its page's margins (54 pt). */
async function expectOnLastPageInsideMargins(
  pdf: GeneratedWorksheetPdf,
  fields: readonly PDFTextField[],
  anyPage = false,
) {
  const doc = await PDFDocument.load(pdf.bytes);
  const pages = doc.getPages();
  for (const field of fields) {
    for (const widget of field.acroField.getWidgets()) {
      const rect = widget.getRectangle();
      const page = pages.find((candidate) => candidate.ref === widget.P())!;
      expect(page, field.getName()).toBeDefined();
      if (!anyPage) expect(page, field.getName()).toBe(pages.at(-1));
      expect(rect.x, field.getName()).toBeGreaterThanOrEqual(54 - 0.01);
      expect(rect.y, field.getName()).toBeGreaterThanOrEqual(54 - 0.01);
      expect(rect.x + rect.width, field.getName()).toBeLessThanOrEqual(page.getWidth() - 54 + 0.01);
      expect(rect.y + rect.height, field.getName()).toBeLessThanOrEqual(page.getHeight() - 54 + 0.01);
    }
  }
}

describe('lookInRows', () => {
  it('is one row per look-in over the longest session, plus the start', () => {
    expect(lookInRows(3, 15)).toBe(13);
    expect(lookInRows(2, 30)).toBe(5);
    expect(lookInRows(2.5, 20)).toBe(9);
    expect(lookInRows(1, 7)).toBe(10);
    expect(lookInRows(0.1 + 0.2, 6)).toBe(4);
  });

  it('refuses numbers that cannot be a session or an interval', () => {
    expect(() => lookInRows(0, 15)).toThrow(/sessionLengthHoursMax/);
    expect(() => lookInRows(3, Number.NaN)).toThrow(/lookInIntervalMinutes/);
  });
});

describe.each(['letter', 'a4'] as const)('the card page on %s paper', (pageSize) => {
  const answers = cardAnswers();
  let pdf: GeneratedWorksheetPdf;
  let card: string;

  beforeAll(async () => {
    pdf = await generateWorksheetPdf(cardWorksheet, answers, options({ pageSize }));
    card = normaliseSpace((await pdftotextPages(pdf.bytes)).at(-1)!);
  });

  it('is exactly one page more than the questions', async () => {
    const questions = await generateWorksheetPdf(withoutCard(cardWorksheet), answers, options({ pageSize }));

    expect(await pageCount(pdf.bytes)).toBe((await pageCount(questions.bytes)) + 1);
  });

  it('shows the phone numbers, the filled-in clinic values, every block and the footer', () => {
    for (const text of [
      'Example Clinic',
      'Chaperone card',
      'Keep this where you can see it during the session.',
      '(201) 555-0123 ext. 4',
      '+1 201 555 0100',
      '(201) 555-0188',
      '911',
      'Jo Park',
      'Sertraline 50 mg each morning. Allergic to penicillin.',
      'Call the care team if',
      'blood pressure is at or above 160/100 mm Hg',
      'Call 911 now if they',
      'have blood pressure at or above 180/120 mm Hg after 5 minutes of rest and a second check',
      'chest pain: call at once',
      'If they talk about hurting themselves',
      '988 Suicide & Crisis Lifeline (call or text 988)',
      'Recovery position',
      '1. Kneel beside them',
      '4. Tilt the head back',
      'Look-in log',
      'Time',
      'Pulse',
      'Notes',
      englishPdfWords.footer,
    ]) {
      expect(card, text).toContain(text);
    }
    expect(card).not.toMatch(/[{}]/);
    expect(card).not.toContain(englishPdfWords.logContinues);
  });

  it('is for use during the session: it calls the care team at the during-session level, never the do-not-start one', () => {
    // Ketamine raises blood pressure during a session: the do-not-start level (140/90) would send needless calls.
    expect(card).not.toContain('140/90');
    expect(card).not.toMatch(/do not (take|start)/i);
  });

  it('has no running header: it is a page of its own, not a continuation', () => {
    expect(card).not.toContain('(continued)');
  });

  it('has a log of 13 rows of four empty, editable single-line fields (3 hours, every 15 minutes)', async () => {
    const form = (await PDFDocument.load(pdf.bytes)).getForm();
    const rows = Array.from({ length: 13 }, (_, index) => index + 1);

    expect(Object.fromEntries(logRows(form))).toEqual({ Time: rows, BloodPressure: rows, Pulse: rows, Notes: rows });
    for (const field of cardFields(form).filter((candidate) => candidate.getName().startsWith('log'))) {
      expect(field, field.getName()).toBeInstanceOf(PDFTextField);
      const text = field as PDFTextField;
      expect(text.getText() ?? '', field.getName()).toBe('');
      expect(text.isReadOnly(), field.getName()).toBe(false);
      expect(text.isMultiline(), field.getName()).toBe(false);
      // Room to write by hand.
      expect(text.acroField.getWidgets()[0]!.getRectangle().height).toBeGreaterThanOrEqual(15);
    }
  });

  it('holds each phone number in a large-type field named card<AnswerKey>, which can be edited', async () => {
    const form = (await PDFDocument.load(pdf.bytes)).getForm();

    for (const [name, key] of [
      ['cardProviderPhone', 'providerPhone'],
      ['cardClinicLine', 'clinicLine'],
      ['cardBackupPhone', 'backupPhone'],
      ['cardEmergencyNumber', 'emergencyNumber'],
    ] as const) {
      const field = form.getTextField(name);
      expect(field.getText(), name).toBe(answers[key]);
      expect(field.isReadOnly(), name).toBe(false);
      const size = Number(/ ([\d.]+) Tf/.exec(field.acroField.getDefaultAppearance() ?? '')![1]);
      expect(size, name).toBeGreaterThanOrEqual(20);
      expect(field.acroField.getWidgets()[0]!.getNormalAppearance(), name).toBeDefined();
    }
  });

  it('holds the backup contact and the medicines in editable copies named card<AnswerKey>', async () => {
    const form = (await PDFDocument.load(pdf.bytes)).getForm();

    for (const [name, key] of [
      ['cardBackupName', 'backupName'],
      ['cardMedicines', 'medicines'],
    ] as const) {
      expect(form.getTextField(name).getText(), name).toBe(answers[key]);
      expect(form.getTextField(name).isReadOnly(), name).toBe(false);
    }
  });

  it('puts every card field on the last page, inside the margins', async () => {
    const form = (await PDFDocument.load(pdf.bytes)).getForm();
    const fields = cardFields(form) as PDFTextField[];

    expect(fields.length).toBe(4 + 2 + 13 * 4);
    await expectOnLastPageInsideMargins(pdf, fields);
  });

  it('reads back the answers exactly, ignoring the card’s fields', async () => {
    expect(await readWorksheetPdf(pdf.bytes, cardWorksheet)).toEqual({
      ok: true,
      answers,
      version: 2,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('passes qpdf --check with no warnings', async () => {
    const check = await qpdfCheck(pdf.bytes);

    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });
});

describe('the log', () => {
  it('has 5 rows for a 2-hour session with look-ins every 30 minutes', async () => {
    for (const pageSize of ['letter', 'a4'] as const) {
      const pdf = await generateWorksheetPdf(
        cardWorksheet,
        cardAnswers(),
        options({ pageSize, clinic: clinicOptions({ sessionLengthHoursMax: 2, lookInIntervalMinutes: 30 }) }),
      );
      const form = (await PDFDocument.load(pdf.bytes)).getForm();
      const rows = [1, 2, 3, 4, 5];

      expect(Object.fromEntries(logRows(form)), pageSize).toEqual({
        Time: rows,
        BloodPressure: rows,
        Pulse: rows,
        Notes: rows,
      });
      await expectOnLastPageInsideMargins(pdf, cardFields(form) as PDFTextField[]);
      const questions = await generateWorksheetPdf(withoutCard(cardWorksheet), cardAnswers(), options({ pageSize }));
      expect(await pageCount(pdf.bytes)).toBe((await pageCount(questions.bytes)) + 1);
      expect(await readWorksheetPdf(pdf.bytes, cardWorksheet)).toEqual({
        ok: true,
        answers: cardAnswers(),
        version: 2,
        ignored: [],
        found: expect.any(Array),
        unreadable: [],
      });
    }
  });

  it('keeps every row on the one card page, shrinking rows, up to its limit (16 rows on letter, 22 on A4)', async () => {
    for (const [pageSize, limit] of [
      ['letter', 16],
      ['a4', 22],
    ] as const) {
      // limit - 1 look-ins of 10 minutes.
      const clinic = clinicOptions({ sessionLengthHoursMax: ((limit - 1) * 10) / 60, lookInIntervalMinutes: 10 });
      const pdf = await generateWorksheetPdf(cardWorksheet, cardAnswers(), options({ pageSize, clinic }));
      const form = (await PDFDocument.load(pdf.bytes)).getForm();

      expect(logRows(form).get('Time')?.length, pageSize).toBe(limit);
      await expectOnLastPageInsideMargins(pdf, cardFields(form) as PDFTextField[]);
      expect(normaliseSpace((await pdftotextPages(pdf.bytes)).at(-1)!)).not.toContain(englishPdfWords.logContinues);
    }
  });

  it('past its limit, draws the rows that fit at the smallest height and says to carry on on the back', async () => {
    // 12 hours at 5 minutes: 145 look-ins.
    const clinic = clinicOptions({ sessionLengthHoursMax: 12, lookInIntervalMinutes: 5 });
    for (const pageSize of ['letter', 'a4'] as const) {
      const pdf = await generateWorksheetPdf(cardWorksheet, cardAnswers(), options({ pageSize, clinic }));
      const form = (await PDFDocument.load(pdf.bytes)).getForm();
      const rows = logRows(form).get('Time')!;
      const questions = await generateWorksheetPdf(withoutCard(cardWorksheet), cardAnswers(), options({ pageSize }));

      expect(await pageCount(pdf.bytes), pageSize).toBe((await pageCount(questions.bytes)) + 1);
      expect(rows, pageSize).toEqual(Array.from({ length: rows.length }, (_, index) => index + 1));
      expect(rows.length, pageSize).toBe(pageSize === 'letter' ? 14 : 20);
      expect(form.getTextField('log1Time').acroField.getWidgets()[0]!.getRectangle().height).toBeCloseTo(15, 5);
      await expectOnLastPageInsideMargins(pdf, cardFields(form) as PDFTextField[]);
      expect(normaliseSpace((await pdftotextPages(pdf.bytes)).at(-1)!)).toContain(englishPdfWords.logContinues);
    }
  });
});

describe('card fields changed in a reader', () => {
  it('are skipped by resume: the answers come back as they were, nothing ignored', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, cardAnswers(), options());
    const doc = await PDFDocument.load(pdf.bytes);
    const form = doc.getForm();
    form.getTextField('cardProviderPhone').setText('+1 201 555 0999');
    form.getTextField('log1Time').setText('10:30');
    form.getTextField('log13Notes').setText('Asleep, breathing slowly');
    const edited = await doc.save();

    expect(await readWorksheetPdf(edited, cardWorksheet)).toEqual({
      ok: true,
      answers: cardAnswers(),
      version: 2,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });
});

describe('a phone answer too wide for one line', () => {
  it('wraps in a multiline field instead of being cut off', async () => {
    const providerPhone = '+44 20 7946 0000 ext. 1234 or 07700 900123';
    const pdf = await generateWorksheetPdf(
      cardWorksheet,
      { ...cardAnswers(), providerPhone },
      options({ pageSize: 'a4' }),
    );
    const form = (await PDFDocument.load(pdf.bytes)).getForm();

    expect(form.getTextField('cardProviderPhone').isMultiline()).toBe(true);
    expect(form.getTextField('cardProviderPhone').getText()).toBe(providerPhone);
    expect(normaliseSpace((await pdftotextPages(pdf.bytes)).at(-1)!)).toContain(providerPhone);
    expect(await pageCount(pdf.bytes)).toBe(3);
  });

  it('and a blank one leaves an empty box to write in', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, { ...cardAnswers(), providerPhone: '' }, options());
    const field = (await PDFDocument.load(pdf.bytes)).getForm().getTextField('cardProviderPhone');

    expect(field.getText() ?? '').toBe('');
    expect(field.acroField.getWidgets()[0]!.getRectangle().height).toBeGreaterThan(30);
  });
});

describe('card text outside what Helvetica draws', () => {
  it('loads the Unicode font and draws it', async () => {
    const greek: WorksheetDefinition = {
      ...cardWorksheet,
      cards: [{ ...cardWorksheet.cards![0]!, intro: 'Κρατήστε την κάρτα κοντά σας.' }],
    };
    const fonts = countingFontLoader();
    const pdf = await generateWorksheetPdf(greek, cardAnswers(), options({ loadUnicodeFont: fonts.load }));

    expect(fonts.calls()).toBe(1);
    expect(pdf.undrawable).toEqual([]);
    expect(normaliseSpace((await pdftotextPages(pdf.bytes)).at(-1)!)).toContain('Κρατήστε την κάρτα κοντά σας.');
  });
});

describe('a card too long for one page (a definition problem)', () => {
  it('still prints all of it on further pages, inside the margins, without failing', async () => {
    const long: CardBlock = {
      kind: 'steps',
      title: 'Many steps',
      items: Array.from({ length: 70 }, (_, index) => `Step number ${index + 1} of a very long card.`),
    };
    const definition: WorksheetDefinition = {
      ...cardWorksheet,
      cards: [{ ...cardWorksheet.cards![0]!, blocks: [...cardWorksheet.cards![0]!.blocks, long] }],
    };
    const pdf = await generateWorksheetPdf(definition, cardAnswers(), options());
    const doc = await PDFDocument.load(pdf.bytes);
    const text = normaliseSpace((await pdftotextPages(pdf.bytes)).join(' '));

    expect(doc.getPageCount()).toBeGreaterThan(3);
    expect(text).toContain('70. Step number 70 of a very long card.');
    expect(logRows(doc.getForm()).get('Time')).toHaveLength(13);
    await expectOnLastPageInsideMargins(pdf, cardFields(doc.getForm()) as PDFTextField[], true);
    expect(await readWorksheetPdf(pdf.bytes, definition)).toEqual({
      ok: true,
      answers: cardAnswers(),
      version: 2,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
    const check = await qpdfCheck(pdf.bytes);
    expect(check.code, check.stdout + check.stderr).toBe(0);
  });
});

describe('a card with a mistake in its definition', () => {
  const withBlocks = (blocks: CardBlock[]): WorksheetDefinition => ({
    ...cardWorksheet,
    cards: [{ title: 'Card', blocks }],
  });

  it('names a placeholder that is not a clinic value', async () => {
    const definition = withBlocks([{ kind: 'list', title: 'Call', items: ['the clinic on {clinic.fax}'] }]);
    await expect(generateWorksheetPdf(definition, cardAnswers(), options())).rejects.toThrow(
      /"\{clinic\.fax\}" is not a clinic value/,
    );
  });

  it('asks for options.clinic when the card needs clinic values or a log', async () => {
    await expect(generateWorksheetPdf(cardWorksheet, cardAnswers(), options({ clinic: undefined }))).rejects.toThrow(
      /options\.clinic/,
    );
    const logOnly = withBlocks([{ kind: 'log', title: 'Log', columns: [{ id: 'time', label: 'Time', width: 1 }] }]);
    await expect(generateWorksheetPdf(logOnly, cardAnswers(), options({ clinic: undefined }))).rejects.toThrow(
      /options\.clinic/,
    );
  });

  it('names a clinic value that was not passed', async () => {
    const clinic = { ...clinicOptions(), values: {} };
    await expect(generateWorksheetPdf(cardWorksheet, cardAnswers(), options({ clinic }))).rejects.toThrow(
      /has no value in options\.clinic\.values/,
    );
  });

  it('names a phone or answer entry whose answer is not a text answer', async () => {
    const definition = withBlocks([
      { kind: 'phones', title: 'Numbers', entries: [{ label: 'Agreed', answerKey: 'leaveAsSet' }] },
    ]);
    await expect(generateWorksheetPdf(definition, cardAnswers(), options())).rejects.toThrow(
      /phone entry "Agreed" names "leaveAsSet", which is not a text answer/,
    );
    const answers = withBlocks([
      { kind: 'answers', title: 'Details', entries: [{ label: 'Agreed', answerKey: 'leaveAsSet' }] },
    ]);
    await expect(generateWorksheetPdf(answers, cardAnswers(), options())).rejects.toThrow(
      /answer entry "Agreed" names "leaveAsSet", which is not a text answer/,
    );
  });

  it('refuses a log column id that is not camelCase, and a card field that takes another field’s name', async () => {
    const badColumn = withBlocks([
      { kind: 'log', title: 'Log', columns: [{ id: 'blood-pressure', label: 'BP', width: 1 }] },
    ]);
    await expect(generateWorksheetPdf(badColumn, cardAnswers(), options())).rejects.toThrow(/camelCase/);
    const twice = withBlocks([
      {
        kind: 'phones',
        title: 'Numbers',
        entries: [
          { label: 'A', answerKey: 'clinicLine' },
          { label: 'B', answerKey: 'clinicLine' },
        ],
      },
    ]);
    await expect(generateWorksheetPdf(twice, cardAnswers(), options())).rejects.toThrow(
      /"cardClinicLine" has the name of another field/,
    );
  });
});

describe('createTextField', () => {
  it('refuses a name it has already given out, and a dotted one', async () => {
    const form = (await PDFDocument.create()).getForm();
    createTextField(form, 'log1Time');

    expect(() => createTextField(form, 'log1Time')).toThrow(/log1Time/);
    expect(() => createTextField(form, 'a.b')).toThrow(/a\.b/);
    expect(form.getFields().map((field) => field.getName())).toEqual(['log1Time']);
  });
});

describe('a worksheet without a card', () => {
  it('needs no clinic options and gets no card page', async () => {
    const pdf = await generateWorksheetPdf(withoutCard(cardWorksheet), cardAnswers(), options({ clinic: undefined }));
    const form = (await PDFDocument.load(pdf.bytes)).getForm();

    expect(cardFields(form)).toEqual([]);
    expect(await readWorksheetPdf(pdf.bytes, cardWorksheet)).toEqual({
      ok: true,
      answers: cardAnswers(),
      version: 2,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });
});

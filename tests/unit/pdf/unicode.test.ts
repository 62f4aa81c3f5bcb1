import { afterAll, describe, expect, it, vi } from 'vitest';
import { generateWorksheetPdf, type GenerateWorksheetPdfOptions } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { everyKindAnswers, everyKindWorksheet } from '../../fixtures/pdf/every-kind-worksheet';
import { pdfOptions } from '../../fixtures/pdf/options';
import {
  countingFontLoader,
  normaliseSpace,
  pdftotext,
  qpdfCheck,
  removeTemporaries,
} from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

const options = (overrides: Partial<GenerateWorksheetPdfOptions> = {}) => pdfOptions({ pageSize: 'a4', ...overrides });

const withNotes = (notes: string, extra: WorksheetAnswers = {}): WorksheetAnswers => ({
  ...everyKindAnswers(),
  notes,
  ...extra,
});

/** Text the bundled Noto Sans draws: Latin Extended, Greek, Cyrillic, and a composed accent. */
const drawable = {
  latinExtended: 'Zoë Ødegård-Łukasiewicz, Şahin Çelik, Nguyễn Thị Ánh, Dvořák',
  greek: 'Καλημέρα, θέλω να καταλάβω τον εαυτό μου.',
  cyrillic: 'Я хочу понять себя и быть добрее к себе. Ґанок, Ђорђе, Әлия.',
  combiningAcute: 'cafe\u0301 and nai\u0308ve',
};

/** Text no font we ship can draw, each with the grapheme clusters `undrawable` should name. */
const undrawable: [string, string, string[]][] = [
  ['CJK', '日本語で書きます', ['日', '本', '語', 'で', '書', 'き', 'ま', 'す']],
  ['Arabic', 'مرحبا', ['م', 'ر', 'ح', 'ب', 'ا']],
  ['Hebrew', 'שָׁלוֹם', ['שָׁ', 'ל', 'וֹ', 'ם']],
  ['emoji (with a skin tone and a ZWJ family)', 'ok 👍🏽 👨‍👩‍👧', ['👍🏽', '👨‍👩‍👧']],
  ['a combining mark the font lacks', 'circled 1\u20dd', ['1\u20dd']],
  ['astral-plane letters', '𝒜𝓁𝓅𝒽𝒶', ['𝒜', '𝓁', '𝓅', '𝒽', '𝒶']],
];

describe('Latin Extended, Greek and Cyrillic answers', () => {
  it.each(Object.entries(drawable))('are drawn with the Unicode font and read back exactly: %s', async (_, text) => {
    const fonts = countingFontLoader();
    const answers = withNotes(text, { fullName: text.slice(0, 40) });
    const pdf = await generateWorksheetPdf(everyKindWorksheet, answers, options({ loadUnicodeFont: fonts.load }));
    const printed = normaliseSpace(await pdftotext(pdf.bytes)).normalize('NFC');

    expect(printed).toContain(normaliseSpace(text).normalize('NFC'));
    expect(pdf.undrawable).toEqual([]);
    expect(fonts.calls()).toBe(1);
    expect(await readWorksheetPdf(pdf.bytes, everyKindWorksheet)).toMatchObject({ ok: true, answers });
  });

  it('make a PDF that passes qpdf --check', async () => {
    const pdf = await generateWorksheetPdf(
      everyKindWorksheet,
      withNotes(Object.values(drawable).join('\n')),
      options({ loadUnicodeFont: countingFontLoader().load }),
    );
    const check = await qpdfCheck(pdf.bytes);

    expect(check.code).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });
});

describe('answers in scripts the font cannot draw', () => {
  it.each(undrawable)(
    'keep %s exactly in the field value and name what could not be drawn',
    async (_, text, clusters) => {
      const answers = withNotes(`Before ${text} after`, { moodOther: text });
      const pdf = await generateWorksheetPdf(
        everyKindWorksheet,
        answers,
        options({ loadUnicodeFont: countingFontLoader().load }),
      );

      expect(pdf.undrawable).toEqual(clusters);
      expect(await readWorksheetPdf(pdf.bytes, everyKindWorksheet)).toEqual({
        ok: true,
        answers,
        version: 3,
        ignored: [],
        found: expect.any(Array),
        unreadable: [],
      });
    },
  );

  it('print a replacement character (�) in place of each character that cannot be drawn, and the rest as typed', async () => {
    const pdf = await generateWorksheetPdf(
      everyKindWorksheet,
      withNotes('Hello 日本 world'),
      options({ loadUnicodeFont: countingFontLoader().load }),
    );

    expect(normaliseSpace(await pdftotext(pdf.bytes))).toContain('Hello \ufffd\ufffd world');
  });

  it('make a PDF that passes qpdf --check', async () => {
    const text = undrawable.map(([, sample]) => sample).join('\n');
    const pdf = await generateWorksheetPdf(
      everyKindWorksheet,
      withNotes(text),
      options({ loadUnicodeFont: countingFontLoader().load }),
    );
    const check = await qpdfCheck(pdf.bytes);

    expect(check.code).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });
});

describe('the Unicode font', () => {
  it('is not loaded when Helvetica can draw every character (WinAnsi: accents, curly quotes, €, dashes)', async () => {
    const fonts = countingFontLoader();
    const answers = withNotes('Café “quoted” — 5 € · naïve Œuvre', { fullName: 'José Müller' });
    const pdf = await generateWorksheetPdf(everyKindWorksheet, answers, options({ loadUnicodeFont: fonts.load }));

    expect(fonts.calls()).toBe(0);
    expect(pdf.undrawable).toEqual([]);
    expect(normaliseSpace(await pdftotext(pdf.bytes))).toContain('Café “quoted” — 5 € · naïve Œuvre');
  });

  it('is not loaded for invisible characters alone (line separators, zero-width joiners, controls)', async () => {
    const fonts = countingFontLoader();
    await generateWorksheetPdf(
      everyKindWorksheet,
      withNotes('a\u2028b\u200dc\u0007d\ufeff'),
      options({ loadUnicodeFont: fonts.load }),
    );

    expect(fonts.calls()).toBe(0);
  });

  it('is loaded exactly once when some character is outside WinAnsi, however many there are', async () => {
    const fonts = countingFontLoader();
    await generateWorksheetPdf(
      everyKindWorksheet,
      withNotes('Ωμέγα', { fullName: 'Жанна', moodOther: 'Ł' }),
      options({ loadUnicodeFont: fonts.load }),
    );

    expect(fonts.calls()).toBe(1);
  });

  it('is loaded for a clinic name outside WinAnsi too', async () => {
    const fonts = countingFontLoader();
    const pdf = await generateWorksheetPdf(
      everyKindWorksheet,
      everyKindAnswers(),
      options({ clinicName: 'Клиника Здоровье', loadUnicodeFont: fonts.load }),
    );

    expect(fonts.calls()).toBe(1);
    expect(await pdftotext(pdf.bytes)).toContain('Клиника Здоровье');
  });

  it('failing to load still gives a PDF whose values are exact, with what Helvetica cannot draw reported', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const answers = withNotes('Ωμέγα and café');
    const pdf = await generateWorksheetPdf(
      everyKindWorksheet,
      answers,
      options({ loadUnicodeFont: () => Promise.reject(new Error('offline')) }),
    );
    warn.mockRestore();

    expect(pdf.undrawable).toEqual(['Ω', 'μ', 'έ', 'γ', 'α']);
    expect(await readWorksheetPdf(pdf.bytes, everyKindWorksheet)).toMatchObject({ ok: true, answers });
    expect((await qpdfCheck(pdf.bytes)).code).toBe(0);
  });

  it('is not needed for a PDF to be made at all: without a loader, non-WinAnsi text is reported', async () => {
    const pdf = await generateWorksheetPdf(everyKindWorksheet, withNotes('Жанна'), options());

    expect(pdf.undrawable).toEqual(['Ж', 'а', 'н']);
  });
});

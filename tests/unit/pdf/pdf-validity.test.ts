import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf, type GenerateWorksheetPdfOptions } from '../../../src/pdf/generate';
import { emptyAnswers } from '../../../src/worksheets/answers';
import { intentionWorksheet } from '../../../src/worksheets/intention/definition';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { answersAtLimit, typicalIntentionAnswers } from '../../fixtures/pdf/answers';
import { pdfOptions } from '../../fixtures/pdf/options';
import { countingFontLoader, pdfinfo, qpdfCheck, removeTemporaries } from '../../fixtures/pdf/pdf-tools';
import en from '../../../src/i18n/en/ui.json' with { type: 'json' };
import { uiStrings } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';

afterAll(removeTemporaries);

const options = (overrides: Partial<GenerateWorksheetPdfOptions> = {}) =>
  pdfOptions({ loadUnicodeFont: countingFontLoader().load, ...overrides });

const unicodeAnswers = (): WorksheetAnswers => ({
  ...typicalIntentionAnswers(intentionWorksheet),
  yourName: 'Zoë Ødegård-Łukasiewicz',
  intentions: 'Καλημέρα. Я хочу понять себя. 日本語のテキスト. مرحبا. שלום. 👍🏽 e\u0301',
});

const cases: [string, () => WorksheetAnswers][] = [
  ['a typical', () => typicalIntentionAnswers(intentionWorksheet)],
  ['an empty', () => emptyAnswers(intentionWorksheet)],
  ['an at-limit', () => answersAtLimit(intentionWorksheet)],
  ['a Unicode', unicodeAnswers],
];

describe.each(cases)('%s intention worksheet PDF', (_, answers) => {
  it('passes qpdf --check with no errors or warnings', async () => {
    const { bytes } = await generateWorksheetPdf(intentionWorksheet, answers(), options());
    const check = await qpdfCheck(bytes);

    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
    expect(check.stdout).toContain('No syntax or stream encoding errors found');
  });
});

describe('pdfinfo of a worksheet PDF', () => {
  it('shows an AcroForm, the title and US Letter pages for letter', async () => {
    const info = await pdfinfo(
      (await generateWorksheetPdf(intentionWorksheet, typicalIntentionAnswers(intentionWorksheet), options())).bytes,
    );

    expect(info).toMatch(/^Form:\s+AcroForm$/m);
    expect(info).toMatch(/^Title:\s+Intention worksheet$/m);
    expect(info).toMatch(/^Page size:\s+612 x 792 pts \(letter\)$/m);
  });

  it('shows A4 pages for a4', async () => {
    const info = await pdfinfo(
      (
        await generateWorksheetPdf(
          intentionWorksheet,
          typicalIntentionAnswers(intentionWorksheet),
          options({ pageSize: 'a4' }),
        )
      ).bytes,
    );

    expect(info).toMatch(/^Page size:\s+595\.28 x 841\.89 pts \(A4\)$/m);
    expect(info).toMatch(/^Form:\s+AcroForm$/m);
  });

  it('shows the subject, the kit as creator and producer, the marker keyword and the creation date', async () => {
    const info = await pdfinfo((await generateWorksheetPdf(intentionWorksheet, {}, options())).bytes);

    expect(info).toMatch(new RegExp(`^Subject:\\s+${intentionWorksheet.description}$`, 'm'));
    expect(info).toMatch(/^Creator:\s+KAP Prep Kit$/m);
    expect(info).toMatch(/^Producer:\s+KAP Prep Kit/m);
    expect(info).toMatch(new RegExp(`^Keywords:\\s+KapPrepKit:intention@${intentionWorksheet.version}$`, 'm'));
    expect(info).toMatch(/^CreationDate:.*2026/m);
  });
});

describe('the document catalog and information of a worksheet PDF', () => {
  it('holds the translator’s language, shows the title in the window bar, and names the worksheet and version', async () => {
    const doc = await PDFDocument.load(
      (await generateWorksheetPdf(intentionWorksheet, {}, options({ ui: createTranslator(uiStrings('en'), 'en-GB') })))
        .bytes,
    );
    const info = doc.context.lookup(doc.context.trailerInfo.Info);

    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe('en-GB');
    expect(doc.catalog.lookup(PDFName.of('ViewerPreferences'))?.toString()).toMatch(/DisplayDocTitle true/);
    expect(doc.getTitle()).toBe('Intention worksheet');
    expect(doc.getSubject()).toBe(intentionWorksheet.description);
    expect(info?.toString()).toContain('/KapPrepKit');
  });

  it('refuses a translator whose language is not a BCP 47 tag, and a page size it does not know', async () => {
    await expect(
      generateWorksheetPdf(intentionWorksheet, {}, options({ ui: createTranslator(en, 'English (UK)') })),
    ).rejects.toThrow(/BCP 47/);
    await expect(generateWorksheetPdf(intentionWorksheet, {}, options({ pageSize: 'legal' as never }))).rejects.toThrow(
      /page size/,
    );
  });
});

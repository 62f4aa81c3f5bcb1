import { PDFDict, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { MAX_PDF_BYTES, readWorksheetPdf, type ReadResult } from '../../../src/pdf/read';
import { answerSlots, emptyAnswers } from '../../../src/worksheets/answers';
import { intentionWorksheet } from '../../../src/worksheets/intention/definition';
import type { WorksheetDefinition } from '../../../src/worksheets/types';
import { typicalIntentionAnswers } from '../../fixtures/pdf/answers';
import { everyKindAnswers, everyKindWorksheet } from '../../fixtures/pdf/every-kind-worksheet';
import {
  handMadePdf,
  lyingCrossReferenceStream,
  objectStreamBomb,
  valueStreamBomb,
  withActiveContent,
  withExtraFields,
  withValue,
} from '../../fixtures/pdf/hostile';
import { pdfOptions } from '../../fixtures/pdf/options';
import { encryptWithQpdf, removeTemporaries, rewriteWithQpdf } from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

const options = pdfOptions();

let intentionPdf: Uint8Array;
beforeAll(async () => {
  intentionPdf = (await generateWorksheetPdf(intentionWorksheet, typicalIntentionAnswers(intentionWorksheet), options))
    .bytes;
});

/** The failure's reason ('ok' for a read that worked); the page words it (see resume-words.test.ts). */
function reasonOf(result: ReadResult): string {
  return result.ok ? 'ok' : result.reason;
}

const ascii = (text: string) => new TextEncoder().encode(text);

describe('resuming from a file that is not a worksheet PDF', () => {
  it('refuses a file that is not a PDF, even when it is named .pdf', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...ascii('not really a PDF')]);
    expect(reasonOf(await readWorksheetPdf(png, intentionWorksheet))).toBe('not-pdf');
    const wordDocument = Uint8Array.from([
      0x50,
      0x4b,
      0x03,
      0x04,
      ...ascii('[Content_Types].xml word/document.xml '.repeat(100)),
    ]);
    expect(reasonOf(await readWorksheetPdf(wordDocument, intentionWorksheet))).toBe('not-pdf');
  });

  it('says an empty file is empty', async () => {
    const result = await readWorksheetPdf(new Uint8Array(), intentionWorksheet);
    expect(reasonOf(result)).toBe('empty');
  });

  it('refuses a file over 20 MB before parsing it', async () => {
    const huge = new Uint8Array(MAX_PDF_BYTES + 1);
    huge.set(ascii('%PDF-1.7\n'));
    const result = await readWorksheetPdf(huge.buffer, intentionWorksheet);
    expect(reasonOf(result)).toBe('too-large');
  });

  it('refuses a truncated PDF as damaged', async () => {
    expect(
      reasonOf(await readWorksheetPdf(intentionPdf.slice(0, Math.floor(intentionPdf.length / 2)), intentionWorksheet)),
    ).toBe('damaged');
  });

  it('never throws on a PDF cut short anywhere, or with bytes overwritten', async () => {
    for (let cut = 1; cut < 20; cut++) {
      const result = await readWorksheetPdf(
        intentionPdf.slice(0, Math.floor((intentionPdf.length * cut) / 20)),
        intentionWorksheet,
      );
      expect(result.ok).toBe(false);
    }
    for (let at = 1; at < 20; at++) {
      const corrupted = intentionPdf.slice();
      corrupted.fill(0x28, Math.floor((corrupted.length * at) / 20), Math.floor((corrupted.length * at) / 20) + 200);
      const result = await readWorksheetPdf(corrupted, intentionWorksheet);
      expect(['ok', 'damaged', 'not-from-kit']).toContain(result.ok ? 'ok' : result.reason);
    }
  });

  it('refuses as damaged, without parsing it, a file that is mostly junk after a PDF header', async () => {
    const words = ascii(`%PDF-1.7\n${'lorem ipsum dolor sit amet '.repeat(200_000)}\n%%EOF\n`);
    const random = new Uint8Array(19 * 1024 * 1024);
    for (let index = 0; index < random.length; index++) random[index] = Math.imul(index, 2654435761) >>> 24;
    random.set(ascii('%PDF-1.7\n'));
    random.set(ascii('\n%%EOF\n'), random.length - 7);

    for (const file of [words, random])
      expect(reasonOf(await readWorksheetPdf(file, intentionWorksheet))).toBe('damaged');
  });

  it('refuses, without parsing it, a flood of objects', async () => {
    const objects = ascii(`%PDF-1.7\n${'1 0 obj (x) endobj\n'.repeat(100_000)}%%EOF\n`);
    expect(reasonOf(await readWorksheetPdf(objects, intentionWorksheet))).toBe('too-complex');
  });

  it('refuses an encrypted PDF, saying so apart when it opens without a password', async () => {
    expect(reasonOf(await readWorksheetPdf(await encryptWithQpdf(intentionPdf), intentionWorksheet))).toBe(
      'encrypted-no-password',
    );
    const withPassword = await rewriteWithQpdf(intentionPdf, ['--encrypt', 'user', 'owner', '256', '--']);
    expect(reasonOf(await readWorksheetPdf(withPassword, intentionWorksheet))).toBe('encrypted');
  });

  it('refuses a PDF that was not made with the kit', async () => {
    const doc = await PDFDocument.create();
    const page = doc.addPage();
    page.drawText('A plain PDF', { font: await doc.embedFont(StandardFonts.Helvetica) });
    // Even one whose field names happen to match an answer.
    doc.getForm().createTextField('intentions').addToPage(page);
    expect(reasonOf(await readWorksheetPdf(await doc.save(), intentionWorksheet))).toBe('not-from-kit');
  });

  it('refuses another worksheet’s PDF', async () => {
    const other = await generateWorksheetPdf(everyKindWorksheet, everyKindAnswers(), options);
    const result = await readWorksheetPdf(other.bytes, intentionWorksheet);
    expect(reasonOf(result)).toBe('other-worksheet');
  });
});

describe('resuming from a worksheet PDF', () => {
  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const result = await readWorksheetPdf(intentionPdf.slice().buffer, intentionWorksheet);
    expect(result).toEqual({
      ok: true,
      answers: typicalIntentionAnswers(intentionWorksheet),
      version: intentionWorksheet.version,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('reads answers edited in another program, and lists fields it does not know', async () => {
    const doc = await PDFDocument.load(intentionPdf);
    const form = doc.getForm();
    form.getTextField('intentions').setText('Edited later\rin a reader that writes CR');
    form.getCheckBox('groundingOptions.music').uncheck();
    form.getCheckBox('groundingOptions.object').check();
    form.getRadioGroup('modality').select('group');
    form.createTextField('favouriteColour').setText('green');
    const result = await readWorksheetPdf(await doc.save({ updateFieldAppearances: false }), intentionWorksheet);

    expect(result).toEqual({
      ok: true,
      version: intentionWorksheet.version,
      ignored: ['favouriteColour'],
      answers: {
        ...typicalIntentionAnswers(intentionWorksheet),
        intentions: 'Edited later\rin a reader that writes CR',
        groundingOptions: ['slow-breathing', 'object'],
        modality: 'group',
      },
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it.each([
    ['without object streams', ['--object-streams=disable']],
    ['linearized', ['--linearize']],
    ['with object streams regenerated', ['--object-streams=generate']],
  ])('reads a copy another program rewrote %s', async (_, rewrite) => {
    const result = await readWorksheetPdf(await rewriteWithQpdf(intentionPdf, rewrite), intentionWorksheet);
    expect(result).toEqual({
      ok: true,
      answers: typicalIntentionAnswers(intentionWorksheet),
      version: intentionWorksheet.version,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('still recognises the PDF when a reader dropped the document information', async () => {
    const doc = await PDFDocument.load(intentionPdf);
    doc.context.trailerInfo.Info = undefined;
    const result = await readWorksheetPdf(await doc.save(), intentionWorksheet);
    expect(result.ok).toBe(true);
  });

  it('still recognises the PDF from its Keywords when a reader dropped the marker field and Info entry', async () => {
    const doc = await PDFDocument.load(intentionPdf);
    doc.getForm().removeField(doc.getForm().getField('_kapPrepKit'));
    const info = doc.context.lookup(doc.context.trailerInfo.Info, PDFDict);
    info.delete(PDFName.of('KapPrepKit'));
    const result = await readWorksheetPdf(await doc.save(), intentionWorksheet);
    expect(result.ok && result.version).toBe(intentionWorksheet.version);
  });

  it('restores what still exists from an older version, and lists the rest as ignored', async () => {
    const version1: WorksheetDefinition = everyKindWorksheet;
    const version4: WorksheetDefinition = {
      ...everyKindWorksheet,
      version: 4,
      sections: everyKindWorksheet.sections.map((section) => ({
        ...section,
        // "phone" is gone, "bring" lost its "blanket" option, "pronouns" is new.
        fields: section.fields
          .filter((field) => field.id !== 'phone')
          .map((field) =>
            field.id === 'bring' && field.kind === 'checkbox-group'
              ? { ...field, options: field.options.filter((option) => option.value !== 'blanket') }
              : field,
          )
          .concat(section.id === 'details' ? [{ id: 'pronouns', kind: 'text', label: 'Pronouns', maxLength: 40 }] : []),
      })),
    };
    const old = await generateWorksheetPdf(version1, { ...everyKindAnswers(), bring: ['water', 'blanket'] }, options);
    const result = await readWorksheetPdf(old.bytes, version4);

    const { phone: _, ...stillExisting } = everyKindAnswers();
    expect(result).toEqual({
      ok: true,
      version: 3,
      answers: { ...emptyAnswers(version4), ...stillExisting, bring: ['water'] },
      ignored: ['phone', 'bring.blanket'],
      // "pronouns" is new: the old PDF has no field for it.
      found: answerSlots(version4)
        .map((slot) => slot.key)
        .filter((key) => key !== 'pronouns'),
      unreadable: [],
    });
  });
});

/** Reads `bytes` as the intention worksheet; returns the result and how long it took. */
async function timedRead(bytes: Uint8Array): Promise<{ result: ReadResult; ms: number }> {
  const start = performance.now();
  const result = await readWorksheetPdf(bytes, intentionWorksheet);
  return { result, ms: performance.now() - start };
}

/** Unbounded, each of these took pdf-lib from seconds to minutes and up to gigabytes; now they are refused at once. */
const QUICK_MS = 2_000;

describe('resuming from a file crafted to be costly or to act', () => {
  it('reads only the answers of a PDF carrying scripts, actions and links, exactly as without them', async () => {
    const hostile = await withActiveContent(intentionPdf, 'whyNow', 'https://attacker.example/steal');
    const doc = await PDFDocument.load(hostile);
    expect(doc.catalog.has(PDFName.of('OpenAction')) && doc.catalog.has(PDFName.of('Names'))).toBe(true);
    expect(await readWorksheetPdf(hostile, intentionWorksheet)).toEqual(
      await readWorksheetPdf(intentionPdf, intentionWorksheet),
    );
  });

  it.each([
    ['plainly', '/ObjStm'],
    ['with its type spelled with # escapes', '/Obj#53t#6d'],
  ])('refuses at once a few KB whose object stream inflates to 20 MB, named %s', async (_, typeName) => {
    const bomb = objectStreamBomb(20_000_000, 'intention@1', typeName);
    expect(bomb.length).toBeLessThan(50_000);
    const { result, ms } = await timedRead(bomb);
    expect(reasonOf(result)).toBe('too-complex');
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('reads an object stream within the limits as before', async () => {
    const result = await readWorksheetPdf(objectStreamBomb(1_000), intentionWorksheet);
    expect(result.ok && result.answers.whyNow).toBe('a'.repeat(1_000));
  });

  it('refuses at once a cross-reference stream that claims a billion entries', async () => {
    const { result, ms } = await timedRead(lyingCrossReferenceStream(1_000_000_000));
    expect(reasonOf(result)).toBe('too-complex');
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('refuses an object stream it cannot measure: another filter, or a type given by reference', async () => {
    const form = {
      1: '<< /Type /Catalog /Pages 2 0 R >>',
      2: '<< /Type /Pages /Kids [] /Count 0 >>',
      3: '/ObjStm',
    };
    const lzw = handMadePdf({
      ...form,
      4: { dictionary: '/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode', data: ascii('5 0 (x)') },
    });
    const byReference = handMadePdf({
      ...form,
      4: { dictionary: '/Type 3 0 R /N 1 /First 4', data: ascii('5 0 (x)') },
    });
    const countByReference = handMadePdf({
      ...form,
      4: { dictionary: '/Type /ObjStm /N 3 0 R /First 4', data: ascii('5 0 (x)') },
    });
    for (const file of [lzw, byReference, countByReference])
      expect(reasonOf(await readWorksheetPdf(file, intentionWorksheet))).toBe('damaged');
  });

  it.each([
    ['in a compressed object stream (a 40 KB file)', true],
    ['written out in full (a 5 MB file)', false],
  ])('refuses at once a worksheet PDF with a 5 MB answer, %s', async (_, compressed) => {
    const { result, ms } = await timedRead(await withValue(intentionPdf, 'whyNow', 'x'.repeat(5_000_000), compressed));
    expect(reasonOf(result)).toBe('too-complex');
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('refuses at once a worksheet PDF with 20,000 more fields', async () => {
    const { result, ms } = await timedRead(await withExtraFields(intentionPdf, 20_000, (index) => `extra${index}`));
    expect(reasonOf(result)).toBe('too-complex');
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('reads a worksheet PDF with 3,000 more fields, listing them as ignored', async () => {
    const { result, ms } = await timedRead(await withExtraFields(intentionPdf, 3_000, (index) => `extra${index}`));
    expect(result.ok && result.ignored.length).toBe(3_000);
    expect(result.ok && result.answers).toEqual(typicalIntentionAnswers(intentionWorksheet));
    expect(ms).toBeLessThan(QUICK_MS);
  });

  it('reads an answer stored as a stream, but not one that inflates past the limit', async () => {
    const small = await readWorksheetPdf(valueStreamBomb(1_000), intentionWorksheet);
    expect(small.ok && small.answers.whyNow).toBe('a'.repeat(1_000));
    const { result, ms } = await timedRead(valueStreamBomb(100_000_000));
    expect(result.ok && result.answers.whyNow).toBe('');
    expect(result.ok && result.unreadable).toEqual([{ key: 'whyNow', reason: 'too-long' }]);
    expect(ms).toBeLessThan(QUICK_MS);
  });
});

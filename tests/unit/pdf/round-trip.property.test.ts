import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { answerSlots, choiceOptions } from '../../../src/worksheets/answers';
import type { ChoiceField, WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { everyKindWorksheet } from '../../fixtures/pdf/every-kind-worksheet';
import { pdfOptions } from '../../fixtures/pdf/options';
import { countingFontLoader, qpdfCheck, removeTemporaries } from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);

/** Runs of the property; every PDF also goes through qpdf --check. */
const RUNS = 200;
const QPDF_EVERY = 1;

/**
 * Any text up to `maxLength` units: arbitrary code points (controls, unassigned, astral, combining,
 * right-to-left — fast-check's 'binary'), whole graphemes (emoji sequences, CJK, marks), text that
 * Helvetica can draw (so both font paths run), and line-break soup (CR, LF, CRLF, separators).
 */
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'grapheme-ascii', maxLength }),
    fc.string({ unit: fc.constantFrom('\r\n', '\n', '\r', '\u2028', ' ', '\t', 'word', 'é', 'Ω', '日', '👍🏽', 'x'.repeat(90)), maxLength: Math.min(maxLength, 300) }),
  );

/** Random answers to every slot of `definition`: any text, any yes/no, any picks of the options. */
function anyAnswers(definition: WorksheetDefinition): fc.Arbitrary<WorksheetAnswers> {
  const shape: Record<string, fc.Arbitrary<string | boolean | string[]>> = {};
  for (const slot of answerSlots(definition)) {
    switch (slot.kind) {
      case 'text':
      case 'multiline':
        shape[slot.key] = anyText(slot.maxLength!);
        break;
      case 'date':
      case 'time':
        // The engine stores what it is given; a reader may hold anything in these fields.
        shape[slot.key] = fc.oneof(fc.constant(''), fc.constant('2026-03-14'), fc.constant('14:30'), anyText(40));
        break;
      case 'checkbox':
        shape[slot.key] = fc.boolean();
        break;
      case 'choice':
        shape[slot.key] = fc.constantFrom('', ...choiceOptions(slot.field as ChoiceField).map((option) => option.value));
        break;
      case 'choices':
        // subarray keeps the options' order, which is the order read gives picks back in.
        shape[slot.key] = fc.subarray(choiceOptions(slot.field as ChoiceField).map((option) => option.value));
        break;
    }
  }
  return fc.record(shape);
}

describe('any answers', () => {
  it(`read back exactly from the PDF made of them (${RUNS} random answer sets)`, async () => {
    const fonts = countingFontLoader();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(anyAnswers(everyKindWorksheet), fc.constantFrom<'letter' | 'a4'>('letter', 'a4'), async (answers, pageSize) => {
        const pdf = await generateWorksheetPdf(everyKindWorksheet, answers, pdfOptions({ pageSize, loadUnicodeFont: fonts.load }));
        const read = await readWorksheetPdf(pdf.bytes, everyKindWorksheet);
        expect(read).toEqual({ ok: true, answers, version: everyKindWorksheet.version, ignored: [], found: expect.any(Array), unreadable: [] });

        run += 1;
        if (run % QPDF_EVERY === 0) {
          const check = await qpdfCheck(pdf.bytes);
          expect(check.code, check.stdout + check.stderr).toBe(0);
          expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
        }
      }),
      { numRuns: RUNS },
    );
    expect(run).toBeGreaterThanOrEqual(RUNS);
    // About 30 s alone; 200 PDFs and 200 qpdf runs can take four times that on a busy 2-core machine.
  }, 300_000);
});

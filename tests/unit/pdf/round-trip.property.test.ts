import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { allFields, answerSlots, emptyAnswers } from '../../../src/worksheets/answers';
import { examplesOf } from '../../../src/worksheets/kinds/examples-table';
import { AWKWARD_TEXTS } from '../../../src/worksheets/kinds/shared/example-answers';
import type { AnswerValue, WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { kindsWorksheet } from '../../fixtures/kinds-worksheet';
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
    fc.string({
      unit: fc.constantFrom('\r\n', '\n', '\r', '\u2028', ' ', '\t', 'word', 'é', 'Ω', '日', '👍🏽', 'x'.repeat(90)),
      maxLength: Math.min(maxLength, 300),
    }),
  );

/**
 * Random answers to every field of `definition`: for each field, one of its kind's example answer
 * sets (typical, at the limit, empty, awkward: `kinds/<kind>/examples.ts`), and in every slot
 * that holds any text (its kind's `fit` keeps awkward text whole: names, numbers, long answers,
 * "Other" text) any text at all. The kinds come from the table, so a new kind is covered here
 * the moment its folder exists.
 */
function anyAnswers(definition: WorksheetDefinition): fc.Arbitrary<WorksheetAnswers> {
  const sets = allFields(definition).map((field) => {
    const examples = examplesOf(field).answers(field);
    return fc.constantFrom(examples.typical, examples.atLimit, examples.empty, ...examples.awkward);
  });
  const texts: Record<string, fc.Arbitrary<AnswerValue | undefined>> = {};
  for (const slot of answerSlots(definition)) {
    if (slot.answer.type === 'string' && AWKWARD_TEXTS.every((text) => slot.answer.fit(text) === text)) {
      texts[slot.key] = fc.option(anyText(slot.maxLength ?? 2000), { nil: undefined, freq: 2 });
    }
  }
  return fc.tuple(fc.tuple(...sets), fc.record(texts)).map(([picked, typed]) => {
    const answers: WorksheetAnswers = { ...emptyAnswers(definition), ...Object.assign({}, ...picked) };
    for (const [key, text] of Object.entries(typed)) if (text !== undefined) answers[key] = text;
    return answers;
  });
}

describe('any answers', () => {
  it(`to a field of every kind, shown or not, read back exactly from the PDF made of them (${RUNS} random answer sets)`, async () => {
    const fonts = countingFontLoader();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        anyAnswers(kindsWorksheet),
        fc.constantFrom<'letter' | 'a4'>('letter', 'a4'),
        async (answers, pageSize) => {
          const pdf = await generateWorksheetPdf(
            kindsWorksheet,
            answers,
            pdfOptions({ pageSize, loadUnicodeFont: fonts.load }),
          );
          const read = await readWorksheetPdf(pdf.bytes, kindsWorksheet);
          expect(read).toEqual({
            ok: true,
            answers,
            version: kindsWorksheet.version,
            ignored: [],
            found: expect.any(Array),
            unreadable: [],
          });

          run += 1;
          if (run % QPDF_EVERY === 0) {
            const check = await qpdfCheck(pdf.bytes);
            expect(check.code, check.stdout + check.stderr).toBe(0);
            expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(run).toBeGreaterThanOrEqual(RUNS);
    // About 30 s alone; 200 PDFs and 200 qpdf runs can take four times that on a busy 2-core machine.
  }, 300_000);
});

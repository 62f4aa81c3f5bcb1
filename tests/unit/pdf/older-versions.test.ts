import { afterAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { leftOutMessages } from '../../../src/components/forms/draft-keeping';
import { answerSlots, emptyAnswers, offeredOptions } from '../../../src/worksheets/answers';
import chaperoneWorksheet from '../../../src/worksheets/chaperone/definition';
import intentionWorksheet from '../../../src/worksheets/intention/definition';
import type { ChoiceField, WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { answersAtLimit, typicalAnswers } from '../../fixtures/pdf/answers';
import { clinicOptions } from '../../fixtures/pdf/card-worksheet';
import { englishUi, pdfOptions } from '../../fixtures/pdf/options';
import { drawnSignaturePng, pngDataUrl } from '../../fixtures/pdf/png';
import { removeTemporaries } from '../../fixtures/pdf/pdf-tools';
import { chaperoneWorksheetV1 } from '../../fixtures/pdf/v1/chaperone';
import { intentionWorksheetV1 } from '../../fixtures/pdf/v1/intention';

afterAll(removeTemporaries);

const signature = pngDataUrl(drawnSignaturePng());

/**
 * A PDF saved with an older version of a worksheet (made here from a frozen copy of that version's
 * definition, tests/fixtures/pdf/v1/) resumes into the current one: every answer it held comes back,
 * nothing is named as left out, and what is new starts blank.
 */
describe.each([
  ['intention', intentionWorksheetV1, intentionWorksheet],
  ['chaperone', chaperoneWorksheetV1, chaperoneWorksheet],
] as const)('a version 1 %s PDF', (_id, v1: WorksheetDefinition, current: WorksheetDefinition) => {
  it('is of an older version than the current definition', () => {
    expect(v1.version).toBe(1);
    expect(current.version).toBeGreaterThan(1);
  });

  it.each([
    ['typical', () => typicalAnswers(v1, signature)],
    ['at every limit, the last option of every choice picked', () => ({ ...answersAtLimit(v1), ...signatures(v1) })],
    ['blank', () => emptyAnswers(v1)],
  ])('with %s answers comes back in full into the current version, nothing named as lost', async (_, make) => {
    const answers: WorksheetAnswers = make();
    const pdf = await generateWorksheetPdf(v1, answers, pdfOptions({ clinic: clinicOptions() }));
    const result = await readWorksheetPdf(pdf.bytes, current);

    expect(result.ok && result.version).toBe(1);
    expect(result.ok && result.ignored).toEqual([]);
    expect(result.ok && leftOutMessages(current, result.ignored, englishUi)).toEqual([]);
    // Every version 1 answer, as it was; every new field blank.
    expect(result.ok && result.answers).toEqual({ ...emptyAnswers(current), ...answers });
    const v1Keys = answerSlots(v1).map((slot) => slot.key);
    expect(answerSlots(current).map((slot) => slot.key)).toEqual(expect.arrayContaining(v1Keys));
  });
});

describe('a version 1 chaperone agreement made for a session at the clinic', () => {
  it('still reads its retired "in-person" answer, names nothing as lost, and the form still shows that option', async () => {
    const answers = { ...typicalAnswers(chaperoneWorksheetV1, signature), modality: 'in-person' };
    const pdf = await generateWorksheetPdf(chaperoneWorksheetV1, answers, pdfOptions({ clinic: clinicOptions() }));
    const result = await readWorksheetPdf(pdf.bytes, chaperoneWorksheet);

    expect(result).toEqual({
      ok: true,
      version: 1,
      ignored: [],
      answers: { ...emptyAnswers(chaperoneWorksheet), ...answers },
      found: expect.any(Array),
      unreadable: [],
    });
    const modality = chaperoneWorksheet.sections
      .flatMap((section) => section.fields)
      .find((field) => field.id === 'modality') as ChoiceField;
    expect(offeredOptions(modality, 'in-person').map((option) => option.value)).toContain('in-person');
    expect(offeredOptions(modality, '').map((option) => option.value)).toEqual(['remote', 'self-led']);
  });
});

/** Every signature drawn with the tests' realistic pad drawing (answersAtLimit has a small example one). */
const signatures = (definition: WorksheetDefinition) =>
  Object.fromEntries(
    answerSlots(definition)
      .filter((slot) => slot.kind === 'signature')
      .map((slot) => [slot.key, signature]),
  );

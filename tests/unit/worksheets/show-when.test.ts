import { describe, expect, it } from 'vitest';
import { answerSlots, emptyAnswers, isSectionShown, isShown, offeredOptions } from '../../../src/worksheets/answers';
import { checkDefinition } from '../../../src/worksheets/check-definition';
import { fitAnswers } from '../../../src/worksheets/fit-draft';
import { worksheetSchema } from '../../../src/worksheets/schema';
import type { ChoiceField, WorksheetAnswers, WorksheetDefinition, WorksheetField } from '../../../src/worksheets/types';
import { conditionalWorksheet } from '../../fixtures/conditional-worksheet';
import { translatorFor } from '../../../src/i18n/strings';

const schema = worksheetSchema(conditionalWorksheet, { country: 'US', ui: translatorFor('en') });
const problems = async (answers: Partial<WorksheetAnswers>) => {
  const result = await schema.safeParseAsync({ ...emptyAnswers(conditionalWorksheet), ...answers });
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};
const slot = (key: string) => answerSlots(conditionalWorksheet).find((candidate) => candidate.key === key)!;
const withFields = (...fields: WorksheetField[]): WorksheetDefinition => ({
  ...conditionalWorksheet,
  sections: [{ id: 's', title: 'S', fields: [...conditionalWorksheet.sections[0]!.fields.slice(0, 2), ...fields] }],
});

describe('showWhen', () => {
  it('shows a field only while its condition holds, and a section only while its own does', () => {
    expect(isShown(slot('callPlan'), { mode: 'video' })).toBe(true);
    expect(isShown(slot('callPlan'), { mode: 'alone' })).toBe(false);
    expect(isShown(slot('callPlan'), { mode: '' })).toBe(false);
    expect(isShown(slot('deviceOther'), { mode: 'video' })).toBe(true);
    expect(isShown(slot('name'), {})).toBe(true);
    // A checkbox group matches when any of the values is picked.
    expect(isShown(slot('dogName'), { pets: ['cat', 'dog'] })).toBe(true);
    expect(isShown(slot('dogOut'), { pets: ['cat'] })).toBe(false);
    expect(isSectionShown(conditionalWorksheet.sections[1]!, { pets: ['dog'] })).toBe(true);
    expect(isSectionShown(conditionalWorksheet.sections[1]!, { pets: [] })).toBe(false);
  });

  it('does not require a hidden required field, nor check a hidden answer', async () => {
    expect(await problems({ mode: 'alone' })).toEqual([]);
    // Kept from when it was shown, over the limit and with "Other" picked but not described: not checked while hidden.
    expect(
      await problems({
        mode: 'alone',
        callPlan: 'x'.repeat(2001),
        device: 'other',
        pets: ['cat'],
        dogName: 'y'.repeat(50),
      }),
    ).toEqual([]);
  });

  it('checks a shown field like any other: required, limits and "Other"', async () => {
    expect(await problems({ mode: 'video', pets: ['dog'] })).toEqual([
      ['callPlan', 'Enter what you will do if the call drops'],
      ['dogName', 'Enter the dog’s name'],
    ]);
    expect(await problems({ mode: 'video', callPlan: 'x'.repeat(2001), device: 'other' })).toEqual([
      ['callPlan', 'What will you do if the call drops must be 2,000 characters or fewer'],
      ['deviceOther', 'Enter the other device'],
    ]);
    expect(
      await problems({ mode: 'video', callPlan: 'Phone the clinic', device: 'other', deviceOther: 'A tablet' }),
    ).toEqual([]);
  });

  it('keeps hidden answers: drafts and resume fit them like any other', () => {
    const saved = { mode: 'alone', callPlan: 'Phone the clinic', dogName: 'Rex' };
    expect(fitAnswers(conditionalWorksheet, saved)).toEqual({ answers: saved, ignored: [] });
  });

  it('refuses a condition that could not work, naming the field', () => {
    const condition = (field: string, equals: string[]) =>
      ({ id: 'x', kind: 'text', label: 'X', maxLength: 5, showWhen: { field, equals } }) as const;
    expect(() => checkDefinition(withFields(condition('nothing', ['video'])))).toThrow(
      /"x" shows when "nothing", which is not a field before it/,
    );
    expect(() => checkDefinition(withFields(condition('name', ['Sam'])))).toThrow(
      /not a radio, select or checkbox-group field/,
    );
    expect(() => checkDefinition(withFields(condition('mode', ['boat'])))).toThrow(
      /equals "boat", not an option of it/,
    );
    expect(() => checkDefinition(withFields(condition('mode', [])))).toThrow(/equals nothing/);
    const chained = withFields(
      {
        id: 'device',
        kind: 'radio',
        label: 'D',
        options: [{ value: 'laptop', label: 'L' }],
        showWhen: { field: 'mode', equals: ['video'] },
      },
      condition('device', ['laptop']),
    );
    expect(() => checkDefinition(chained)).toThrow(/conditions cannot chain/);
    // A later field cannot control an earlier one.
    const later: WorksheetDefinition = {
      ...conditionalWorksheet,
      sections: [
        { id: 's', title: 'S', fields: [condition('mode', ['video']), conditionalWorksheet.sections[0]!.fields[1]!] },
      ],
    };
    expect(() => checkDefinition(later)).toThrow(/not a field before it/);
  });
});

describe('retired options', () => {
  const mode = conditionalWorksheet.sections[0]!.fields[1] as ChoiceField;

  it('are offered only while they are the answer', () => {
    expect(offeredOptions(mode, '').map((option) => option.value)).toEqual(['video', 'alone']);
    expect(offeredOptions(mode, 'clinic').map((option) => option.value)).toEqual(['video', 'alone', 'clinic']);
  });

  it('are still accepted, so an older answer is neither refused nor lost', async () => {
    expect(await problems({ mode: 'clinic' })).toEqual([]);
    expect(fitAnswers(conditionalWorksheet, { mode: 'clinic' })).toEqual({ answers: { mode: 'clinic' }, ignored: [] });
  });
});

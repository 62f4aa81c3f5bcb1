import { describe, expect, it } from 'vitest';
import { answerSlots, emptyAnswers, normalizeAnswers } from '../../../src/worksheets/answers';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { isRealDate, worksheetSchema } from '../../../src/worksheets/schema';
import type { WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';

const schema = worksheetSchema(everyKindWorksheet);

/** Answers that pass, with `overrides` applied. */
const valid = (overrides: Partial<WorksheetAnswers> = {}): WorksheetAnswers => ({
  ...emptyAnswers(everyKindWorksheet),
  name: 'Sam',
  day: '2026-12-10',
  agree: true,
  colour: 'blue',
  ...overrides,
});

/** `[path, message]` of every issue. */
const problems = (answers: WorksheetAnswers) => {
  const result = schema.safeParse(answers);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('answer slots', () => {
  it('lists one slot per field, with the "Other" text right after its field', () => {
    expect(answerSlots(everyKindWorksheet).map((slot) => `${slot.key}:${slot.kind}`)).toEqual([
      'name:text', 'phone:text', 'email:text', 'story:multiline', 'day:date', 'start:time',
      'agree:checkbox', 'colour:choice', 'colourOther:text', 'size:choice', 'snacks:choices', 'snacksOther:text',
    ]);
  });

  it('gives a blank form the empty value of each kind', () => {
    expect(emptyAnswers(everyKindWorksheet)).toMatchObject({ name: '', agree: false, colour: '', snacks: [], snacksOther: '' });
  });

  it('refuses a definition whose required field has no message', () => {
    const broken: WorksheetDefinition = {
      ...everyKindWorksheet,
      sections: [{ id: 's', title: 'S', fields: [{ id: 'x', kind: 'text', label: 'X', maxLength: 5, required: true }] }],
    };
    expect(() => answerSlots(broken)).toThrow(/"x" needs a requiredMessage/);
  });

  it('refuses two answers with the same key, naming it', () => {
    const broken: WorksheetDefinition = {
      ...everyKindWorksheet,
      sections: [{ id: 's', title: 'S', fields: [
        { id: 'colour', kind: 'radio', label: 'C', options: [], other: { label: 'O', textLabel: 'T', maxLength: 5, requiredMessage: 'M' } },
        { id: 'colourOther', kind: 'text', label: 'X', maxLength: 5 },
      ] }],
    };
    expect(() => answerSlots(broken)).toThrow(/"colourOther"/);
  });

  it('refuses ids that are not camelCase, since they become PDF field names', () => {
    const broken: WorksheetDefinition = { ...everyKindWorksheet, sections: [{ id: 's', title: 'S', fields: [{ id: 'my.field', kind: 'text', label: 'X', maxLength: 5 }] }] };
    expect(() => answerSlots(broken)).toThrow(/camelCase/);
  });
});

describe('worksheetSchema', () => {
  it('accepts complete answers', () => {
    expect(problems(valid())).toEqual([]);
  });

  it('gives every empty required field its own message, in page order', () => {
    expect(problems(emptyAnswers(everyKindWorksheet))).toEqual([
      ['name', 'Enter your name'],
      ['day', 'Enter the session date'],
      ['agree', 'Confirm that you agree'],
      ['colour', 'Select a colour'],
    ]);
  });

  it('treats an answer of only spaces as empty', () => {
    expect(problems(valid({ name: '   ' }))).toEqual([['name', 'Enter your name']]);
  });

  it('names the limit when text is too long, counting characters as people do', () => {
    expect(problems(valid({ story: 'a'.repeat(201) }))).toEqual([['story', 'Your story must be 200 characters or fewer']]);
    // 200 emoji are 400 UTF-16 units but 200 characters: allowed.
    expect(problems(valid({ story: '🙂'.repeat(200) }))).toEqual([]);
  });

  it('asks for a real date and a real time', () => {
    expect(problems(valid({ day: '2026-02-30', start: '25:00' }))).toEqual([
      ['day', 'Session date must be a real date'],
      ['start', 'Start time must be a real time, like 14:30'],
    ]);
  });

  it('checks the email address only when one is given', () => {
    expect(problems(valid({ email: '' }))).toEqual([]);
    expect(problems(valid({ email: 'sam at example' }))).toEqual([['email', 'Enter email address as an email address, like name@example.com']]);
  });

  it('asks what "Other" means when it is picked without a description', () => {
    expect(problems(valid({ colour: 'other', snacks: ['fruit', 'other'] }))).toEqual([
      ['colourOther', 'Enter the colour'],
      ['snacksOther', 'Enter the other snacks'],
    ]);
    expect(problems(valid({ colour: 'other', colourOther: 'green' }))).toEqual([]);
  });

  it('refuses option values the worksheet does not offer', () => {
    expect(problems(valid({ size: 'huge', snacks: ['cake'] })).map(([path]) => path)).toEqual(['size', 'snacks']);
  });
});

describe('normalizeAnswers', () => {
  it('turns what browsers report for untouched fields into empty answers', () => {
    const normal = normalizeAnswers(everyKindWorksheet, { colour: null, snacks: false, agree: undefined, name: 'Sam' });
    expect(normal).toMatchObject({ colour: '', snacks: [], agree: false, name: 'Sam', story: '' });
  });
});

describe('isRealDate', () => {
  it.each([['2024-02-29', true], ['2026-02-29', false], ['2026-12-31', true], ['2026-13-01', false], ['26-1-1', false]])('%s is %s', (date, real) => {
    expect(isRealDate(date)).toBe(real);
  });
});

describe('every shipped worksheet definition', () => {
  it.each(worksheetDefinitions.map((definition) => [definition.id, definition] as const))('%s is well formed and allows long answers of 2,000 characters or more', (_id, definition) => {
    const slots = answerSlots(definition);
    for (const slot of slots.filter((s) => s.kind === 'multiline')) expect(slot.maxLength).toBeGreaterThanOrEqual(2000);
    const prefillable = slots.filter((slot) => slot.field.prefillable).map((slot) => slot.key);
    // Patient-identifying answers can never be carried in a provider's link.
    expect(prefillable).not.toContain('yourName');
    expect(worksheetSchema(definition).safeParse(emptyAnswers(definition)).success).toBe(
      slots.every((slot) => !slot.field.required || slot.otherOf),
    );
  });
});

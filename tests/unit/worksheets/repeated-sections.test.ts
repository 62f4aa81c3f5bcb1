import { describe, expect, it } from 'vitest';
import {
  allFields,
  answerSlots,
  emptyAnswers,
  entriesInUse,
  entriesPrinted,
  entriesShown,
  isInUse,
  isShown,
} from '../../../src/worksheets/answers';
import { checkDefinition } from '../../../src/worksheets/check-definition';
import { answersWithoutEntry } from '../../../src/components/forms/remove-entry';
import { sectionEntries } from '../../../src/worksheets/entries';
import { fitDraft, ignoredFieldNames } from '../../../src/worksheets/fit-draft';
import { worksheetSchema } from '../../../src/worksheets/schema';
import type {
  SectionRepeat,
  WorksheetAnswers,
  WorksheetDefinition,
  WorksheetField,
  WorksheetSection,
} from '../../../src/worksheets/types';
import { repeatedWorksheet } from '../../fixtures/repeated-worksheet';
import { translatorFor } from '../../../src/i18n/strings';

const ui = translatorFor('en');

/**
 * A repeated section (`repeat`) as the platform's rules see it: its answers are `<id><n>` slots,
 * an entry is in use up to the last one holding an answer, and validation, the PDF's entries and
 * removing an entry all follow from that one rule (src/worksheets/answers.ts).
 */

const days = repeatedWorksheet.sections[1]!;
const max = days.repeat!.max;
const blank = emptyAnswers(repeatedWorksheet);
const slot = (key: string) => answerSlots(repeatedWorksheet).find((candidate) => candidate.key === key)!;
const problems = async (answers: Partial<WorksheetAnswers>) => {
  const result = await worksheetSchema(repeatedWorksheet, { country: 'US', ui }).safeParseAsync({
    ...blank,
    ...answers,
  });
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

/** The fixture with its repeated section changed by `change`. */
const withDays = (change: (section: WorksheetSection) => WorksheetSection): WorksheetDefinition => ({
  ...repeatedWorksheet,
  sections: repeatedWorksheet.sections.map((section) => (section === days ? change(section) : section)),
});
const withRepeat = (repeat: Partial<SectionRepeat>) =>
  withDays((section) => ({ ...section, repeat: { ...section.repeat!, ...repeat } }));
const withDayFields = (...fields: WorksheetField[]) =>
  withDays((section) => ({ ...section, fields: [...section.fields, ...fields] }));

describe('the answers of a repeated section', () => {
  it('are each field once per entry, keyed <id><n>, entry by entry, "Other" text after its field', () => {
    const keys = answerSlots(repeatedWorksheet).map((candidate) => candidate.key);
    const entry = (n: number) => [`day${n}`, `mood${n}`, `mood${n}Other`, `help${n}`, `notes${n}`];
    expect(keys).toEqual(['name', ...Array.from({ length: max }, (_, index) => entry(index + 1)).flat(), 'bring']);
    expect(slot('mood3Other').entry).toMatchObject({ section: days, n: 3, title: 'Day 3' });
    expect(slot('name').entry).toBeUndefined();
    expect(allFields(repeatedWorksheet).map((field) => field.id)).toEqual(keys.filter((key) => !key.endsWith('Other')));
  });

  it('name, in each entry, the same entry’s answer in a condition on a field of the section', () => {
    expect(slot('help2').conditions).toEqual([{ field: 'mood2', equals: ['hard'] }]);
    expect(isShown(slot('help2'), { mood1: 'hard', mood2: 'good' })).toBe(false);
    expect(isShown(slot('help2'), { mood1: 'good', mood2: 'hard' })).toBe(true);
  });

  it('keep a condition on a field before the section as it is written', () => {
    const definition = withDays((section) => ({ ...section, showWhen: { field: 'mode', equals: ['yes'] } }));
    definition.sections[0] = {
      ...definition.sections[0]!,
      fields: [
        {
          id: 'mode',
          kind: 'radio',
          label: 'Days?',
          options: [
            { value: 'yes', label: 'Yes' },
            { value: 'no', label: 'No' },
          ],
        },
      ],
    };
    // Conditions cannot chain, so the note's condition (on a field now shown only sometimes) is dropped here.
    definition.sections[1] = {
      ...definition.sections[1]!,
      fields: definition.sections[1]!.fields.filter((field) => !field.showWhen),
    };
    const slots = answerSlots(definition);
    expect(slots.find((candidate) => candidate.key === 'notes3')!.conditions).toEqual([
      { field: 'mode', equals: ['yes'] },
    ]);
  });
});

describe('a repeated section is refused when', () => {
  it.each([
    ['it holds one entry', withRepeat({ max: 1 }), 'set repeat.max to a whole number from 2 to 20'],
    ['it holds more than 20', withRepeat({ max: 21 }), 'set repeat.max to a whole number from 2 to 20'],
    ['its count is not whole', withRepeat({ max: 2.5 }), 'set repeat.max to a whole number from 2 to 20'],
    ['its entries have no title', withRepeat({ entryTitle: ' ' }), 'give repeat.entryTitle some words'],
    [
      'a field id ends in a digit',
      withDayFields({ id: 'step2', kind: 'text', label: 'Step', maxLength: 10 }),
      'field id "step2" must end in a letter',
    ],
    [
      'a field is prefillable',
      withDayFields({ id: 'where', kind: 'text', label: 'Where', maxLength: 10, prefillable: true }),
      '"where" cannot be prefillable',
    ],
    [
      'a field starts with a clinic value',
      withDayFields({ id: 'line', kind: 'tel', label: 'Line', maxLength: 40, defaultFrom: 'clinic.phone' }),
      '"line" cannot have a defaultFrom',
    ],
  ])('%s', (_case, definition, message) => {
    expect(() => checkDefinition(definition)).toThrow(message);
  });

  it('an entry’s answer takes the id of another field', () => {
    const definition = { ...repeatedWorksheet, sections: [...repeatedWorksheet.sections] };
    definition.sections[2] = {
      ...definition.sections[2]!,
      fields: [{ id: 'notes2', kind: 'text', label: 'Clash', maxLength: 10 }],
    };
    expect(() => checkDefinition(definition)).toThrow('two answers share the key "notes2"');
  });

  it('a field after it depends on one entry’s answer', () => {
    const definition = { ...repeatedWorksheet, sections: [...repeatedWorksheet.sections] };
    definition.sections[2] = {
      ...definition.sections[2]!,
      fields: [
        { id: 'why', kind: 'text', label: 'Why', maxLength: 10, showWhen: { field: 'mood1', equals: ['hard'] } },
      ],
    };
    expect(() => checkDefinition(definition)).toThrow('an answer of one entry of a repeated section');
  });

  it('a condition names the section’s field by the id it is written with, from outside', () => {
    const definition = { ...repeatedWorksheet, sections: [...repeatedWorksheet.sections] };
    definition.sections[2] = {
      ...definition.sections[2]!,
      fields: [{ id: 'why', kind: 'text', label: 'Why', maxLength: 10, showWhen: { field: 'mood', equals: ['hard'] } }],
    };
    expect(() => checkDefinition(definition)).toThrow('which is not a field before it');
  });
});

describe('entries in use', () => {
  it('are none while the section is blank, whatever the rest of the worksheet holds', () => {
    expect(entriesInUse(days, { ...blank, name: 'Sam', bring: 'Notes' })).toBe(0);
    // The form still shows entry 1, and the PDF prints it blank.
    expect(entriesShown(days, blank)).toBe(1);
    expect(entriesPrinted(days, blank)).toBe(1);
  });

  it('run up to the last entry holding any answer: a pick, "Other" text, a hidden answer, a blank entry between', () => {
    expect(entriesInUse(days, { ...blank, mood1: 'good' })).toBe(1);
    expect(entriesInUse(days, { ...blank, mood2Other: 'Fine' })).toBe(2);
    // Kept while hidden (mood3 is not "hard"), so entry 3 is in use: its answer is the patient's.
    expect(entriesInUse(days, { ...blank, help3: 'A walk' })).toBe(3);
    expect(entriesInUse(days, { ...blank, day1: '2026-03-01', notes3: 'x' })).toBe(3);
    // Raw form values: white space is an answer; a value of the wrong type is none.
    expect(entriesInUse(days, { notes2: ' ' })).toBe(2);
    expect(entriesInUse(days, { notes2: 7, mood3: null })).toBe(0);
  });

  it('are printed with one blank entry after them while the section holds another', () => {
    expect(entriesPrinted(days, { ...blank, notes2: 'x' })).toBe(3);
    expect(entriesPrinted(days, { ...blank, [`notes${max}`]: 'x' })).toBe(max);
  });

  it('decide what is checked: a required answer is required only in an entry in use', async () => {
    expect(await problems({})).toEqual([]);
    expect(isInUse(slot('day1'), blank)).toBe(false);
    expect(await problems({ mood1: 'good', notes3: 'Later' })).toEqual([
      ['day1', 'Day 1: Enter the date of this day'],
      ['day2', 'Day 2: Enter the date of this day'],
      ['day3', 'Day 3: Enter the date of this day'],
    ]);
  });

  it('are checked like any other answers, each message naming its entry', async () => {
    const dated = { day1: '2026-03-01', day2: '2026-03-02' };
    expect(await problems({ ...dated, mood2: 'hard', notes1: 'x'.repeat(2001) })).toEqual([
      ['notes1', 'Day 1: Notes must be 2,000 characters or fewer'],
      ['help2', 'Day 2: Enter what helped'],
    ]);
    expect(await problems({ ...dated, mood2: 'other', day2: '2026-02-30' })).toEqual([
      ['day2', 'Day 2: Date must be a real date'],
      ['mood2Other', 'Day 2: Enter how it was'],
    ]);
    expect(await problems({ ...dated, mood2: 'hard', help2: 'Tea', mood1: 'other', mood1Other: 'Odd' })).toEqual([]);
  });
});

describe('removing an entry', () => {
  const three = {
    ...blank,
    day1: '2026-03-01',
    mood1: 'good',
    day2: '2026-03-02',
    mood2: 'other',
    mood2Other: 'Tired',
    day3: '2026-03-03',
    notes3: 'Slept',
  };

  it('moves every later entry up one and blanks the last one shown', () => {
    expect(answersWithoutEntry(days, three, 1, 3)).toEqual({
      day1: '2026-03-02',
      mood1: 'other',
      mood1Other: 'Tired',
      help1: '',
      notes1: '',
      day2: '2026-03-03',
      mood2: '',
      mood2Other: '',
      help2: '',
      notes2: 'Slept',
      day3: '',
      mood3: '',
      mood3Other: '',
      help3: '',
      notes3: '',
    });
  });

  it('of the last one blanks only it, and leaves every other answer as it was', () => {
    const changed = answersWithoutEntry(days, three, 3, 3);
    expect(changed).toEqual({ day3: '', mood3: '', mood3Other: '', help3: '', notes3: '' });
    expect(entriesInUse(days, { ...three, ...changed })).toBe(2);
  });

  it('moves a blank entry the patient added up too', () => {
    expect(answersWithoutEntry(days, three, 3, 4)).toMatchObject({ day3: '', notes3: '', day4: '', notes4: '' });
  });
});

describe('drafts of a repeated section', () => {
  it('bring back every entry they hold, and name what they leave out by entry', () => {
    const draft = fitDraft(repeatedWorksheet, {
      version: 1,
      savedAt: '2026-03-14T10:00:00.000Z',
      answers: { day1: '2026-03-01', notes3: 'Kept', mood2: 'sad', day9: '2026-03-09' },
    })!;
    expect(draft.answers).toEqual({ day1: '2026-03-01', notes3: 'Kept', mood2: '' });
    expect(entriesInUse(days, { ...blank, ...draft.answers })).toBe(3);
    expect(ignoredFieldNames(repeatedWorksheet, draft.ignored, ui)).toEqual(['“day9”', '“Day 2: How was it”']);
    expect(ignoredFieldNames(repeatedWorksheet, ['mood4Other'], ui)).toEqual(['“Day 4: How it was”']);
  });
});

describe('sectionEntries', () => {
  it('gives a section asked once as one entry of its own fields, untitled', () => {
    expect(sectionEntries(repeatedWorksheet.sections[0]!)).toEqual([{ fields: repeatedWorksheet.sections[0]!.fields }]);
  });

  it('gives the same field objects each time, so the form’s entries keep their identity', () => {
    expect(sectionEntries(days)[1]!.fields[0]).toBe(sectionEntries(days)[1]!.fields[0]);
    expect(sectionEntries(days).map((entry) => entry.title)).toEqual(['Day 1', 'Day 2', 'Day 3', 'Day 4']);
  });
});

import { describe, expect, it } from 'vitest';
import {
  changedAnswers,
  changedList,
  mergeAnswers,
  questionsToAsk,
  resumeFrom,
  sameAnswer,
  undoAnswers,
  undoneMessage,
  unreadableMessages,
  type FileAnswers,
} from '../../../src/components/forms/resume-merge';
import { leftOutMessages } from '../../../src/components/forms/draft-keeping';
import { answerSlots, emptyAnswers, initialAnswers } from '../../../src/worksheets/answers';
import type { WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';
import { translatorFor } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import en from '../../../src/i18n/en/ui.json' with { type: 'json' };

/** The English words the messages are expected in. */
const ui = translatorFor('en');

/**
 * Words that differ from English, in Spanish (plural rules, lists and numbers): the messages must
 * come from the translator given, whatever the Spanish files hold while they are being written.
 */
const spanish = createTranslator(
  {
    ...en,
    'form.resume.done.one': '{count} respuesta de {fileName} volvió al formulario.',
    'form.resume.done.other': '{count} respuestas de {fileName} volvieron al formulario.',
    'form.resume.andMore.other': 'y {count} más',
    'form.resume.more.other': '{count} más',
    'form.resume.ignored':
      'Algunas respuestas guardadas ya no caben en esta hoja de trabajo y se dejaron fuera: {fields}.',
    'form.resume.undoneKept':
      'Se quitaron las respuestas de {fileName}. Cambiaste algunas desde entonces, así que conservan lo que escribiste: {fields}.',
    'form.quoted': '«{text}»',
  },
  'es',
);

const PNG_A = 'data:image/png;base64,iVBORw0KGgoA';
const PNG_B = 'data:image/png;base64,iVBORw0KGgoB';
const CLINIC_PHONE = '+1 201 555 0100';

/** The every-kind worksheet plus a field prefilled with the clinic's phone and a drawn signature. */
const worksheet: WorksheetDefinition = {
  ...everyKindWorksheet,
  sections: [
    ...everyKindWorksheet.sections,
    {
      id: 'care',
      title: 'Care team',
      fields: [
        { id: 'clinicLine', kind: 'tel', label: 'Clinic’s line', maxLength: 40, defaultFrom: 'clinic.phone' },
        { id: 'signature', kind: 'signature', label: 'Drawn signature' },
      ],
    },
  ],
};
const keys = answerSlots(worksheet).map((slot) => slot.key);
const initial = initialAnswers(worksheet, () => CLINIC_PHONE);
const blank = emptyAnswers(worksheet);

/** What the reader gives for a file holding `answers`: every key found and read unless said otherwise. */
function file(answers: WorksheetAnswers, more: Partial<FileAnswers> = {}): FileAnswers {
  return { answers: { ...blank, ...answers }, found: keys, unreadable: [], ignored: [], ...more };
}

/** The form: as it starts, with `typed` changed. */
const form = (typed: WorksheetAnswers = {}): WorksheetAnswers => ({ ...initial, ...typed });

describe('sameAnswer', () => {
  it('compares text, ticks and picks, picks in any order', () => {
    expect(sameAnswer('a', 'a')).toBe(true);
    expect(sameAnswer('a', 'b')).toBe(false);
    expect(sameAnswer(false, '')).toBe(false);
    expect(sameAnswer(['nuts', 'fruit'], ['fruit', 'nuts'])).toBe(true);
    expect(sameAnswer(['nuts'], ['nuts', 'fruit'])).toBe(false);
    expect(sameAnswer([], '')).toBe(false);
  });
});

describe('changedAnswers (what the patient wrote that the file would change)', () => {
  it('is nothing for an untouched form, whatever the file holds', () => {
    expect(
      changedAnswers(form(), file({ name: 'Robin', clinicLine: '+1 999', agree: true }), initial, worksheet),
    ).toEqual([]);
  });

  it('names answers the patient wrote that differ from the file’s, a blank in the file included, in reading order', () => {
    const current = form({ story: 'Mine', name: 'Sam', snacks: ['nuts'], agree: true, colour: 'red' });
    const fromFile = file({ name: 'Robin', story: '', snacks: ['nuts'], agree: true, colour: 'blue' });
    expect(changedAnswers(current, fromFile, initial, worksheet)).toEqual(['name', 'story', 'colour']);
  });

  it('does not name an answer that is still the clinic’s default, nor one that matches the file', () => {
    const current = form({ name: 'Robin', snacks: ['fruit', 'nuts'] });
    expect(
      changedAnswers(
        current,
        file({ name: 'Robin', snacks: ['nuts', 'fruit'], clinicLine: '+1 999' }),
        initial,
        worksheet,
      ),
    ).toEqual([]);
  });

  it('names a changed clinic line and a drawn signature the file would replace', () => {
    const current = form({ clinicLine: '+1 777', signature: PNG_A });
    expect(changedAnswers(current, file({ clinicLine: CLINIC_PHONE, signature: PNG_B }), initial, worksheet)).toEqual([
      'clinicLine',
      'signature',
    ]);
  });

  it('leaves out answers the file had no field for or could not read', () => {
    const current = form({ name: 'Sam', story: 'Mine', phone: '555' });
    const fromFile = file(
      { name: 'Robin', story: '' },
      { found: keys.filter((key) => key !== 'phone'), unreadable: [{ key: 'story', reason: 'too-long' }] },
    );
    expect(changedAnswers(current, fromFile, initial, worksheet)).toEqual(['name']);
  });
});

describe('mergeAnswers', () => {
  const current = form({ name: 'Sam', story: '', colour: 'other', colourOther: 'teal', signature: PNG_A });
  const fromFile = file({
    name: 'Robin',
    story: 'From the file',
    colour: 'blue',
    colourOther: '',
    phone: '555',
    signature: PNG_B,
    clinicLine: '+1 999',
  });

  it('replace: takes every readable answer of the file, blanks included', () => {
    const { answers, filled } = mergeAnswers(current, fromFile, 'replace', initial, worksheet);
    expect(answers).toEqual({ ...fromFile.answers });
    expect(filled).toEqual(['name', 'phone', 'story', 'colour', 'clinicLine', 'signature']);
  });

  it('fill-empty: never overwrites an answer the patient wrote, and fills the blank ones', () => {
    const { answers, filled } = mergeAnswers(current, fromFile, 'fill-empty', initial, worksheet);
    expect(answers).toEqual({ ...current, story: 'From the file', phone: '555', clinicLine: '+1 999' });
    expect(filled).toEqual(['phone', 'story', 'clinicLine']);
  });

  it('fill-empty: a clinic default the patient did not change takes the file’s number; one they changed stays', () => {
    expect(
      mergeAnswers(form(), file({ clinicLine: '+1 999' }), 'fill-empty', initial, worksheet).answers.clinicLine,
    ).toBe('+1 999');
    expect(
      mergeAnswers(form({ clinicLine: '+1 777' }), file({ clinicLine: '+1 999' }), 'fill-empty', initial, worksheet)
        .answers.clinicLine,
    ).toBe('+1 777');
  });

  it('fill-empty: a blank in the file never blanks the clinic default, nor anything else', () => {
    const { answers, filled } = mergeAnswers(
      form({ agree: true }),
      file({ clinicLine: '', agree: false }),
      'fill-empty',
      initial,
      worksheet,
    );
    expect(answers).toEqual(form({ agree: true }));
    expect(filled).toEqual([]);
  });

  it('fill-empty: picks fill only a field with none picked, and are never combined', () => {
    const { answers } = mergeAnswers(
      form({ snacks: ['nuts'] }),
      file({ snacks: ['fruit'], size: 'large' }),
      'fill-empty',
      initial,
      worksheet,
    );
    expect(answers.snacks).toEqual(['nuts']);
    expect(answers.size).toBe('large');
  });

  it('either way, keeps what the form holds for answers the file had no field for or could not read', () => {
    const partial = file(
      { name: 'Robin', story: '', phone: '' },
      { found: keys.filter((key) => key !== 'phone'), unreadable: [{ key: 'story', reason: 'appearance-only' }] },
    );
    for (const mode of ['replace', 'fill-empty'] as const) {
      const { answers } = mergeAnswers(form({ story: 'Mine', phone: '555' }), partial, mode, initial, worksheet);
      expect(answers.story, mode).toBe('Mine');
      expect(answers.phone, mode).toBe('555');
      expect(answers.clinicLine, mode).toBe(mode === 'replace' ? '' : CLINIC_PHONE);
    }
  });

  it('never changes the answers it was given', () => {
    const before = structuredClone(current);
    mergeAnswers(current, fromFile, 'replace', initial, worksheet);
    expect(current).toEqual(before);
  });
});

describe('questionsToAsk and changedList (the choice)', () => {
  it('asks nothing when the file has no answers to bring back', () => {
    expect(questionsToAsk(worksheet, initial, form({ name: 'Sam' }), file({}), ui)).toEqual([]);
  });

  it('names the questions in quotes, from raw form values (an unpicked radio is null)', () => {
    expect(
      questionsToAsk(
        worksheet,
        initial,
        { ...form({ name: 'Sam', colourOther: 'teal' }), colour: null },
        file({ name: 'Robin' }),
        ui,
      ),
    ).toEqual(['“Your name”', '“Which colour”']);
  });

  it('names at most 10, then “and N more”', () => {
    const many: WorksheetDefinition = {
      ...worksheet,
      sections: [
        {
          id: 'many',
          title: 'Many',
          fields: Array.from({ length: 1234 }, (_, index) => ({
            id: `q${index}`,
            kind: 'text' as const,
            label: `Question ${index}`,
            maxLength: 10,
          })),
        },
      ],
    };
    const list = changedList(
      many,
      Array.from({ length: 1234 }, (_, index) => `q${index}`),
      ui,
    );
    expect(list).toHaveLength(11);
    expect(list[0]).toBe('“Question 0”');
    expect(list[10]).toBe('and 1,224 more');
  });
});

describe('resumeFrom (what happened, in words)', () => {
  it('counts the answers that came back, and gives the form’s new answers', () => {
    const outcome = resumeFrom(
      worksheet,
      initial,
      form(),
      file({ name: 'Robin', story: 'Hi', agree: true }),
      'replace',
      'mine.pdf',
      ui,
    );
    // The clinic line in the file is blank, so it is not counted.
    expect(outcome.messages).toEqual(['3 answers from mine.pdf are back in the form.']);
    expect(outcome.answers).toEqual({ ...blank, name: 'Robin', story: 'Hi', agree: true });
  });

  it('says “1 answer … is”', () => {
    expect(
      resumeFrom(worksheet, initial, form(), file({ name: 'Robin', clinicLine: CLINIC_PHONE }), 'replace', 'a.pdf', ui)
        .messages[0],
    ).toBe('2 answers from a.pdf are back in the form.');
    expect(
      resumeFrom(worksheet, initial, form(), file({ name: 'Robin' }, { found: ['name'] }), 'replace', 'a.pdf', ui)
        .messages[0],
    ).toBe('1 answer from a.pdf is back in the form.');
  });

  it('fill-empty: counts only what it filled, and says the patient’s own answers were kept', () => {
    const outcome = resumeFrom(
      worksheet,
      initial,
      form({ name: 'Sam' }),
      file({ name: 'Robin', story: 'Hi', phone: '555' }),
      'fill-empty',
      'a.pdf',
      ui,
    );
    expect(outcome.messages).toEqual([
      '2 questions you had not answered were filled in from a.pdf. Your own answers were kept.',
    ]);
    expect(outcome.answers).toMatchObject({ name: 'Sam', story: 'Hi', phone: '555' });
  });

  it('fill-empty with nothing to fill: says so, and changes nothing (so nothing to undo)', () => {
    const outcome = resumeFrom(
      worksheet,
      initial,
      form({ name: 'Sam' }),
      file({ name: 'Robin', clinicLine: CLINIC_PHONE }),
      'fill-empty',
      'a.pdf',
      ui,
    );
    expect(outcome).toEqual({
      answers: undefined,
      messages: ['Your answers were kept, and a.pdf had nothing to add to them.'],
    });
  });

  it('a file with no answers changes nothing, not even the clinic default, and says so', () => {
    expect(resumeFrom(worksheet, initial, form({ name: 'Sam' }), file({}), 'replace', 'blank.pdf', ui)).toEqual({
      answers: undefined,
      messages: ['There are no answers in blank.pdf, so nothing in the form changed.'],
    });
  });

  it('a file whose answers all could not be read changes nothing, says so, and names each one and why', () => {
    const outcome = resumeFrom(
      worksheet,
      initial,
      form({ story: 'Mine' }),
      file(
        {},
        {
          unreadable: [
            { key: 'story', reason: 'appearance-only' },
            { key: 'name', reason: 'too-long' },
            { key: 'colourOther', reason: 'too-long' },
          ],
        },
      ),
      'replace',
      'flat.pdf',
      ui,
    );
    expect(outcome).toEqual({
      answers: undefined,
      messages: [
        'None of the answers in flat.pdf could be read back, so nothing in the form changed.',
        'Some answers in the PDF could not be read back, so the form keeps what it had for them: ' +
          '“Your story” is shown on the page but not stored in a form field, so it cannot be read back. ' +
          '“Your name” and “Which colour” are too long to read back.',
      ],
    });
  });

  it('says what could not be read, then what no longer fits, after the count', () => {
    const outcome = resumeFrom(
      worksheet,
      initial,
      form(),
      file({ name: 'Robin' }, { unreadable: [{ key: 'story', reason: 'conflicting' }], ignored: ['favouriteColour'] }),
      'replace',
      'a.pdf',
      ui,
    );
    expect(outcome.messages).toEqual([
      '1 answer from a.pdf is back in the form.',
      'Some answers in the PDF could not be read back, so the form keeps what it had for them: “Your story” is stored in two different ways, so it was not read back.',
      'Some saved answers no longer fit this worksheet and were left out: “favourite colour”.',
    ]);
  });

  it('names only this worksheet’s answers as unreadable', () => {
    expect(unreadableMessages(worksheet, [{ key: 'Call 555-0100', reason: 'too-long' }], ui)).toEqual([]);
  });
});

describe('leftOutMessages (shared with drafts)', () => {
  it('says “and” once, and writes counts as the site’s numbers', () => {
    const names = Array.from({ length: 9_000 }, (_, index) => `extra${index}`);
    const [message] = leftOutMessages(worksheet, names, ui);
    expect(message).toBe(
      `Some saved answers no longer fit this worksheet and were left out: ${names
        .slice(0, 10)
        .map((name) => `“${name}”`)
        .join(', ')}, and 8,990 more.`,
    );
    expect(message!.split('left out:')[1]!.match(/\band\b/g)).toHaveLength(1);
    expect(
      leftOutMessages(
        worksheet,
        Array.from({ length: 1_500 }, () => 'Not a field name'),
        ui,
      ),
    ).toEqual(['Some saved answers no longer fit this worksheet and were left out: 1,500 in all.']);
  });
});

describe('undoAnswers (Undo never takes away what was typed after the file went in)', () => {
  const before = form({ name: 'Jo', story: 'Mine' });
  const after = form({ name: 'Jo', story: 'From the file', email: 'file@example.org' });

  it('puts every answer the file changed back as it was', () => {
    expect(undoAnswers(worksheet, before, after, after)).toEqual({ answers: before, keptSince: [] });
  });

  it('keeps an answer the patient changed again since, names it, and still undoes the rest', () => {
    const now = { ...after, email: 'typed-later@example.org', phone: '555 0101' };
    const { answers, keptSince } = undoAnswers(worksheet, before, after, now);
    expect(answers).toEqual({ ...before, email: 'typed-later@example.org', phone: '555 0101' });
    expect(keptSince).toEqual(['email']);
    expect(undoneMessage(worksheet, 'saved.pdf', keptSince, ui)).toBe(
      'The answers from saved.pdf were taken out. You changed some of them since, so these keep what you wrote: “Email address”.',
    );
  });

  it('reads raw form values (an unpicked radio is null) as the empty answer', () => {
    const raw = { ...after, colour: null } as unknown as Record<string, unknown>;
    expect(
      undoAnswers(worksheet, { ...before, colour: null } as unknown as WorksheetAnswers, after, raw).keptSince,
    ).toEqual([]);
    expect(undoneMessage(worksheet, 'saved.pdf', [], ui)).toBe(
      'The form is back as it was before you chose saved.pdf.',
    );
  });
});

describe('the words in the page’s language', () => {
  it('counts, lists and quotes as the translator given does', () => {
    const outcome = resumeFrom(
      worksheet,
      initial,
      form(),
      file({ name: 'Robin', story: 'Hola' }),
      'replace',
      'mío.pdf',
      spanish,
    );
    expect(outcome.messages).toEqual(['2 respuestas de mío.pdf volvieron al formulario.']);
    const single = resumeFrom(
      worksheet,
      initial,
      form(),
      file({ name: 'Robin' }, { found: ['name'] }),
      'replace',
      'mío.pdf',
      spanish,
    );
    expect(single.messages).toEqual(['1 respuesta de mío.pdf volvió al formulario.']);
    expect(questionsToAsk(worksheet, initial, form({ name: 'Sam' }), file({ name: 'Robin' }), spanish)).toEqual([
      '«Your name»',
    ]);
  });

  it('writes counts as the language does ("8.990") and joins a list with its own word for "and"', () => {
    const names = Array.from({ length: 9_000 }, (_, index) => `extra${index}`);
    const [message] = leftOutMessages(worksheet, names, spanish);
    expect(message).toBe(
      `Algunas respuestas guardadas ya no caben en esta hoja de trabajo y se dejaron fuera: ${names
        .slice(0, 10)
        .map((name) => `«${name}»`)
        .join(', ')} y 8.990 más.`,
    );
    const keptSince = ['email', 'story'];
    expect(undoneMessage(worksheet, 'mío.pdf', keptSince, spanish)).toBe(
      'Se quitaron las respuestas de mío.pdf. Cambiaste algunas desde entonces, así que conservan lo que escribiste: «Email address» y «Your story».',
    );
  });
});

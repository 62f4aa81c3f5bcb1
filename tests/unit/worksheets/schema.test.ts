import { describe, expect, it } from 'vitest';
import { answerSlots, emptyAnswers, isInUse, normalizeAnswers } from '../../../src/worksheets/answers';
import { checkDefinition } from '../../../src/worksheets/check-definition';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { isRealDate, localToday, worksheetSchema } from '../../../src/worksheets/schema';
import type { WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import en from '../../../src/i18n/en/ui.json' with { type: 'json' };
import { translatorFor } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import { asSubject, inSentence } from '../../../src/worksheets/kinds/shared/text-checks';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';
import { repeatedWorksheet } from '../../fixtures/repeated-worksheet';

/** The English words, which the GOV.UK wording below is checked against. */
const ui = translatorFor('en');
const schema = worksheetSchema(everyKindWorksheet, { country: 'US', ui });

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
const problems = async (answers: WorksheetAnswers) => {
  const result = await schema.safeParseAsync(answers);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('answer slots', () => {
  it('lists one slot per field, with the "Other" text right after its field', async () => {
    expect(answerSlots(everyKindWorksheet).map((slot) => `${slot.key}:${slot.kind}`)).toEqual([
      'name:text',
      'phone:text',
      'email:text',
      'story:multiline',
      'day:date',
      'start:time',
      'agree:checkbox',
      'colour:choice',
      'colourOther:text',
      'size:choice',
      'snacks:choices',
      'snacksOther:text',
    ]);
  });

  it('gives a blank form the empty value of each kind', async () => {
    expect(emptyAnswers(everyKindWorksheet)).toMatchObject({
      name: '',
      agree: false,
      colour: '',
      snacks: [],
      snacksOther: '',
    });
  });

  it('refuses a definition whose required field has no message', async () => {
    const broken: WorksheetDefinition = {
      ...everyKindWorksheet,
      sections: [
        { id: 's', title: 'S', fields: [{ id: 'x', kind: 'text', label: 'X', maxLength: 5, required: true }] },
      ],
    };
    expect(() => checkDefinition(broken)).toThrow(/"x" needs a requiredMessage/);
  });

  it('refuses two answers with the same key, naming it', async () => {
    const broken: WorksheetDefinition = {
      ...everyKindWorksheet,
      sections: [
        {
          id: 's',
          title: 'S',
          fields: [
            {
              id: 'colour',
              kind: 'radio',
              label: 'C',
              options: [],
              other: { label: 'O', textLabel: 'T', maxLength: 5, requiredMessage: 'M' },
            },
            { id: 'colourOther', kind: 'text', label: 'X', maxLength: 5 },
          ],
        },
      ],
    };
    expect(() => checkDefinition(broken)).toThrow(/"colourOther"/);
  });

  it('refuses ids that are not camelCase, since they become PDF field names', async () => {
    const broken: WorksheetDefinition = {
      ...everyKindWorksheet,
      sections: [{ id: 's', title: 'S', fields: [{ id: 'my.field', kind: 'text', label: 'X', maxLength: 5 }] }],
    };
    expect(() => checkDefinition(broken)).toThrow(/camelCase/);
  });
});

describe('worksheetSchema', () => {
  it('accepts complete answers', async () => {
    expect(await problems(valid())).toEqual([]);
  });

  it('gives every empty required field its own message, in page order', async () => {
    expect(await problems(emptyAnswers(everyKindWorksheet))).toEqual([
      ['name', 'Enter your name'],
      ['day', 'Enter the session date'],
      ['agree', 'Confirm that you agree'],
      ['colour', 'Select a colour'],
    ]);
  });

  it('treats an answer of only spaces as empty', async () => {
    expect(await problems(valid({ name: '   ' }))).toEqual([['name', 'Enter your name']]);
  });

  it('names the limit when text is too long, counting characters as people do', async () => {
    expect(await problems(valid({ story: 'a'.repeat(201) }))).toEqual([
      ['story', 'Your story must be 200 characters or fewer'],
    ]);
    // 200 emoji are 400 UTF-16 units but 200 characters: allowed.
    expect(await problems(valid({ story: '🙂'.repeat(200) }))).toEqual([]);
  });

  it('asks for a real date and a real time', async () => {
    expect(await problems(valid({ day: '2026-02-30', start: '25:00' }))).toEqual([
      ['day', 'Session date must be a real date'],
      ['start', 'Start time must be a real time, like 14:30'],
    ]);
  });

  it('checks the email address only when one is given', async () => {
    expect(await problems(valid({ email: '' }))).toEqual([]);
    expect(await problems(valid({ email: 'sam at example' }))).toEqual([
      ['email', 'Enter email address as an email address, like name@example.com'],
    ]);
  });

  it('asks what "Other" means when it is picked without a description', async () => {
    expect(await problems(valid({ colour: 'other', snacks: ['fruit', 'other'] }))).toEqual([
      ['colourOther', 'Enter the colour'],
      ['snacksOther', 'Enter the other snacks'],
    ]);
    expect(await problems(valid({ colour: 'other', colourOther: 'green' }))).toEqual([]);
  });

  it('refuses option values the worksheet does not offer', async () => {
    expect((await problems(valid({ size: 'huge', snacks: ['cake'] }))).map(([path]) => path)).toEqual([
      'size',
      'snacks',
    ]);
  });
});

describe('normalizeAnswers', () => {
  it('turns what browsers report for untouched fields into empty answers', async () => {
    const normal = normalizeAnswers(everyKindWorksheet, { colour: null, snacks: false, agree: undefined, name: 'Sam' });
    expect(normal).toMatchObject({ colour: '', snacks: [], agree: false, name: 'Sam', story: '' });
  });
});

describe('isRealDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-12-31', true],
    ['2026-13-01', false],
    ['26-1-1', false],
  ])('%s is %s', (date, real) => {
    expect(isRealDate(date)).toBe(real);
  });
});

describe('every shipped worksheet definition', () => {
  it.each(worksheetDefinitions.map((definition) => [definition.id, definition] as const))(
    '%s is well formed and allows long answers of 2,000 characters or more',
    async (_id, definition) => {
      const slots = answerSlots(definition);
      for (const slot of slots.filter((s) => s.kind === 'multiline'))
        expect(slot.maxLength).toBeGreaterThanOrEqual(2000);
      const prefillable = slots.filter((slot) => slot.field.prefillable).map((slot) => slot.key);
      // Patient-identifying answers can never be carried in a provider's link.
      expect(prefillable).not.toContain('yourName');
      // Blank, it is complete unless it asks for something: a required answer in use (an entry of a
      // repeated section is not in use while it is blank).
      const blank = emptyAnswers(definition);
      expect((await worksheetSchema(definition, { country: 'US', ui }).safeParseAsync(blank)).success).toBe(
        slots.every((slot) => !slot.field.required || slot.otherOf || !isInUse(slot, blank)),
      );
    },
  );
});

describe('phone numbers', () => {
  it('accepts the ways people write numbers: spaces, brackets, dashes, +codes and extensions', async () => {
    for (const phone of ['(201) 555-0123', '201 555 0123 ext. 12', '+1 201-555-0123 x4', '+44 161 496 0000']) {
      expect(await problems(valid({ phone })), phone).toEqual([]);
    }
  });

  it('refuses what cannot be dialled, with a message saying what to enter', async () => {
    for (const phone of ['12', 'call me', '555 0123']) {
      expect(await problems(valid({ phone })), phone).toEqual([
        ['phone', 'Enter phone number as a phone number you can dial, with the area code'],
      ]);
    }
  });

  it('reads numbers without a +code as numbers of the clinic’s country', async () => {
    const british = worksheetSchema(everyKindWorksheet, { country: 'GB', ui });
    expect((await british.safeParseAsync(valid({ phone: '0161 496 0000' }))).success).toBe(true);
    expect((await schema.safeParseAsync(valid({ phone: '0161 496 0000' }))).success).toBe(false);
  });
});

describe('dates limited to around today', () => {
  const booking: WorksheetDefinition = {
    ...everyKindWorksheet,
    sections: [
      {
        id: 'when',
        title: 'When',
        fields: [
          {
            id: 'sessionDate',
            kind: 'date',
            label: 'Session date',
            within: {
              notPast: { message: 'The session date must be today or in the future' },
              yearsAhead: { years: 1, message: 'The session date must be within a year from today' },
            },
          },
        ],
      },
    ],
  };
  const check = async (sessionDate: string, today = '2026-11-28') => {
    const result = await worksheetSchema(booking, { country: 'US', today, ui }).safeParseAsync({ sessionDate });
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('accepts today, a date ahead, and exactly a year ahead', async () => {
    for (const date of ['2026-11-28', '2027-03-01', '2027-11-28']) expect(await check(date), date).toEqual([]);
  });

  it('says so when the date is in the past', async () => {
    expect(await check('2026-11-27')).toEqual(['The session date must be today or in the future']);
  });

  it('says so when the date is more than a year ahead', async () => {
    expect(await check('2027-11-29')).toEqual(['The session date must be within a year from today']);
  });

  it('counts a year from 29 February as 28 February', async () => {
    expect(await check('2025-02-28', '2024-02-29')).toEqual([]);
    expect(await check('2025-03-01', '2024-02-29')).toEqual(['The session date must be within a year from today']);
  });

  it('leaves an empty optional date alone', async () => {
    expect(await check('')).toEqual([]);
  });
});

describe('localToday', () => {
  it('is the device’s calendar date, not the UTC one', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('messages in the page’s language', () => {
  /** Spanish words for every message (the Spanish files are being written: these differ from English whatever they hold). */
  const spanish = createTranslator(
    {
      ...en,
      'check.required': 'Responde “{label}”',
      'check.tooLong': '{label} debe tener {max} caracteres o menos',
      'check.pickOne': 'Elige una de las opciones de {label}',
      'check.pickSeveral': 'Elige entre las opciones de {label}',
      'check.email': 'Escribe {label} como una dirección de correo electrónico, por ejemplo, nombre@ejemplo.com',
      'check.phone': 'Escribe {label} como un número de teléfono al que se pueda llamar, con el código de área',
      'check.date': '{label} debe ser una fecha real',
      'check.time': '{label} debe ser una hora real, por ejemplo, 14:30',
      'form.inEntry': '{entry} — {text}',
    },
    'es',
  );
  const preguntas: WorksheetDefinition = {
    ...everyKindWorksheet,
    sections: [
      {
        id: 'preguntas',
        title: 'Preguntas',
        fields: [
          { id: 'nombre', kind: 'text', label: '¿Cómo te llamas?', maxLength: 40, required: true },
          { id: 'historia', kind: 'textarea', label: 'Tu historia', maxLength: 2000 },
          { id: 'correo', kind: 'email', label: 'Correo electrónico', maxLength: 80 },
          { id: 'telefono', kind: 'tel', label: '¿Tu número de teléfono?', maxLength: 30 },
          { id: 'dia', kind: 'date', label: '¿Qué día es la sesión?' },
          { id: 'hora', kind: 'time', label: 'Hora de inicio:' },
          { id: 'lugar', kind: 'radio', label: '¿Dónde será?', options: [{ value: 'casa', label: 'En casa' }] },
          { id: 'cosas', kind: 'checkbox-group', label: '¿Qué llevarás?', options: [{ value: 'agua', label: 'Agua' }] },
        ],
      },
    ],
  };
  const messages = async (answers: Partial<WorksheetAnswers>) => {
    const result = await worksheetSchema(preguntas, { country: 'US', ui: spanish }).safeParseAsync({
      ...emptyAnswers(preguntas),
      ...answers,
    });
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('words every check with the translator given, each label fitted into its sentence (¿ and ? dropped, a small first letter)', async () => {
    // Sorted: the phone check runs asynchronously, so its issue may come last.
    expect(
      (
        await messages({
          historia: 'a'.repeat(2001),
          correo: 'no es un correo',
          telefono: '12',
          dia: '2026-02-30',
          hora: '25:00',
          lugar: 'playa',
          cosas: ['pastel'],
        })
      ).sort(),
    ).toEqual(
      [
        'Responde “¿Cómo te llamas?”',
        'Tu historia debe tener 2.000 caracteres o menos',
        'Escribe correo electrónico como una dirección de correo electrónico, por ejemplo, nombre@ejemplo.com',
        'Escribe tu número de teléfono como un número de teléfono al que se pueda llamar, con el código de área',
        'Qué día es la sesión debe ser una fecha real',
        'Hora de inicio debe ser una hora real, por ejemplo, 14:30',
        'Elige una de las opciones de dónde será',
        'Elige entre las opciones de qué llevarás',
      ].sort(),
    );
  });

  it('names the entry of a repeated section with the translator’s words', async () => {
    const result = await worksheetSchema(repeatedWorksheet, { country: 'US', ui: spanish }).safeParseAsync({
      ...emptyAnswers(repeatedWorksheet),
      name: 'Sam',
      notes1: 'Una nota',
    });
    const issues = result.error?.issues.map((issue) => issue.message) ?? [];
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) expect(issue).toMatch(/^Day 1 — /);
  });

  it('fits labels into sentences in either language', () => {
    expect(inSentence('Your phone number?', 'en')).toBe('your phone number');
    expect(inSentence('¿Tu número de teléfono?', 'es')).toBe('tu número de teléfono');
    expect(inSentence('¡Último paso!', 'es')).toBe('último paso');
    expect(asSubject('Session date:')).toBe('Session date');
    expect(asSubject('¿Cuándo es la sesión?')).toBe('Cuándo es la sesión');
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerSlots, choiceOptions, emptyAnswers, type AnswerSlot } from '../../../src/worksheets/answers';
import chaperoneWorksheet from '../../../src/worksheets/chaperone/definition';
import { fitAnswers, fitDraft, ignoredFieldNames } from '../../../src/worksheets/fit-draft';
import intentionWorksheet from '../../../src/worksheets/intention/definition';
import { isPngDataUrl, isRealDate, isTimeOfDay } from '../../../src/worksheets/schema';
import type { ChoiceField, WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';
import en from '../../../src/i18n/en/ui.json' with { type: 'json' };
import { translatorFor } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';

const ui = translatorFor('en');

const definitions = [everyKindWorksheet, intentionWorksheet, chaperoneWorksheet];
const PNG = 'data:image/png;base64,iVBORw0KGgo=';

/** A full, fitting set of answers for the every-kind worksheet. */
const everyKindAnswers = (): WorksheetAnswers => ({
  ...emptyAnswers(everyKindWorksheet),
  name: 'Robin',
  phone: '+1 201 555 0100',
  email: 'robin@example.org',
  story: 'Line one\nline two',
  day: '2027-02-28',
  start: '09:30',
  agree: true,
  colour: 'other',
  colourOther: 'teal',
  size: 'large',
  snacks: ['nuts', 'fruit', 'other'],
  snacksOther: 'dates',
});

describe('fitAnswers', () => {
  it('gives back answers that fit exactly, leaving nothing out', () => {
    const answers = everyKindAnswers();
    expect(fitAnswers(everyKindWorksheet, answers)).toEqual({ answers, ignored: [] });
  });

  it('keeps text longer than the limit: the form flags it, nothing is cut', () => {
    const story = 'x'.repeat(5000);
    expect(fitAnswers(everyKindWorksheet, { story }).answers.story).toBe(story);
  });

  it('answers only what the draft holds, so the form keeps how the rest started', () => {
    expect(fitAnswers(everyKindWorksheet, { name: 'Robin' })).toEqual({ answers: { name: 'Robin' }, ignored: [] });
  });

  it('leaves out questions the worksheet no longer has', () => {
    const { answers, ignored } = fitAnswers(everyKindWorksheet, {
      name: 'Robin',
      favouriteFood: 'soup',
      __proto__x: 1,
    });
    expect(ignored).toEqual(['favouriteFood', '__proto__x']);
    expect(answers).not.toHaveProperty('favouriteFood');
    expect(answers.name).toBe('Robin');
  });

  it('leaves out values of the wrong type, whatever normalizing would make of them', () => {
    const { answers, ignored } = fitAnswers(everyKindWorksheet, {
      name: 42,
      agree: 'yes',
      snacks: 'fruit',
      size: null,
      story: ['a'],
    });
    expect(answers).toEqual({ name: '', story: '', agree: false, size: '', snacks: [] });
    expect(ignored).toEqual(['name', 'story', 'agree', 'size', 'snacks']);
  });

  it('leaves out picks no longer offered, keeping the rest of a checkbox group', () => {
    const { answers, ignored } = fitAnswers(everyKindWorksheet, {
      colour: 'green',
      snacks: ['fruit', 'crisps', 'fruit'],
      size: 'small',
    });
    expect(answers).toMatchObject({ colour: '', snacks: ['fruit'], size: 'small' });
    expect(ignored).toEqual(['colour', 'snacks']);
  });

  it('leaves out dates, times and drawings the inputs could not show', () => {
    const { answers, ignored } = fitAnswers(everyKindWorksheet, { day: '2027-02-30', start: '25:00' });
    expect(answers).toMatchObject({ day: '', start: '' });
    expect(ignored).toEqual(['day', 'start']);
    const signed = fitAnswers(chaperoneWorksheet, { patientSignature: PNG, chaperoneSignature: 'javascript:alert(1)' });
    expect(signed.answers).toMatchObject({ patientSignature: PNG, chaperoneSignature: '' });
    expect(signed.ignored).toEqual(['chaperoneSignature']);
  });

  it('keeps a large drawing as it is', () => {
    const large = `${PNG}${'A'.repeat(500_000)}`;
    expect(fitAnswers(chaperoneWorksheet, { patientSignature: large }).answers.patientSignature).toBe(large);
  });

  it('treats anything that is not an object of answers as no answers', () => {
    for (const saved of [null, undefined, 'text', 3, true, ['a'], [{ name: 'x' }]]) {
      expect(fitAnswers(everyKindWorksheet, saved)).toEqual({ answers: {}, ignored: [] });
    }
  });
});

/** Whether `value` is something `slot` can hold: its type, and a value its input can show. */
function holds(slot: AnswerSlot, value: unknown): boolean {
  const options =
    slot.kind === 'choice' || slot.kind === 'choices'
      ? choiceOptions(slot.field as ChoiceField).map((option) => option.value)
      : [];
  switch (slot.kind) {
    case 'checkbox':
      return typeof value === 'boolean';
    case 'choices':
      return (
        Array.isArray(value) && value.every((pick) => options.includes(pick)) && new Set(value).size === value.length
      );
    case 'choice':
      return value === '' || options.includes(value as string);
    case 'date':
      return value === '' || (typeof value === 'string' && isRealDate(value));
    case 'time':
      return value === '' || (typeof value === 'string' && isTimeOfDay(value));
    case 'signature':
      return value === '' || (typeof value === 'string' && isPngDataUrl(value));
    default:
      return typeof value === 'string';
  }
}

/** Drafts as storage might hold them: real keys and values mixed with anything JSON can be. */
const anyDraftAnswers = (definition: WorksheetDefinition) => {
  const slots = answerSlots(definition);
  const likely = fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(
      '',
      'other',
      'red',
      'fruit',
      'slow-breathing',
      'remote',
      '2027-02-28',
      '2027-02-30',
      '10:30',
      '24:00',
      PNG,
      true,
      false,
    ),
    fc.array(fc.constantFrom('fruit', 'nuts', 'other', 'music', 'blanket', 'gone', ''), { maxLength: 4 }),
  );
  const key = fc.oneof(
    fc.constantFrom(...slots.map((slot) => slot.key), '__proto__', 'constructor', 'toString'),
    fc.string({ maxLength: 12 }),
  );
  return fc.oneof(fc.dictionary(key, likely, { maxKeys: 20 }), fc.jsonValue());
};

describe('fitAnswers, for anything storage holds (property)', () => {
  it.each(definitions.map((definition) => [definition.title, definition] as const))(
    '%s: never throws, and answers only slots the draft holds, each with a value it can hold',
    (_, definition) => {
      const slots = answerSlots(definition);
      fc.assert(
        fc.property(anyDraftAnswers(definition), (saved) => {
          const { answers, ignored } = fitAnswers(definition, JSON.parse(JSON.stringify(saved ?? null)));
          const raw =
            saved && typeof saved === 'object' && !Array.isArray(saved) ? (saved as Record<string, unknown>) : {};
          expect(Object.keys(answers).sort()).toEqual(
            slots
              .map((slot) => slot.key)
              .filter((key) => Object.hasOwn(raw, key))
              .sort(),
          );
          for (const slot of slots) {
            if (Object.hasOwn(answers, slot.key))
              expect(holds(slot, answers[slot.key]), `${slot.key}: ${JSON.stringify(answers[slot.key])}`).toBe(true);
          }
          // Whatever was not taken back exactly is named.
          for (const key of Object.keys(raw)) {
            const kept = Object.hasOwn(answers, key) && JSON.stringify(answers[key]) === JSON.stringify(raw[key]);
            expect(kept || ignored.includes(key), key).toBe(true);
          }
          expect(ignoredFieldNames(definition, ignored, ui).length).toBeLessThanOrEqual(ignored.length);
        }),
        { numRuns: 300 },
      );
    },
  );

  it('gives back any answers that fit unchanged, leaving nothing out', () => {
    fc.assert(
      fc.property(
        fc.record({
          name: fc.string(),
          story: fc.string(),
          agree: fc.boolean(),
          snacks: fc.subarray(['fruit', 'nuts', 'other']),
          colour: fc.constantFrom('', 'red', 'blue', 'other'),
        }),
        (picked) => {
          const answers = { ...emptyAnswers(everyKindWorksheet), ...picked };
          expect(fitAnswers(everyKindWorksheet, answers)).toEqual({ answers, ignored: [] });
        },
      ),
    );
  });
});

describe('fitDraft', () => {
  it('reads a kept draft: when it was saved, and its fitted answers', () => {
    const fitted = fitDraft(everyKindWorksheet, {
      version: 1,
      savedAt: '2026-03-14T10:30:00.000Z',
      answers: { name: 'Robin', gone: 'x' },
    });
    expect(fitted?.savedAt.toISOString()).toBe('2026-03-14T10:30:00.000Z');
    expect(fitted?.answers.name).toBe('Robin');
    expect(fitted?.ignored).toEqual(['gone']);
  });

  it('fits a draft of another version by field id, as resume does', () => {
    expect(
      fitDraft(everyKindWorksheet, { version: 99, savedAt: '2026-03-14T10:30:00Z', answers: { name: 'Robin' } })
        ?.answers.name,
    ).toBe('Robin');
  });

  it('is undefined for anything that is not a draft', () => {
    for (const kept of [
      undefined,
      null,
      'draft',
      1,
      [],
      { answers: {} },
      { savedAt: 'not a date', answers: {} },
      { savedAt: 0, answers: {} },
      { savedAt: '2026-03-14', answers: [] },
    ]) {
      expect(fitDraft(everyKindWorksheet, kept)).toBeUndefined();
    }
  });

  it('never throws on any JSON', () => {
    fc.assert(
      fc.property(
        fc.jsonValue(),
        fc.oneof(
          fc.jsonValue(),
          fc.date().map((date) => (Number.isNaN(date.getTime()) ? 'x' : date.toISOString())),
        ),
        (answers, savedAt) => {
          const fitted = fitDraft(intentionWorksheet, JSON.parse(JSON.stringify({ version: 1, savedAt, answers })));
          const slots = Object.keys(emptyAnswers(intentionWorksheet));
          if (fitted) for (const key of Object.keys(fitted.answers)) expect(slots).toContain(key);
        },
      ),
    );
  });
});

describe('ignoredFieldNames', () => {
  it('names current fields by their question, and "Other" boxes by their own label', () => {
    expect(ignoredFieldNames(intentionWorksheet, ['whyNow', 'groundingOptionsOther'], ui)).toEqual([
      '“Why now”',
      '“What else might help”',
    ]);
  });

  it('names questions the worksheet no longer has in the words of their id', () => {
    expect(ignoredFieldNames(intentionWorksheet, ['favouriteColour', 'mood'], ui)).toEqual([
      '“favourite colour”',
      '“mood”',
    ]);
  });

  it('reads PDF field names of options and continuations as their question, each once', () => {
    expect(
      ignoredFieldNames(
        intentionWorksheet,
        ['groundingOptions.incense', 'groundingOptions.candles', 'oldAnswer__2', 'oldAnswer'],
        ui,
      ),
    ).toEqual(['“Which of these might help you”', '“old answer”']);
  });

  it('does not repeat back anything not shaped like a field id', () => {
    expect(
      ignoredFieldNames(
        intentionWorksheet,
        ['<img src=x>', 'Capital', '', 'a'.repeat(41), 'with space', '__proto__'],
        ui,
      ),
    ).toEqual([]);
  });

  it('quotes and names entries with the translator’s words, a Spanish question without its ¿ and ?', () => {
    const spanish = createTranslator({ ...en, 'form.quoted': '«{text}»', 'form.inEntry': '{entry} — {text}' }, 'es');
    const preguntas: WorksheetDefinition = {
      ...everyKindWorksheet,
      sections: [
        { id: 'una', title: 'Una', fields: [{ id: 'porQue', kind: 'text', label: '¿Por qué ahora?', maxLength: 40 }] },
        {
          id: 'dias',
          title: 'Días',
          repeat: { max: 2, entryTitle: 'Día', addLabel: 'Agregar otro día', removeLabel: 'Quitar el día' },
          fields: [{ id: 'nota', kind: 'text', label: 'Nota:', maxLength: 40 }],
        },
      ],
    };
    expect(ignoredFieldNames(preguntas, ['porQue', 'nota2', 'viejaRespuesta'], spanish)).toEqual([
      '«Por qué ahora»',
      '«Día 2 — Nota»',
      '«vieja respuesta»',
    ]);
  });
});

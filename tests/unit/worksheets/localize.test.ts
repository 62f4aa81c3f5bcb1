import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerSlots } from '../../../src/worksheets/answers';
import { checkDefinition } from '../../../src/worksheets/check-definition';
import chaperone from '../../../src/worksheets/chaperone/definition';
import { worksheetDefinitions, worksheetFor, worksheetTranslationProblems } from '../../../src/worksheets/definitions';
import dosingDay from '../../../src/worksheets/dosing-day/definition';
import { worksheetIds } from '../../../src/worksheets/ids';
import integration from '../../../src/worksheets/integration/definition';
import intention from '../../../src/worksheets/intention/definition';
import {
  localizeDefinition,
  STRUCTURAL_PROPERTIES,
  translatableStrings,
  translationProblems,
} from '../../../src/worksheets/localize';
import { localizeWorksheets } from '../../../src/worksheets/localized-worksheets';
import type { WorksheetDefinition } from '../../../src/worksheets/types';
import { worksheetWords } from '../../../src/worksheets/worksheet-words';

/**
 * Worksheet translations (src/worksheets/localize.ts): the keys the walker gives, a translation put
 * back into a definition, the parity check's messages, English as the fallback, and the Spanish
 * files the kit ships.
 */

const FILE = 'src/i18n/es/worksheets/test.json';

/** Every word of a definition, each turned into a stand-in that keeps its placeholders: a translation that is surely not English. */
const standIn = (definition: WorksheetDefinition): Record<string, string> =>
  Object.fromEntries(
    Object.entries(translatableStrings(definition)).map(([key, text]) => [
      key,
      `«${key}» ${[...text.matchAll(/\{[^{}\s]+\}/g)].join(' ')}`.trim(),
    ]),
  );

/** The definition with every word replaced by `#`: what must be the same in every language. */
function skeleton(value: unknown, property = ''): unknown {
  if (typeof value === 'string') return STRUCTURAL_PROPERTIES.has(property) ? value : '#';
  if (Array.isArray(value)) return value.map((element) => skeleton(element, property));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        skeleton(inner, STRUCTURAL_PROPERTIES.has(property) ? property : key),
      ]),
    );
  return value;
}

const spanish = (id: string) => worksheetFor(id, 'es').definition;

describe('the translation keys of a definition', () => {
  const intentionKeys = translatableStrings(intention);
  const chaperoneKeys = translatableStrings(chaperone);

  it('name a field by its section and id, an option by its value, and the "Other" box', () => {
    expect(intentionKeys).toMatchObject({
      title: 'Intention worksheet',
      'sections.about.title': 'About this worksheet',
      'sections.about.fields.yourName.label': 'Your name',
      'sections.intentions.fields.intentions.hint': intention.sections[1]!.fields[0]!.hint,
      'sections.setting.fields.modality.options.remote.label': 'Remote, at home with a chaperone',
      'sections.grounding.fields.groundingOptions.other.textLabel': 'What else might help',
    });
    expect(chaperoneKeys['sections.session.fields.modality.options.self-led.hint']).toBe(
      'No one from the care team is on a call. You can still phone them.',
    );
  });

  it('name cards, blocks, entries and list items by index, and log columns by id', () => {
    expect(chaperoneKeys).toMatchObject({
      'cards.0.title': 'Chaperone card',
      'cards.0.blocks.0.entries.1.label': 'Clinic line',
      'cards.0.blocks.1.items.0': 'blood pressure is {bloodPressure.callCareTeamAt}',
      'cards.0.blocks.6.columns.time.label': 'Time',
    });
  });

  it('reach limits’ messages, a repeated section’s words and the worksheet’s own words', () => {
    const dosingKeys = translatableStrings(dosingDay);

    expect(dosingKeys['sections.session.fields.sessionDate.within.notPast.message']).toBe(
      'The date of the session must be today or in the future',
    );
    expect(translatableStrings(integration)['sections.entries.repeat.addLabel']).toBe('Add another entry');
    expect(dosingKeys['words.dosingDay.timeline.lastFood']).toBe('Last food. After this, do not eat.');
    expect(Object.keys(dosingKeys).filter((key) => key.startsWith('words.'))).toHaveLength(
      Object.keys(dosingDay.words!).length,
    );
  });

  it.each(worksheetDefinitions.map((definition) => [definition.id, definition] as const))(
    'leave out every structural string of %s',
    (_id, definition) => {
      const keys = Object.keys(translatableStrings(definition));

      // The worksheet's own words are named by their own keys (`words.dosingDay.timeline.from`).
      for (const key of keys.filter((candidate) => !candidate.startsWith('words.'))) {
        const last = key.split('.').at(-1)!;
        expect(STRUCTURAL_PROPERTIES.has(last), key).toBe(false);
        expect(key, key).not.toMatch(/\.(from|equals|showWhen)\./);
      }
      // Ids, option values, answer keys and file names are never asked for.
      const words = Object.values(translatableStrings(definition));
      expect(words).not.toContain(definition.fileName);
      for (const slot of answerSlots(definition)) expect(words, slot.key).not.toContain(slot.key);
    },
  );

  it('take every one of the worksheet’s own words, whatever its key is called', () => {
    const words = { id: 'Identificador', 'dosingDay.timeline.from': 'From {time}' };

    expect(translatableStrings({ ...intention, words })).toMatchObject({
      'words.id': 'Identificador',
      'words.dosingDay.timeline.from': 'From {time}',
    });
  });

  it('take any new string property as words (the deny-list fails safe)', () => {
    const withPlaceholder = {
      ...intention,
      sections: [
        { ...intention.sections[0]!, fields: [{ ...intention.sections[0]!.fields[0]!, placeholder: 'Robin' }] },
      ],
    } as unknown as WorksheetDefinition;

    expect(translatableStrings(withPlaceholder)['sections.about.fields.yourName.placeholder']).toBe('Robin');
  });

  it('refuse two sections with one id, which no translation could tell apart', () => {
    const twice = { ...intention, sections: [intention.sections[0]!, intention.sections[0]!] };

    expect(() => translatableStrings(twice)).toThrow(
      'intention: two pieces of text share the translation key "sections.about.title"',
    );
  });
});

describe('localizeDefinition', () => {
  it('replaces every word and keeps ids, kinds, values, limits, conditions and order', () => {
    const localized = localizeDefinition(chaperone, standIn(chaperone), FILE);

    expect(localized.sections[0]!.fields[0]!.label).toBe('«sections.session.fields.patientName.label»');
    expect(localized.cards![0]!.blocks[1]!.kind === 'list' && localized.cards![0]!.blocks[1]!.items[0]).toBe(
      '«cards.0.blocks.1.items.0» {bloodPressure.callCareTeamAt}',
    );
    expect(skeleton(localized)).toEqual(skeleton(chaperone));
    // Every word changed: nothing was left in English.
    const english = translatableStrings(chaperone);
    for (const [key, text] of Object.entries(translatableStrings(localized))) expect(text, key).not.toBe(english[key]);
    expect(() => checkDefinition(localized)).not.toThrow();
  });

  it('shares nothing with the English definition, which stays as it was', () => {
    const before = JSON.stringify(dosingDay);
    const localized = localizeDefinition(dosingDay, standIn(dosingDay), FILE);

    expect(JSON.stringify(dosingDay)).toBe(before);
    expect(localized.sections[0]!.fields[2]).not.toBe(dosingDay.sections[0]!.fields[2]);
    expect(localized.cards![1]!.blocks[2]).not.toBe(dosingDay.cards![1]!.blocks[2]);
  });

  it('brings the worksheet’s own words, plural forms another language adds included', () => {
    const translation = { ...standIn(dosingDay), 'words.dosingDay.timeline.start': 'Empieza la sesión.' };
    const localized = localizeDefinition(dosingDay, translation, FILE);

    expect(worksheetWords(localized, 'es').t('dosingDay.timeline.start')).toBe('Empieza la sesión.');
    expect(Object.keys(localized.words!)).toEqual(Object.keys(dosingDay.words!));
  });
});

describe('a translation that does not match its English definition', () => {
  const complete = standIn(intention);
  const problemsWith = (translation: unknown) => translationProblems(intention, translation, FILE);

  it('is complete when it has every key, and nothing else', () => {
    expect(problemsWith(complete)).toEqual([]);
  });

  it('names the file and a missing key, with its English', () => {
    const { 'sections.about.fields.yourName.label': _missing, ...rest } = complete;

    expect(problemsWith(rest)).toEqual([
      `${FILE}: "sections.about.fields.yourName.label" is missing (English: "Your name").`,
    ]);
  });

  it('names the file and an extra key', () => {
    expect(problemsWith({ ...complete, 'sections.about.fields.yourNme.label': 'Tu nombre' })).toEqual([
      `${FILE}: "sections.about.fields.yourNme.label" is not an English key; remove it or fix its name.`,
    ]);
  });

  it('names the file and a key whose clinic-value placeholder differs', () => {
    const key = 'sections.support.fields.gettingHome.hint';

    for (const hint of [
      'No manejes hasta mañana.',
      'No manejes hasta {driving.allowedAgian}.',
      'No manejes hasta {driving.allowedAgain} {clinic.phone}.',
    ]) {
      expect(problemsWith({ ...complete, [key]: hint }), hint).toEqual([
        `${FILE}: "${key}" must use the placeholders {driving.allowedAgain}, as the English does.`,
      ]);
    }
  });

  it('names the file and a key whose word placeholder differs, once', () => {
    const key = 'words.dosingDay.timeline.bloodPressure.home';
    const problems = translationProblems(
      dosingDay,
      { ...standIn(dosingDay), [key]: 'Siéntate en calma y mídete la presión.' },
      FILE,
    );

    expect(problems).toEqual([`${FILE}: "${key}" must use the placeholders {rest}, as the English does.`]);
  });

  it('names a value that is not words, and a file that is not an object of them', () => {
    expect(problemsWith({ ...complete, title: '  ' })).toEqual([`${FILE}: "title" must be a string of words.`]);
    expect(problemsWith(['title'])).toEqual([`${FILE}: must be one JSON object of translation keys and their words.`]);
  });

  it('is refused by localizeDefinition, listing every problem', () => {
    const { title: _title, ...rest } = complete;

    expect(() => localizeDefinition(intention, { ...rest, extra: 'x' }, FILE)).toThrow(
      new RegExp(`${FILE}: "title" is missing[\\s\\S]*${FILE}: "extra" is not an English key`),
    );
  });
});

describe('the worksheets of a locale', () => {
  const definitions = [intention, chaperone];

  it('fall back to English, marked as not translated, for a worksheet the locale has no file for', () => {
    const localized = localizeWorksheets(definitions, { '../i18n/es/worksheets/intention.json': standIn(intention) });
    const [first, second] = localized.worksheetsFor('es');

    expect(localized.problems).toEqual([]);
    expect(first).toMatchObject({ translated: true, lang: 'es' });
    expect(first!.definition.title).toBe('«title»');
    expect(second).toEqual({ definition: chaperone, translated: false, lang: 'en' });
    expect(localized.worksheetsFor('en')).toEqual([
      { definition: intention, translated: true, lang: 'en' },
      { definition: chaperone, translated: true, lang: 'en' },
    ]);
  });

  it('read the files whatever the glob’s prefix (Vite’s, or the bench’s esbuild plugin’s)', () => {
    const localized = localizeWorksheets(definitions, { './../i18n/es/worksheets/chaperone.json': standIn(chaperone) });

    expect(localized.worksheetsFor('es').map((worksheet) => worksheet.translated)).toEqual([false, true]);
  });

  it('report a translation with problems, naming the file and key, and show that worksheet in English', () => {
    const { title: _title, ...rest } = standIn(intention);
    const localized = localizeWorksheets(definitions, { '../i18n/es/worksheets/intention.json': rest });

    expect(localized.problems).toEqual([
      'src/i18n/es/worksheets/intention.json: "title" is missing (English: "Intention worksheet").',
    ]);
    expect(localized.worksheetsFor('es')[0]).toEqual({ definition: intention, translated: false, lang: 'en' });
  });

  it('report a file for no worksheet, for a locale the site does not have, and an English one', () => {
    const localized = localizeWorksheets(definitions, {
      '../i18n/es/worksheets/intentions.json': {},
      '../i18n/fr/worksheets/intention.json': {},
      '../i18n/en/worksheets/intention.json': {},
    });

    expect(localized.problems).toEqual([
      'src/i18n/es/worksheets/intentions.json: there is no worksheet "intentions" (src/worksheets/intentions/definition.ts); rename or remove the file.',
      'src/i18n/fr/worksheets/intention.json: "fr" is not one of the site\'s locales (src/i18n/locales.ts): en, es.',
      'src/i18n/en/worksheets/intention.json: the English words are the definition itself (src/worksheets/intention/definition.ts); remove this file.',
    ]);
  });

  it('report a localized definition that does not pass checkDefinition, naming the file', () => {
    // The registry checks the English first, and parity refuses blank words, so only a definition
    // that already breaks a rule gets here: one with a prefillable field in a repeated section.
    const broken = {
      ...intention,
      sections: [
        { ...intention.sections[0]!, repeat: { max: 3, entryTitle: 'Entry', addLabel: 'Add', removeLabel: 'Remove' } },
      ],
    };
    const localized = localizeWorksheets([broken], { '../i18n/es/worksheets/intention.json': standIn(broken) });

    expect(localized.problems).toEqual([
      'src/i18n/es/worksheets/intention.json: intention: repeated section "about": "dosingDate" cannot be prefillable (each entry is the patient\'s own).',
    ]);
  });
});

describe('the Spanish worksheets the kit ships', () => {
  it('have a complete, matching translation file each', () => {
    expect(worksheetTranslationProblems()).toEqual([]);
    for (const id of worksheetIds) expect(worksheetFor(id, 'es'), id).toMatchObject({ translated: true, lang: 'es' });
  });

  it.each(worksheetIds)('%s keeps the English structure and passes checkDefinition', (id) => {
    const english = worksheetDefinitions.find((definition) => definition.id === id)!;
    const localized = spanish(id);

    expect(skeleton(localized)).toEqual(skeleton(english));
    expect(answerSlots(localized).map((slot) => [slot.key, slot.kind])).toEqual(
      answerSlots(english).map((slot) => [slot.key, slot.kind]),
    );
    expect(() => checkDefinition(localized)).not.toThrow();
  });

  it.each(worksheetIds)('%s is in Spanish: no word is left as the English', (id) => {
    const english = translatableStrings(worksheetDefinitions.find((definition) => definition.id === id)!);
    const same = Object.entries(translatableStrings(spanish(id)))
      // A string with no words of its own ("{label}: {number}") reads the same in every language.
      .filter(([key, text]) => text === english[key] && /\p{L}/u.test(text.replace(/\{[^{}\s]+\}/g, '')))
      .map(([key]) => key);

    expect(same).toEqual([]);
  });

  it('ask the dosing-day questions in Spanish', () => {
    const dosing = spanish('dosing-day');
    const place = dosing.sections[0]!.fields.find((field) => field.id === 'place')!;

    expect(dosing.title).toBe('Plan para el día de la sesión');
    expect(place.label).toBe('¿Dónde será la sesión?');
    expect(place.requiredMessage).toBe('Elige dónde será la sesión');
    expect(worksheetWords(dosing, 'es').t('dosingDay.panel.title')).toBe('Tu horario');
  });

  it('list on the integration card when to call the care team as the Spanish module does', () => {
    const module = readFileSync(
      new URL('../../../src/content/modules/es/after-the-session-integration.mdx', import.meta.url),
      'utf8',
    );
    const section = module
      .split(/^## /m)
      .find((part) => part.startsWith('Cuándo comunicarte con tu equipo de atención\n'))!;
    const bullets = [...section.matchAll(/^- (.+)$/gm)].map((match) => match[1]!.trim());
    const list = spanish('integration').cards![0]!.blocks.find(
      (block) => block.kind === 'list' && block.title === 'Comunícate con tu equipo de atención si',
    );

    expect(bullets.length).toBeGreaterThan(3);
    expect(list && 'items' in list ? list.items : []).toEqual(bullets);
  });

  it('type no number in the integration journal’s Spanish words (numbers are clinic values)', () => {
    const words = Object.values(translatableStrings(spanish('integration')))
      .join(' ')
      .replace(/\{[a-zA-Z.]+\}/g, '');

    expect(words.match(/\d/g)).toBeNull();
  });
});

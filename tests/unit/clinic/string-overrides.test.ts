import { describe, expect, it } from 'vitest';
import { applyStringOverrides } from '../../../src/clinic/string-overrides';
import en from '../../../src/i18n/en/ui.json';
import es from '../../../src/i18n/es/ui.json';
import { translatableStrings } from '../../../src/worksheets/localize';
import { localizeWorksheets } from '../../../src/worksheets/localized-worksheets';
import chaperone from '../../../src/worksheets/chaperone/definition';
import intention from '../../../src/worksheets/intention/definition';
import { worksheetFor } from '../../../src/worksheets/definitions';

/**
 * A clinic's own wording (clinic/strings/<locale>/…): the kit's strings with some keys replaced,
 * and the build's refusal of an override that would fail a patient, naming the file and the key.
 */

const FILE = 'clinic/strings/en/ui.json';

describe('a clinic’s string overrides', () => {
  it('replace only the keys the clinic sets, leaving every other string the kit’s', () => {
    const { strings, problems } = applyStringOverrides(en, { 'nav.modules': 'Guides' }, FILE);

    expect(problems).toEqual([]);
    expect(strings['nav.modules']).toBe('Guides');
    const changed = Object.keys(en).filter((key) => strings[key as keyof typeof en] !== en[key as keyof typeof en]);
    expect(changed).toEqual(['nav.modules']);
  });

  it('are the kit’s strings, untouched, when the clinic has no file', () => {
    expect(applyStringOverrides(es, undefined, FILE)).toEqual({ strings: es, problems: [] });
  });

  it('refuse a key the kit does not have, suggesting the one it is likely a slip for', () => {
    const { strings, problems } = applyStringOverrides(en, { 'nav.modles': 'Guides' }, FILE);

    expect(problems).toEqual([`${FILE}: "nav.modles" is not a string of the kit; did you mean "nav.modules"?`]);
    expect(strings).toEqual(en);
  });

  it('refuse a key nothing is near, pointing at the changelog for renamed strings', () => {
    expect(applyStringOverrides(en, { 'totally.unknown.words': 'x' }, FILE).problems[0]).toMatch(
      /"totally\.unknown\.words" is not a string of the kit \(check its spelling.*CHANGELOG\.md\)/,
    );
  });

  it('refuse a value that drops or adds a placeholder, naming the kit’s', () => {
    const key = Object.keys(en).find((candidate) => /\{\w+\}/.test(en[candidate as keyof typeof en]))!;
    const { problems } = applyStringOverrides(en, { [key]: 'No placeholders here' }, FILE);

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      new RegExp(
        `^${FILE}: "${key.replace(/\./g, '\\.')}" must keep the kit's placeholders \\{\\w+\\}.* \\(it has none\\)`,
      ),
    );
  });

  it('refuse empty or non-text values, and a file that is not an object', () => {
    expect(applyStringOverrides(en, { 'nav.modules': '' }, FILE).problems).toEqual([
      `${FILE}: "nav.modules" must be text in quotes, not empty.`,
    ]);
    expect(applyStringOverrides(en, { 'nav.modules': 3 }, FILE).problems).toEqual([
      `${FILE}: "nav.modules" must be text in quotes, not 3.`,
    ]);
    expect(applyStringOverrides(en, ['nav.modules'], FILE).problems[0]).toMatch(
      /write an object of "key": "text" pairs/,
    );
  });

  it('send the site’s name to brand.name, the one setting every place reads', () => {
    expect(applyStringOverrides(en, { 'site.name': 'Our Clinic' }, FILE).problems).toEqual([
      `${FILE}: "site.name" cannot be overridden here: set \`brand.name\` in clinic/config.ts instead, so the header, titles, PDFs and search all use it.`,
    ]);
  });
});

describe('a clinic’s worksheet wording', () => {
  const definitions = [intention, chaperone];
  const titleKey = 'title';

  it('replaces the English words it names and keeps everything else of the definition', () => {
    const localized = localizeWorksheets(
      definitions,
      {},
      { '../../clinic/strings/en/worksheets/intention.json': { [titleKey]: 'Your hopes for the session' } },
    );
    const [first, second] = localized.worksheetsFor('en');

    expect(localized.problems).toEqual([]);
    expect(first!.definition.title).toBe('Your hopes for the session');
    expect({ ...first!.definition, title: intention.title }).toEqual(intention);
    expect(second!.definition).toBe(chaperone);
  });

  it('applies over a translation, in that language only', () => {
    const spanish = Object.fromEntries(Object.entries(translatableStrings(worksheetFor('intention', 'es').definition)));
    const localized = localizeWorksheets(
      definitions,
      { '../i18n/es/worksheets/intention.json': spanish },
      { '../../clinic/strings/es/worksheets/intention.json': { [titleKey]: 'Tus deseos para la sesión' } },
    );

    expect(localized.problems).toEqual([]);
    expect(localized.worksheetsFor('es')[0]!.definition.title).toBe('Tus deseos para la sesión');
    expect(localized.worksheetsFor('en')[0]!.definition.title).toBe(intention.title);
  });

  it('reports, naming the clinic file, a key the worksheet has not, a worksheet that is not, and a translation the kit lacks', () => {
    const localized = localizeWorksheets(
      definitions,
      {},
      {
        '../../clinic/strings/en/worksheets/intention.json': { titel: 'x' },
        '../../clinic/strings/en/worksheets/sleep-log.json': { title: 'x' },
        '../../clinic/strings/es/worksheets/chaperone.json': { title: 'x' },
      },
    );

    expect(localized.problems).toEqual([
      'clinic/strings/en/worksheets/sleep-log.json: there is no worksheet "sleep-log"; the worksheets are intention, chaperone.',
      'clinic/strings/en/worksheets/intention.json: "titel" is not a string of the kit; did you mean "title"?',
      'clinic/strings/es/worksheets/chaperone.json: the kit has no Español translation of "chaperone" yet (src/i18n/es/worksheets/chaperone.json), so there is nothing to override.',
    ]);
    expect(localized.worksheetsFor('en')[0]!.definition).toBe(intention);
  });
});

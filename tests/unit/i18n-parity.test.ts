import { describe, expect, it } from 'vitest';
import { localeIds } from '../../src/i18n/locales';
import { parityProblems } from '../../src/i18n/parity';
import { uiStringProblems, uiStrings, linkStrings } from '../../src/i18n/strings';

describe('every locale has every UI string', () => {
  it('builds in more than one language', () => {
    expect(localeIds.length).toBeGreaterThanOrEqual(2);
  });

  it('has no missing, extra or misfilled key in any translation', () => {
    expect(uiStringProblems()).toEqual([]);
  });

  it.each(localeIds)('%s has both files of strings', (locale) => {
    expect(Object.keys(uiStrings(locale)).length).toBeGreaterThan(50);
    expect(Object.keys(linkStrings(locale)).length).toBeGreaterThan(20);
  });
});

describe('the parity check', () => {
  const english = { 'a.b': 'Answer {label}', 'count.one': '{count} character', 'count.other': '{count} characters' };

  it('names the file and the key of a missing, extra or misfilled string', () => {
    expect(
      parityProblems(
        english,
        { 'a.b': 'Responde', 'count.other': '{count} caracteres', 'a.c': 'x' },
        'src/i18n/xx/ui.json',
      ),
    ).toEqual([
      'src/i18n/xx/ui.json: "a.b" must use the placeholders {label}, as the English does.',
      'src/i18n/xx/ui.json: "a.c" is not an English key; remove it or fix its name.',
    ]);
    expect(parityProblems(english, { 'count.other': '{count}' }, 'f.json')).toEqual([
      'f.json: "a.b" is missing (English: "Answer {label}").',
    ]);
  });

  it('lets a language have the plural forms its rules need', () => {
    expect(
      parityProblems(
        english,
        {
          'a.b': 'Responde {label}',
          'count.one': '{count} carácter',
          'count.many': '{count} de caracteres',
          'count.other': '{count} caracteres',
        },
        'f.json',
      ),
    ).toEqual([]);
    expect(parityProblems(english, { 'a.b': 'Responde {label}', 'count.one': '{count} carácter' }, 'f.json')).toEqual([
      'f.json: "count.other" is missing (English: "{count} characters").',
    ]);
  });
});

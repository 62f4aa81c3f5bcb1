import { describe, expect, it } from 'vitest';
import { localeIds, locales } from '../../../src/i18n/locales';
import { linkStrings, uiStrings } from '../../../src/i18n/strings';
import {
  HANDOUT_LINK_KEYS,
  HANDOUT_UI_KEYS,
  handoutStrings,
  patientLanguage,
} from '../../../src/links/patient-language';
import { FAKE, fakeLinkStrings, fakeUiStrings } from './translators';

/** What the link builder is given about each language a patient's plan can be in. */

describe('a patient’s language for the link builder', () => {
  it('carries only the handout’s words, from the files it is given', () => {
    const words = handoutStrings(fakeLinkStrings, fakeUiStrings);
    expect(Object.keys(words).sort()).toEqual([...HANDOUT_LINK_KEYS, ...HANDOUT_UI_KEYS].sort());
    for (const key of HANDOUT_LINK_KEYS) expect(words[key]).toBe(fakeLinkStrings[key]);
    expect(words['footer.privacy']).toBe(fakeUiStrings['footer.privacy']);
    for (const text of Object.values(words)) expect(text.startsWith(FAKE)).toBe(true);
  });

  it('has every handout word in every locale’s files', () => {
    for (const locale of localeIds) {
      const words = handoutStrings(linkStrings(locale), uiStrings(locale));
      for (const [key, text] of Object.entries(words)) expect(text, `${locale}: ${key}`).toEqual(expect.any(String));
    }
  });

  it('names the language in its own words, with its plan and its titles by slug and id', () => {
    const spanish = patientLanguage(
      'es',
      {
        planHref: '/es/plan/',
        modules: [
          {
            slug: 'safety-protocol',
            title: 'Tu protocolo de seguridad',
            description: '',
            section: 'safety',
            sectionLabel: 'Seguridad',
            minutes: 9,
            href: '/es/modules/safety-protocol/',
          },
        ],
        worksheets: [
          { id: 'intention', title: 'Hoja de intenciones', description: '', href: '/es/worksheets/intention/' },
        ],
      },
      fakeLinkStrings,
      fakeUiStrings,
    );
    expect(spanish).toEqual({
      locale: 'es',
      label: locales.es.label,
      lang: 'es',
      dir: 'ltr',
      planHref: '/es/plan/',
      words: handoutStrings(fakeLinkStrings, fakeUiStrings),
      modules: { 'safety-protocol': { title: 'Tu protocolo de seguridad', minutes: 9 } },
      worksheets: { intention: 'Hoja de intenciones' },
    });
    expect(spanish.label).toBe('Español');
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { Locale } from '../../../src/i18n/locales';
import { linkStrings, translatorFor, uiStrings } from '../../../src/i18n/strings';
import { handoutStrings } from '../../../src/links/patient-language';
import { patientLanguages, siteLinks } from '../../../src/links/site-links';
import { allFields } from '../../../src/worksheets/answers';
import { worksheetDefinitions, worksheetsFor } from '../../../src/worksheets/definitions';

/**
 * What pages hand the plan, the link builder and worksheet pages, per locale. Vitest has no content
 * layer (the collections are empty here), so the modules are two stand-ins, as `getModules(locale)`
 * gives them: the translation's title in Spanish, the English module's place.
 */
vi.mock('../../../src/lib/modules', () => ({
  getModules: async (locale: Locale) =>
    ['why-preparation-matters', 'safety-protocol'].map((id, index) => ({
      id,
      data: {
        title: `${locale} ${id}`,
        description: `${locale} description`,
        section: index === 0 ? 'preparation' : 'safety',
      },
      entry: { id, body: '' },
      locale,
      translated: true,
    })),
  moduleReadingMinutes: (module: { locale: Locale }) => (module.locale === 'es' ? 6 : 5),
  moduleRedirects: async () => ({}),
}));

describe('the site’s links in a locale', () => {
  it('point to that locale’s pages, so each page’s links keep the patient in its language', async () => {
    const spanish = await siteLinks('es');
    expect(spanish.planHref).toBe('/es/plan/');
    expect(spanish.modules.map(({ href }) => href)).toEqual([
      '/es/modules/why-preparation-matters/',
      '/es/modules/safety-protocol/',
    ]);
    expect(spanish.worksheets.map(({ href }) => href)).toEqual(
      worksheetDefinitions.map(({ id }) => `/es/worksheets/${id}/`),
    );

    const english = await siteLinks('en');
    expect(english.planHref).toBe('/plan/');
    expect(english.modules.map(({ href }) => href)).toEqual([
      '/modules/why-preparation-matters/',
      '/modules/safety-protocol/',
    ]);
    expect(english.worksheets.map(({ href }) => href)).toEqual(
      worksheetDefinitions.map(({ id }) => `/worksheets/${id}/`),
    );
    // The same modules, worksheets and fields, so a fragment means the same plan in every language.
    const ids = ({ targets }: typeof english) => ({
      moduleSlugs: targets.moduleSlugs,
      worksheets: targets.worksheets.map(({ id, fields }) => ({
        id,
        fields: fields.map((field) => [field.id, field.kind, field.prefillable, field.options]),
      })),
    });
    expect(ids(spanish)).toEqual(ids(english));
  });

  it('names modules and sections in the locale’s words', async () => {
    const spanish = await siteLinks('es');
    expect(spanish.modules[1]).toMatchObject({
      title: 'es safety-protocol',
      sectionLabel: translatorFor('es').t('section.safety'),
      minutes: 6,
    });
  });

  it('takes the worksheets in the locale’s words: its translations by default', async () => {
    const spanish = await siteLinks('es');
    expect(spanish.worksheets.map(({ title }) => title)).toEqual(
      worksheetsFor('es').map(({ definition }) => definition.title),
    );
    expect(spanish.targets.worksheets.map(({ fields }) => fields.map(({ label }) => label))).toEqual(
      worksheetsFor('es').map(({ definition }) => allFields(definition).map(({ label }) => label)),
    );
  });

  it('takes the worksheets in the words it is given', async () => {
    const translated = worksheetDefinitions.map((definition) => ({ ...definition, title: `Hoja ${definition.id}` }));
    const spanish = await siteLinks('es', translated);
    expect(spanish.worksheets.map(({ title }) => title)).toEqual(worksheetDefinitions.map(({ id }) => `Hoja ${id}`));
  });

  it('gives the builder every language, each with its own plan, handout words and titles', async () => {
    const languages = await patientLanguages((locale) =>
      worksheetDefinitions.map((definition) => ({ ...definition, title: `${locale} ${definition.id}` })),
    );
    expect(languages.map(({ locale, label, lang, planHref }) => [locale, label, lang, planHref])).toEqual([
      ['en', 'English', 'en', '/plan/'],
      ['es', 'Español', 'es', '/es/plan/'],
    ]);
    for (const language of languages) {
      expect(language.words).toEqual(handoutStrings(linkStrings(language.locale), uiStrings(language.locale)));
      expect(language.modules['safety-protocol']).toEqual({
        title: `${language.locale} safety-protocol`,
        minutes: language.locale === 'es' ? 6 : 5,
      });
      expect(language.worksheets['intention']).toBe(`${language.locale} intention`);
    }
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bloodPressureLevels, readingReaches } from '../../../src/clinic/blood-pressure';
import { comparisonWord } from '../../../src/clinic/values';
import { defaultLocale, isLocale, localeIds, type Locale } from '../../../src/i18n/locales';
import { translatorFor } from '../../../src/i18n/strings';
import { findMiswordedLevels } from '../../fixtures/blood-pressure-wording';
import { exampleClinic } from '../../fixtures/example-clinic';
import {
  moduleFiles,
  pageFiles,
  translatedModuleFiles,
  translatedPageFiles,
  withClinicValues,
} from './modules-on-disk';

/**
 * One blood-pressure model, worded one way: prose, UI strings and worksheet text never write their
 * own comparison in front of a level — `<ClinicValue name="bloodPressure.…" />` and
 * `{bloodPressure.…}` bring it from src/clinic/blood-pressure.ts, in the page's language (the
 * `clinicValue.comparison.*` strings of each locale's ui.json). Translations are checked in their
 * own words as well as in English. The built pages and the PDFs are checked the same way in
 * tests/build/site-build.test.ts and tests/unit/pdf/blood-pressure-wording.test.ts.
 */

const SRC = join(import.meta.dirname, '..', '..', '..', 'src');
const levels = exampleClinic.protocol.bloodPressure;

/** Every file whose words reach a patient: modules, pages, UI strings and worksheet definitions. */
function wordedFiles(): { file: string; text: string }[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
    );
  return [...walk(join(SRC, 'content')), ...walk(join(SRC, 'i18n')), ...walk(join(SRC, 'worksheets'))]
    .filter((file) => /\.(mdx|json)$/.test(file) || /\/definition\.ts$/.test(file))
    .map((file) => ({ file: relative(SRC, file), text: readFileSync(file, 'utf8') }));
}

/** The locales translated from the source language. */
const translations = localeIds.filter((locale) => locale !== defaultLocale);

/**
 * The language a file is written in: a locale folder on its path (`content/modules/es/…`,
 * `i18n/es/ui.json`) or a file named for its locale (`worksheets/dosing-day/en.json`); otherwise
 * the source language, whose modules, pages and definitions sit at their folders' roots.
 */
function languageOf(file: string): Locale {
  const parts = file.split('/');
  const named = parts.at(-1)!.replace(/\.json$/, '');
  return parts.slice(0, -1).find(isLocale) ?? (isLocale(named) ? named : defaultLocale);
}

/**
 * Words that compare a reading with a level, in each language (a new locale must list its own).
 * Longer phrases come first, so a match reports "at or above" rather than "above".
 */
const COMPARISONS: Record<Locale, readonly string[]> = {
  en: [
    'at or above',
    'at or below',
    'higher than',
    'lower than',
    'more than',
    'less than',
    'greater than',
    'exceeding',
    'exceeds',
    'exceed',
    'above',
    'below',
    'over',
    'under',
  ],
  es: [
    'igual o por encima de',
    'igual o por debajo de',
    'igual o mayor que',
    'igual o menor que',
    'igual o superior a',
    'igual o inferior a',
    'por encima de',
    'por debajo de',
    'arriba de',
    'debajo de',
    'a partir de',
    'más de',
    'menos de',
    'mayor que',
    'menor que',
    'mayor de',
    'menor de',
    'superior a',
    'inferior a',
    'sobrepasan',
    'sobrepasa',
    'superan',
    'supera',
    'exceden',
    'excede',
    'pasan de',
    'pasa de',
    'llega a',
    'alcanza',
    'desde',
    'sobre',
    'bajo',
  ],
};

/** The levels the model words (`restBeforeReading` is a rest time, which "more than" may well precede). */
const LEVELS = bloodPressureLevels.map((level) => level.key).join('|');

const escapeRegExp = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A comparison typed right before a blood-pressure level, which brings its own, in `locale`'s words. */
const typedBeforeLevel = (locale: Locale) =>
  new RegExp(
    `(?<!\\p{L})(${COMPARISONS[locale].map(escapeRegExp).join('|')})\\s+(?:<ClinicValue\\s+name="bloodPressure\\.(?:${LEVELS})"|\\{bloodPressure\\.(?:${LEVELS})\\})`,
    'giu',
  );

/**
 * Comparisons only the blood-pressure model may word: its inclusive "at or above" lives once in
 * each ui.json (`clinicValue.comparison.atOrAbove`), and its kin ("or higher", "o más alta") nowhere.
 */
const MODEL_ONLY: Record<Locale, RegExp> = {
  en: /\b(at or above|at or below|or higher|or lower|and above|and below)\b/gi,
  es: /(?<!\p{L})(igual o (?:por encima|por debajo|mayor|menor|superior|inferior)|o más (?:alt|baj)[oa]s?|o superior|o inferior|y por encima|y por debajo)(?!\p{L})/giu,
};

/** What `pattern` finds in `text` in the source language's words and, for a translation, in its own too. */
function found(text: string, locale: Locale, pattern: (locale: Locale) => RegExp): string[] {
  return [...new Set([defaultLocale, locale])].flatMap((language) =>
    [...text.matchAll(pattern(language))].map((match) => match[0]),
  );
}

/** The comparisons `text`, written in `locale`, types in front of a level. */
const typedComparisons = (text: string, locale: Locale) => found(text, locale, typedBeforeLevel);

/** The model-only comparisons `text`, written in `locale`, words itself. */
const modelOnlyComparisons = (text: string, locale: Locale) =>
  found(text, locale, (language) => new RegExp(MODEL_ONLY[language]));

describe('blood-pressure comparisons are worded in one place', () => {
  const files = wordedFiles();

  it('finds the modules, strings and worksheets to check, in every language', () => {
    const translatedMdx = translations.flatMap((locale) => [
      ...translatedModuleFiles(locale),
      ...translatedPageFiles(locale),
    ]);
    expect(files.filter(({ file }) => file.endsWith('.mdx')).length).toBe(
      moduleFiles().length + pageFiles().length + translatedMdx.length,
    );
    expect(files.some(({ file }) => file.endsWith('definition.ts'))).toBe(true);
    for (const locale of localeIds) {
      expect(
        files
          .filter(({ file }) => file === `i18n/${locale}/ui.json` || file === `i18n/${locale}/links.json`)
          .map(({ file }) => languageOf(file)),
      ).toEqual([locale, locale]);
    }
  });

  it.each(files.map(({ file }) => [file, languageOf(file)] as const))(
    '%s types no comparison in front of a blood-pressure value (%s)',
    (file, locale) => {
      const { text } = files.find((candidate) => candidate.file === file)!;
      expect(typedComparisons(text, locale)).toEqual([]);
    },
  );

  it.each(files.map(({ file }) => [file, languageOf(file)] as const))(
    '%s leaves "at or above" and its kin to the blood-pressure model (%s)',
    (file, locale) => {
      const { text } = files.find((candidate) => candidate.file === file)!;
      const own = /^i18n\/[^/]+\/ui\.json$/.test(file)
        ? text.replace(/"clinicValue\.comparison\.\w+": "[^"]*"/g, '')
        : text;
      expect(modelOnlyComparisons(own, locale)).toEqual([]);
    },
  );

  it.each(
    localeIds.flatMap((locale) =>
      (locale === defaultLocale
        ? [...moduleFiles(), ...pageFiles()]
        : [...translatedModuleFiles(locale), ...translatedPageFiles(locale)]
      ).map((file) => [`${locale}/${file.slug}`, locale, file] as const),
    ),
  )('%s shows every level with its own comparison', (_name, locale, file) => {
    expect(findMiswordedLevels(withClinicValues(file.body, locale), levels, translatorFor(locale))).toEqual([]);
  });
});

describe('the blood-pressure model', () => {
  it('compares "above" strictly and "at or above" inclusively, on either number', () => {
    const level = { systolic: 140, diastolic: 90 };
    expect(readingReaches({ systolic: 140, diastolic: 90 }, level, 'above')).toBe(false);
    expect(readingReaches({ systolic: 141, diastolic: 80 }, level, 'above')).toBe(true);
    expect(readingReaches({ systolic: 120, diastolic: 91 }, level, 'above')).toBe(true);
    expect(readingReaches({ systolic: 140, diastolic: 80 }, level, 'atOrAbove')).toBe(true);
    expect(readingReaches({ systolic: 139, diastolic: 90 }, level, 'atOrAbove')).toBe(true);
    expect(readingReaches({ systolic: 139, diastolic: 89 }, level, 'atOrAbove')).toBe(false);
  });

  it('words do-not-start as "above" (FACTS: the label weighs the risk above 140/90) and calling for help as "at or above"', () => {
    expect(bloodPressureLevels.map((level) => [level.key, comparisonWord(level.key, translatorFor('en'))])).toEqual([
      ['doNotStartAbove', 'above'],
      ['callCareTeamAt', 'at or above'],
      ['seekEmergencyCareAt', 'at or above'],
    ]);
  });

  it('words the same two comparisons in Spanish, in a form that reads before "140/90 mm Hg"', () => {
    expect(bloodPressureLevels.map((level) => [level.key, comparisonWord(level.key, translatorFor('es'))])).toEqual([
      ['doNotStartAbove', 'por encima de'],
      ['callCareTeamAt', 'igual o por encima de'],
      ['seekEmergencyCareAt', 'igual o por encima de'],
    ]);
  });
});

describe('the wording check itself', () => {
  it('accepts each level with its own comparison, and a negated one', () => {
    const text =
      'Do not start above 140/90 mm Hg. If it is not above 140/90, go ahead. Call at or above 160/100 mm Hg; emergency at or above 180/120.';
    expect(findMiswordedLevels(text, levels, translatorFor('en'))).toEqual([]);
    const spanish =
      'No empieces si está por encima de 140/90 mm Hg. Llama si está igual o por encima de 160/100 mm Hg; emergencia igual o por encima de 180/120.';
    expect(findMiswordedLevels(spanish, levels, translatorFor('es'))).toEqual([]);
    expect(
      findMiswordedLevels('llama si está por encima de 160/100', levels, translatorFor('es')).map(
        (problem) => problem.level,
      ),
    ).toEqual(['callCareTeamAt']);
  });

  it.each([
    ['at or below 140/90', 'doNotStartAbove'],
    ['do not start at or above 140/90', 'doNotStartAbove'],
    ['call when it is above 160/100', 'callCareTeamAt'],
    ['emergency: 180/120', 'seekEmergencyCareAt'],
    ['over 180 / 120 mm Hg', 'seekEmergencyCareAt'],
  ])('catches "%s"', (text, level) => {
    expect(findMiswordedLevels(text, levels, translatorFor('en')).map((problem) => problem.level)).toEqual([level]);
  });

  it('catches a comparison typed in front of a value in a source file', () => {
    expect(typedComparisons('is at or below <ClinicValue name="bloodPressure.doNotStartAbove" />', 'en')).toEqual([
      'at or below <ClinicValue name="bloodPressure.doNotStartAbove"',
    ]);
    expect(typedComparisons('blood pressure is above {bloodPressure.callCareTeamAt}', 'en')).toEqual([
      'above {bloodPressure.callCareTeamAt}',
    ]);
    expect(typedComparisons('blood pressure is {bloodPressure.callCareTeamAt}', 'en')).toEqual([]);
    expect(typedComparisons('rest for more than {bloodPressure.restBeforeReading}', 'en')).toEqual([]);
  });

  it('catches a comparison typed in Spanish, and English left in a Spanish file', () => {
    expect(
      typedComparisons('si tu lectura está por encima de <ClinicValue name="bloodPressure.doNotStartAbove" />', 'es'),
    ).toEqual(['por encima de <ClinicValue name="bloodPressure.doNotStartAbove"']);
    expect(typedComparisons('llama si es igual o por encima de {bloodPressure.callCareTeamAt}', 'es')).toEqual([
      'igual o por encima de {bloodPressure.callCareTeamAt}',
    ]);
    expect(
      typedComparisons('si pasa de {bloodPressure.seekEmergencyCareAt} o Más de {bloodPressure.callCareTeamAt}', 'es'),
    ).toEqual(['pasa de {bloodPressure.seekEmergencyCareAt}', 'Más de {bloodPressure.callCareTeamAt}']);
    expect(typedComparisons('si está above {bloodPressure.callCareTeamAt}', 'es')).toEqual([
      'above {bloodPressure.callCareTeamAt}',
    ]);
    expect(typedComparisons('si tu lectura está <ClinicValue name="bloodPressure.doNotStartAbove" />', 'es')).toEqual(
      [],
    );
    // Spanish is not looked for in English files: "sobre" is not an English word to flag.
    expect(typedComparisons('sobre {bloodPressure.callCareTeamAt}', 'en')).toEqual([]);
  });

  it('leaves the inclusive comparison and its kin to the model, in each language', () => {
    expect(modelOnlyComparisons('180/120 or higher', 'en')).toEqual(['or higher']);
    expect(modelOnlyComparisons('llama si es igual o mayor que 160/100, o si es de 180/120 o más alta', 'es')).toEqual([
      'igual o mayor',
      'o más alta',
    ]);
    expect(modelOnlyComparisons('una o más veces, en mayor o menor medida', 'es')).toEqual([]);
  });

  it('reads a file’s language from its folder or its name', () => {
    expect(
      [
        'content/modules/es/safety-protocol.mdx',
        'i18n/es/ui.json',
        'worksheets/dosing-day/es.json',
        'content/modules/safety-protocol.mdx',
        'worksheets/chaperone/definition.ts',
      ].map(languageOf),
    ).toEqual(['es', 'es', 'es', 'en', 'en']);
  });
});

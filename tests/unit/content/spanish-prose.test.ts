import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/reading-time';
import { moduleFiles, pageFiles, proseSentences, translatedModuleFiles, translatedPageFiles } from './modules-on-disk';
import { fernandezHuerta, inflesz, MIN_FERNANDEZ_HUERTA, spanishSyllables } from './readability-es';

/**
 * The Spanish modules and pages are held to the English ones' bar, measured with a Spanish formula
 * (Fernández-Huerta, see readability-es.ts). Spanish takes about a fifth more words than English to
 * say the same, so the word range is wider.
 */
const ROOT = join(import.meta.dirname, '..', '..', '..');
const modules = translatedModuleFiles('es').filter((module) => module.frontmatter['draft'] !== true);
const pages = translatedPageFiles('es');
const english = new Set(moduleFiles().map((module) => module.slug));
const englishPages = new Set(pageFiles().map((page) => page.slug));

// `KAP_READABILITY_REPORT=1 npx vitest run tests/unit/content/spanish-prose.test.ts` prints every file's figures.
if (process.env['KAP_READABILITY_REPORT']) {
  console.table(
    [...modules, ...pages].map((file) => {
      const sentences = proseSentences(file.body, 'es');
      return {
        file: file.slug,
        words: countWords(file.body),
        fernandezHuerta: +fernandezHuerta(sentences).toFixed(1),
        inflesz: +inflesz(sentences).toFixed(1),
      };
    }),
  );
}

describe('every Spanish module and page reads plainly', () => {
  it.each([...modules, ...pages].map((file) => [file.slug, file] as const))(
    `%s scores ${MIN_FERNANDEZ_HUERTA} or more on Fernández-Huerta`,
    (_slug, file) => {
      const sentences = proseSentences(file.body, 'es');
      const score = fernandezHuerta(sentences);
      expect(
        score,
        `Fernández-Huerta ${score.toFixed(1)}, INFLESZ ${inflesz(sentences).toFixed(1)}`,
      ).toBeGreaterThanOrEqual(MIN_FERNANDEZ_HUERTA);
    },
  );

  it.each(modules.map((module) => [module.slug, module] as const))('%s has 600 to 1,900 words', (_slug, module) => {
    const words = countWords(module.body);
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1900);
  });

  it.each(modules.map((module) => [module.slug, module] as const))(
    '%s translates an English module of the same slug',
    (slug) => {
      expect(english.has(slug)).toBe(true);
    },
  );

  it.each(pages.map((page) => [page.slug, page] as const))('%s translates an English page of the same slug', (slug) => {
    expect(englishPages.has(slug)).toBe(true);
  });

  it.each(modules.map((module) => [module.slug, module] as const))(
    '%s gives every source a URL a reader can open',
    (_slug, module) => {
      const sources = module.frontmatter['sources'] as { title: string; url?: string }[];
      expect(sources.length).toBeGreaterThanOrEqual(2);
      expect(sources.filter((source) => !source.url).map((source) => source.title)).toEqual([]);
    },
  );
});

/** The glossary's "Never" list (docs/i18n/glossary-es.md): words the kit does not use in Spanish. */
const GLOSSARY = readFileSync(join(ROOT, 'docs', 'i18n', 'glossary-es.md'), 'utf8');
const NEVER =
  (GLOSSARY.split('\n## ').find((section) => section.startsWith('Never\n')) ?? '')
    .match(/^- (.+)$/gm)
    ?.map((line) => line.slice(2).trim()) ?? [];
/** Every Spanish file a reader's words come from. */
const spanishFiles = () =>
  [
    join(ROOT, 'src', 'content', 'modules', 'es'),
    join(ROOT, 'src', 'content', 'pages', 'es'),
    join(ROOT, 'src', 'i18n', 'es'),
  ].flatMap((dir) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name)),
  );

describe('the Spanish glossary is kept', () => {
  it('lists the words the kit never uses', () => {
    expect(NEVER.length).toBeGreaterThanOrEqual(3);
  });

  it.each(spanishFiles().map((file) => [relative(ROOT, file), file] as const))(
    '%s uses none of them',
    (_name, file) => {
      const text = readFileSync(file, 'utf8').toLowerCase();
      expect(NEVER.filter((word) => new RegExp(`(?<![\\p{L}])${word.toLowerCase()}`, 'u').test(text))).toEqual([]);
    },
  );
});

describe('the Spanish readability measure itself', () => {
  it('counts Spanish syllables with diphthongs and hiatus', () => {
    expect(['acompañante', 'presión', 'día', 'guía', 'agua', 'psicoterapia', 'ketamina'].map(spanishSyllables)).toEqual(
      [5, 2, 2, 2, 2, 5, 4],
    );
  });

  it('scores short plain sentences high and long technical ones low', () => {
    expect(fernandezHuerta(['Ven a mi casa.', 'El sol sale hoy.', 'Te doy la mano.'])).toBeGreaterThan(90);
    expect(
      fernandezHuerta([
        'Las interacciones farmacodinámicas entre la ketamina y los medicamentos psicotrópicos concomitantes complican sustancialmente la toma de decisiones terapéuticas individualizadas.',
      ]),
    ).toBeLessThan(30);
  });
});

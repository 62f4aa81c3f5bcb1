import { fleschKincaid } from 'flesch-kincaid';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { syllable } from 'syllable';
import { parse } from 'yaml';
import { clinicValueNames, formatClinicValue, type ClinicValueName } from '../../../src/clinic/values';
import { locales, type Locale } from '../../../src/i18n/locales';
import type { UiStrings } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import { exampleClinic } from '../../fixtures/example-clinic';

const CONTENT = join(import.meta.dirname, '..', '..', '..', 'src', 'content');
const I18N = join(import.meta.dirname, '..', '..', '..', 'src', 'i18n');

/**
 * A locale's site translator, read from its file: the browser tests (plain Node, no Vite globs)
 * import this module too, so it cannot use src/i18n/strings.ts.
 */
const translatorOf = (locale: Locale) =>
  createTranslator(JSON.parse(readFileSync(join(I18N, locale, 'ui.json'), 'utf8')) as UiStrings, locales[locale].lang);

/** One content file (a module or a standalone page) as an author wrote it. */
export interface ContentFile {
  /** The file name without `.mdx`: the module's slug or the page's id. */
  slug: string;
  frontmatter: Record<string, unknown>;
  /** The MDX body, frontmatter removed. */
  body: string;
}

/**
 * Every MDX file of one content collection folder, sorted by file name: the English ones at its
 * root, a translation's in its locale's folder (`src/content/modules/es/`).
 */
function contentFiles(collection: 'modules' | 'pages', locale?: string): ContentFile[] {
  const folder = locale ? join(CONTENT, collection, locale) : join(CONTENT, collection);
  if (locale && !existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(folder, file), 'utf8');
      const [, yaml = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      return { slug: file.replace(/\.mdx$/, ''), frontmatter: parse(yaml) as Record<string, unknown>, body };
    });
}

/** Every module in src/content/modules, drafts included. */
export const moduleFiles = () => contentFiles('modules');

/** Every standalone prose page in src/content/pages (privacy, providers…). */
export const pageFiles = () => contentFiles('pages');

/** Every module translated into `locale` (`src/content/modules/<locale>/`), drafts included. */
export const translatedModuleFiles = (locale: string) => contentFiles('modules', locale);

/** Every standalone page translated into `locale` (`src/content/pages/<locale>/`). */
export const translatedPageFiles = (locale: string) => contentFiles('pages', locale);

/** The body with every `<ClinicValue name="…" />` replaced by what the example clinic shows. */
export function withClinicValues(body: string, locale = 'en'): string {
  return body.replace(/<ClinicValue\s+name="([^"]+)"\s*\/>/g, (_, name: string) =>
    clinicValueNames.includes(name as ClinicValueName)
      ? formatClinicValue(exampleClinic, name as ClinicValueName, translatorOf(locale as Locale)).text
      : name,
  );
}

/**
 * The sentences a reader reads: paragraphs split at sentence ends; each heading and list item is a
 * sentence of its own (they are written as fragments). Markup, links' URLs and components are removed.
 */
export function proseSentences(body: string, locale = 'en'): string[] {
  const text = withClinicValues(body, locale)
    .replace(/<[A-Z][^>]*\/>/g, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '');
  return text
    .split(/\n\s*\n|\n(?=\s*(?:[-*]|\d+\.|#+)\s)/)
    .map((block) =>
      block
        .replace(/^\s*(?:[-*]|\d+\.|#+)\s+/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .flatMap((block) => block.split(/(?<=[.!?]["”’»)]?)\s+(?=["“‘«(¿¡]?[\p{Lu}0-9])/u))
    .filter((sentence) => /\p{L}/u.test(sentence));
}

/** The Flesch-Kincaid grade of some sentences (wooorm's formula package, syllables by `syllable`). */
export function readingGrade(sentences: string[]): number {
  const words = sentences.flatMap((sentence) => sentence.match(/[A-Za-z][A-Za-z'’-]*/g) ?? []);
  return fleschKincaid({
    sentence: sentences.length,
    word: words.length,
    syllable: words.reduce((sum, word) => sum + syllable(word), 0),
  });
}

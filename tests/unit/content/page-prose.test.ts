import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/reading-time';
import { pageFiles, proseSentences, readingGrade } from './modules-on-disk';

/**
 * Standalone pages are held to the modules' bar, US grade 8: patients read /privacy/, and providers
 * pass /providers/ on to colleagues and patients' families, so neither may read harder than a guide.
 */
const MAX_GRADE = 8;

/** Word counts a page must stay within: a page short enough to read in one sitting, long enough to say what it must. */
const WORDS: Record<string, { min: number; max: number }> = {
  // Issue 6: which module when, how links work, what stays private, in 500 to 900 words.
  providers: { min: 500, max: 900 },
};
const DEFAULT_WORDS = { min: 150, max: 1500 };

const pages = pageFiles();

describe('every standalone page reads plainly', () => {
  it('has the privacy and providers pages to check', () => {
    expect(pages.map((page) => page.slug)).toEqual(expect.arrayContaining(['privacy', 'providers']));
  });

  it.each(pages.map((page) => [page.slug, page] as const))('%s keeps to its word count', (slug, page) => {
    const { min, max } = WORDS[slug] ?? DEFAULT_WORDS;
    const words = countWords(page.body);
    expect(words).toBeGreaterThanOrEqual(min);
    expect(words).toBeLessThanOrEqual(max);
  });

  it.each(pages.map((page) => [page.slug, page] as const))(
    `%s is at US grade ${MAX_GRADE} or below (Flesch-Kincaid)`,
    (_slug, page) => {
      expect(readingGrade(proseSentences(page.body))).toBeLessThanOrEqual(MAX_GRADE);
    },
  );
});

import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/reading-time';
import { moduleFiles, proseSentences, readingGrade } from './modules-on-disk';

const modules = moduleFiles().filter((module) => module.frontmatter['draft'] !== true);

describe('every module reads plainly', () => {
  it('has modules to check', () => {
    expect(modules.length).toBeGreaterThanOrEqual(2);
  });

  it.each(modules.map((module) => [module.slug, module] as const))('%s has 600 to 1,500 words', (_slug, module) => {
    const words = countWords(module.body);
    expect(words).toBeGreaterThanOrEqual(600);
    expect(words).toBeLessThanOrEqual(1500);
  });

  it.each(modules.map((module) => [module.slug, module] as const))(
    '%s is at US grade 8 or below (Flesch-Kincaid)',
    (_slug, module) => {
      expect(readingGrade(proseSentences(module.body))).toBeLessThanOrEqual(8);
    },
  );
});

describe('every module is complete', () => {
  it.each(modules.map((module) => [module.slug, module] as const))(
    '%s lists at least two sources and its related worksheets',
    (_slug, module) => {
      expect((module.frontmatter['sources'] as unknown[]).length).toBeGreaterThanOrEqual(2);
      expect((module.frontmatter['worksheets'] as unknown[] | undefined)?.length ?? 0).toBeGreaterThanOrEqual(1);
    },
  );

  // The schema lets a clinic's own module cite a book by its citation alone; the kit's modules all
  // cite sources a reader can open, a DOI written as its https://doi.org/ address.
  it.each(modules.map((module) => [module.slug, module] as const))(
    '%s gives every source a URL or DOI a reader can open',
    (_slug, module) => {
      const sources = module.frontmatter['sources'] as { title: string; url?: string; citation?: string }[];
      expect(sources.filter((source) => !source.url).map((source) => source.title)).toEqual([]);
      for (const source of sources) {
        if (/\bdoi\b|10\.\d{4,9}\//i.test(source.citation ?? '') && !/^https:\/\/doi\.org\/10\./.test(source.url!)) {
          expect(source.url, `${source.title}: a source with a DOI links to it`).toMatch(
            /^https:\/\/(doi\.org\/10\.|pmc\.ncbi\.nlm\.nih\.gov\/|www\.ncbi\.nlm\.nih\.gov\/pmc\/)/,
          );
        }
      }
    },
  );

  it('gives every module its own place in the reading order', () => {
    const orders = modules.map((module) => module.frontmatter['order']);
    expect(new Set(orders).size).toBe(orders.length);
  });
});

describe('the readability measure itself', () => {
  it('scores short plain sentences low and long technical ones high', () => {
    expect(readingGrade(['Sit down.', 'Rest your arm.', 'Take a breath.'])).toBeLessThan(3);
    expect(
      readingGrade([
        'Pharmacodynamic interactions between ketamine and concomitant psychotropic medications substantially complicate individualized therapeutic decision-making.',
      ]),
    ).toBeGreaterThan(16);
  });
});

import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/lib/reading-time';

describe('countWords', () => {
  it('counts the words of plain prose', () => {
    expect(countWords('Starting something new can feel like a lot.')).toBe(8);
  });

  it('counts words across paragraphs and line breaks', () => {
    expect(countWords('One two\nthree.\n\nFour five.')).toBe(5);
  });

  it('returns 0 for an empty body', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\n ')).toBe(0);
  });

  it('ignores import and export lines', () => {
    const mdx = [
      "import ClinicValue from '../../components/mdx/ClinicValue.astro';",
      "  import { Callout } from '../../components/mdx';",
      'export const accent = "teal";',
      '',
      'Hello there.',
    ].join('\n');

    expect(countWords(mdx)).toBe(2);
  });

  it('counts prose lines that merely start with the word "Import" or "exported"', () => {
    expect(countWords('Import your readings.\nexported files stay here.')).toBe(7);
  });

  it('ignores HTML tags and their attributes but counts the text inside them', () => {
    expect(countWords('Tell the <abbr title="registered nurse">RN</abbr> <strong>now</strong>.')).toBe(4);
  });

  it('ignores JSX component tags and their props but counts their children', () => {
    expect(countWords('<Callout type="warning" title="Read this first">Stay calm.</Callout>')).toBe(2);
  });

  it('ignores self-closing HTML tags', () => {
    expect(countWords('Line one<br />line two')).toBe(4);
  });

  it('counts a self-closing component as two words, whatever its props', () => {
    expect(countWords('<ClinicValue name="fasting.food" />')).toBe(2);
    expect(countWords('Stop eating <ClinicValue name="fasting.food" /> before your session.')).toBe(7);
  });

  it('counts a self-closing component whose props span several lines as two words', () => {
    expect(countWords('Call <ClinicValue\n  name="clinic.phone"\n  extra="a b c"\n/> today.')).toBe(4);
  });

  it('counts link text but not the link URL', () => {
    expect(countWords('Read [the full guide](https://example.org/guides/a-very-long-path?x=1) now.')).toBe(5);
  });

  it('counts link text of a relative link but not its path', () => {
    expect(countWords('See [blood pressure](/modules/blood-pressure-monitoring/).')).toBe(3);
  });

  it('ignores bare URLs', () => {
    expect(countWords('Visit https://example.org/some/long/path or http://example.com today.')).toBe(3);
  });

  it('ignores markdown punctuation', () => {
    const mdx = [
      '## Before *your* session',
      '',
      '- **Eat** _lightly_',
      '> `Rest` ~~well~~',
      '',
      '| a | b |',
      '|---|---|',
    ].join('\n');

    expect(countWords(mdx)).toBe(9);
  });

  it('counts a word with a straight or curly apostrophe as one word', () => {
    expect(countWords("Don't worry, it’s fine.")).toBe(4);
  });

  it('counts words with accented letters and numbers', () => {
    expect(countWords('Café naïve 2026 über')).toBe(4);
  });
});

describe('readingMinutes', () => {
  it('is at least 1, even for no words', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1)).toBe(1);
  });

  it('is 1 at exactly WORDS_PER_MINUTE words', () => {
    expect(readingMinutes(WORDS_PER_MINUTE)).toBe(1);
  });

  it('rounds up once a text passes WORDS_PER_MINUTE', () => {
    expect(readingMinutes(WORDS_PER_MINUTE + 1)).toBe(2);
    expect(readingMinutes(2 * WORDS_PER_MINUTE)).toBe(2);
    expect(readingMinutes(2 * WORDS_PER_MINUTE + 1)).toBe(3);
  });

  it('uses the slower reading pace of 200 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
    expect(readingMinutes(1000)).toBe(5);
  });
});

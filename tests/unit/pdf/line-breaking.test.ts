import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DrawableText, graphemes, type GlyphCoverage } from '../../../src/pdf/drawable-text';
import { hasLineBreak, LineBreaker } from '../../../src/pdf/line-breaking';

/** Every visible character is one unit wide; ASCII and Greek are drawable, nothing else. */
const coverage: GlyphCoverage = {
  has: (codePoint) => codePoint < 0x80 || (codePoint >= 0x370 && codePoint < 0x400),
  placeholder: '?',
};
const breaker = (drawable = new DrawableText(coverage)) => new LineBreaker(drawable, (text) => [...text].length);
const texts = (text: string, width: number) =>
  breaker()
    .lines(text, width)
    .map((line) => line.text);

describe('LineBreaker', () => {
  it('fills each line greedily with whole words', () => {
    expect(texts('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('starts a new line at every mandatory break: CRLF once, CR, LF, VT, FF, NEL, U+2028, U+2029', () => {
    expect(texts('a\r\nb\rc\nd\ve\ff\u0085g\u2028h\u2029i', 10)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i']);
  });

  it('keeps blank lines, and an empty text is one empty line', () => {
    expect(texts('a\n\nb\n', 10)).toEqual(['a', '', 'b', '']);
    expect(texts('', 10)).toEqual(['']);
  });

  it('keeps spaces at the start of a paragraph but not at a soft wrap', () => {
    expect(texts('  indented words here', 10)).toEqual(['  indented', 'words here']);
  });

  it('draws a tab as one space', () => {
    expect(texts('a\tb', 10)).toEqual(['a b']);
  });

  it('cuts a word wider than the line between grapheme clusters, never inside one', () => {
    expect(texts('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    // "e" + combining acute is one cluster, so it is never split from its accent.
    const lines = breaker().lines('e\u0301e\u0301e\u0301', 2);
    expect(lines.map((line) => line.start)).toEqual([0, 4]);
  });

  it('draws a placeholder for each cluster the font lacks and remembers the cluster', () => {
    const drawable = new DrawableText(coverage);
    expect(
      breaker(drawable)
        .lines('hi 日本 👍🏽!', 20)
        .map((line) => line.text),
    ).toEqual(['hi ?? ?!']);
    expect([...drawable.undrawable]).toEqual(['日', '本', '👍🏽']);
  });

  it('leaves control and format characters out of the drawing, without reporting them', () => {
    const drawable = new DrawableText(coverage);
    expect(
      breaker(drawable)
        .lines('a\u0000b\u200dc\u00add', 20)
        .map((line) => line.text),
    ).toEqual(['abcd']);
    expect([...drawable.undrawable]).toEqual([]);
  });

  it('detects line breaks of every kind', () => {
    expect(['a\nb', 'a\rb', 'a\u2028b', 'a\u0085b'].map(hasLineBreak)).toEqual([true, true, true, true]);
    expect(hasLineBreak('a\tb c')).toBe(false);
  });

  it('makes lines that start at increasing offsets, cover the text, and fit the width (any text)', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('a', 'bb', ' ', '\t', '\n', '\r\n', '\r', 'é', 'e\u0301', 'Ω', '日', '👍🏽', '\u200d'),
          maxLength: 200,
        }),
        fc.integer({ min: 1, max: 30 }),
        (text, width) => {
          const lines = breaker().lines(text, width);
          expect(lines[0]!.start).toBe(0);
          for (let index = 1; index < lines.length; index++)
            expect(lines[index]!.start).toBeGreaterThan(lines[index - 1]!.start);
          expect(lines.at(-1)!.start).toBeLessThanOrEqual(text.length);
          for (const line of lines) {
            // A line is only wider than the box when it holds a single cluster that is.
            if (line.width > width) expect(graphemes(line.text)).toHaveLength(1);
          }
          // Cutting at line starts and joining gives the text back exactly: the continuation scheme.
          const pieces = lines.map((line, index) => text.slice(line.start, lines[index + 1]?.start ?? text.length));
          expect(pieces.join('')).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});

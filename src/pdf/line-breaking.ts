import { graphemes, type DrawableText } from './drawable-text';

/**
 * Linear-time greedy line breaking, used both to SIZE a field's box and to DRAW its appearance,
 * so what is printed is exactly what was measured.
 *
 * Why not pdf-lib's own layout: for every line, `layoutMultilineText`'s `splitOutLines` starts
 * from the whole rest of the paragraph and drops one word at a time from its end, encoding and
 * measuring each candidate again — quadratic in the paragraph's length — and it never cuts a word
 * wider than the box (which is then clipped). Upstream issue Hopding/pdf-lib#1202
 * measured 2,000 characters at 11 pt ≈ 0.38 s and 5,000 ≈ 5.7 s, and a worksheet has ten such
 * answers: ten 2,000-character answers in 504 pt wide boxes took 12 s here through
 * `updateFieldAppearances`. Here each word is measured once (and cached across the whole
 * document), so the cost is proportional to the text: the whole intention worksheet at every limit
 * takes ≈ 85 ms (median, Node, this machine).
 *
 * Newlines: values are NEVER normalised — a field holds the string exactly as given. For drawing,
 * every Unicode mandatory break (UAX #14 classes BK, CR, LF, NL: CRLF as one break, CR, LF, VT,
 * FF, NEL, U+2028, U+2029) starts a new line. Spaces and tabs are the only soft break
 * opportunities; a tab is drawn as one space. A word wider than the box is cut between grapheme
 * clusters, never inside one. Spaces at the end of a wrapped line are not drawn; spaces at the start
 * of a paragraph are (they are the patient's indentation), unless they do not fit beside the first
 * word. So no line is wider than the box, except one holding a single grapheme cluster that is.
 */

/** One drawn line. */
export interface LaidOutLine {
  /**
   * Where the line starts in the source string (UTF-16 index). Lines are contiguous: line i covers
   * `source.slice(lines[i].start, lines[i + 1].start)`, trailing spaces and its line break
   * included, so cutting a value at any line start and concatenating the pieces gives back the
   * exact original — the basis of continuation fields.
   */
  start: number;
  /** What is drawn: the line's words through {@link DrawableText}, without trailing spaces. */
  text: string;
  /** Width of `text` in points. */
  width: number;
}

/** Measures drawn text (already made drawable) in points at one font size. */
export type Measure = (drawn: string) => number;

const MANDATORY_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/** Whether `text` contains a line break, so it cannot sit in a single-line field. */
export function hasLineBreak(text: string): boolean {
  MANDATORY_BREAK.lastIndex = 0;
  return MANDATORY_BREAK.test(text);
}

/**
 * Breaks text into lines no wider than a width, for one font and size. One instance per font and
 * size: it caches the width of every distinct word it has drawn.
 */
export class LineBreaker {
  private readonly widths = new Map<string, number>();
  private readonly spaceWidth: number;

  /**
   * @param drawable turns words into what the font can draw (and records what it cannot)
   * @param measure the drawn width of text in points, e.g. `(t) => font.widthOfTextAtSize(t, 11)`
   */
  constructor(
    private readonly drawable: DrawableText,
    private readonly measure: Measure,
  ) {
    this.spaceWidth = measure(' ');
  }

  /**
   * The lines of `text` in a box `maxWidth` points wide. Always at least one line (an empty string
   * is one empty line), and one line per paragraph at least, so blank lines keep their height.
   */
  lines(text: string, maxWidth: number): LaidOutLine[] {
    const lines: LaidOutLine[] = [];
    let paragraphStart = 0;
    MANDATORY_BREAK.lastIndex = 0;
    for (let match = MANDATORY_BREAK.exec(text); match; match = MANDATORY_BREAK.exec(text)) {
      this.paragraph(text, paragraphStart, match.index, maxWidth, lines);
      paragraphStart = match.index + match[0].length;
    }
    this.paragraph(text, paragraphStart, text.length, maxWidth, lines);
    return lines;
  }

  /** Width of drawn text, measured once per distinct string. */
  private widthOf(drawn: string): number {
    let width = this.widths.get(drawn);
    if (width === undefined) {
      width = drawn === '' ? 0 : this.measure(drawn);
      this.widths.set(drawn, width);
    }
    return width;
  }

  /** Greedy fill of one paragraph, `text.slice(from, to)`, which holds no mandatory break. */
  private paragraph(text: string, from: number, to: number, maxWidth: number, out: LaidOutLine[]): void {
    let start = from;
    let line = '';
    let width = 0;
    /** Whether the current line holds a word (leading spaces alone do not count). */
    let hasWord = false;
    let gap = 0; // spaces (tabs count as one space) since the last word
    const push = () => out.push({ start, text: line, width });

    let index = from;
    while (index < to) {
      const code = text.charCodeAt(index);
      if (code === 0x20 || code === 0x09) {
        // A space or tab: counted, and drawn only if a word follows on the same line.
        gap += 1;
        index += 1;
        continue;
      }
      let wordEnd = index + 1;
      while (wordEnd < to) {
        const next = text.charCodeAt(wordEnd);
        if (next === 0x20 || next === 0x09) break;
        wordEnd += 1;
      }
      const drawn = this.drawable.draw(text.slice(index, wordEnd));
      const wordWidth = this.widthOf(drawn);
      const gapText = ' '.repeat(gap);
      const gapWidth = gap * this.spaceWidth;
      if (hasWord && width + gapWidth + wordWidth > maxWidth) {
        // Soft wrap: the spaces stay at the end of this line (not drawn); the word starts the next.
        push();
        start = index;
        line = '';
        width = 0;
        // (The word is placed below, which sets `hasWord` again.)
      } else if (hasWord || width + gapWidth + wordWidth <= maxWidth) {
        line += gapText;
        width += gapWidth;
      }
      // (Otherwise: indentation too wide to fit with the first word is not drawn.)
      gap = 0;
      if (width + wordWidth <= maxWidth) {
        line += drawn;
        width += wordWidth;
        hasWord = true;
      } else {
        // Wider than what is left of an empty line: cut between grapheme clusters.
        if (line !== '') {
          push();
          start = index;
          line = '';
          width = 0;
        }
        let offset = index;
        for (const cluster of graphemes(text.slice(index, wordEnd))) {
          const piece = this.drawable.draw(cluster);
          const pieceWidth = this.widthOf(piece);
          if (line !== '' && width + pieceWidth > maxWidth) {
            push();
            start = offset;
            line = '';
            width = 0;
          }
          line += piece;
          width += pieceWidth;
          offset += cluster.length;
        }
        hasWord = true;
      }
      index = wordEnd;
    }
    push();
  }
}

/**
 * What of a patient's text can be DRAWN with the font we have. Field values always keep the text
 * exactly as typed; only the printed appearance goes through here.
 *
 * - Control (Cc) and format (Cf) characters — zero-width joiners, bidi marks, soft hyphens, a
 *   stray NUL — have no visible form, so they are left out of the drawing and not reported; line
 *   breaks never reach here (see `line-breaking.ts`).
 * - A grapheme cluster (what a reader sees as one character: a base letter with its combining
 *   marks, an emoji with its modifiers) that the font cannot draw in full is drawn as ONE
 *   placeholder (U+FFFD "�" with Noto Sans) and reported in {@link DrawableText.undrawable}, so
 *   the page shows that something is there and the UI can name it before the download. Leaving it
 *   out instead would print a blank that a therapist reading the paper could not notice.
 */

/** Which characters a font can draw, and what stands in for those it cannot. */
export interface GlyphCoverage {
  /** Whether the font has a glyph for this code point. */
  has(codePoint: number): boolean;
  /** Drawn once in place of each grapheme cluster the font cannot draw; must itself be drawable. */
  placeholder: string;
}

/**
 * Control and format characters, and the line and paragraph separators (U+2028, U+2029, which
 * break lines rather than being drawn): never drawn, never reported.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const INVISIBLE_ALL = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * Grapheme clusters of `text`. Uses `Intl.Segmenter` (every current browser and Node); where it
 * is missing, code points — combining marks then count on their own, which only changes where an
 * over-long word may be cut and how undrawable marks are reported.
 */
export function graphemes(text: string): string[] {
  if (segmenter === undefined) {
    segmenter =
      typeof Intl !== 'undefined' && 'Segmenter' in Intl
        ? new Intl.Segmenter('und', { granularity: 'grapheme' })
        : null;
  }
  if (!segmenter) return Array.from(text);
  const clusters: string[] = [];
  for (const { segment } of segmenter.segment(text)) clusters.push(segment);
  return clusters;
}

/** The characters of `text` that need a glyph: all but control, format and separator characters. */
export function visibleText(text: string): string {
  return text.replace(INVISIBLE_ALL, '');
}

function coversAll(coverage: GlyphCoverage, text: string): boolean {
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index)!;
    if (!coverage.has(codePoint)) return false;
    index += codePoint > 0xffff ? 2 : 1;
  }
  return true;
}

/**
 * Turns runs of text (words: no spaces, no line breaks) into what the font can draw, remembering
 * every grapheme cluster it had to replace.
 */
export class DrawableText {
  /** Distinct grapheme clusters that could not be drawn, in the order they were first met. */
  readonly undrawable = new Set<string>();

  constructor(private readonly coverage: GlyphCoverage) {}

  /**
   * The drawable form of `text`. Fast path (the usual case): every character is visible and in the
   * font, so the text is drawn as it is, with no segmentation.
   */
  draw(text: string): string {
    if (!INVISIBLE.test(text) && coversAll(this.coverage, text)) return text;
    let drawn = '';
    for (const cluster of graphemes(text)) {
      const visible = visibleText(cluster);
      if (visible === '') continue;
      if (coversAll(this.coverage, visible)) {
        drawn += visible;
      } else {
        drawn += this.coverage.placeholder;
        this.undrawable.add(cluster);
      }
    }
    return drawn;
  }
}

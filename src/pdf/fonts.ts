import { PDFHexString, StandardFonts, type PDFDocument, type PDFFont, type PDFRef } from 'pdf-lib';
import { visibleText, type GlyphCoverage } from './drawable-text';
import { embedPreparedFont, prepareUnicodeFont, type FontkitFont } from './unicode-font';
import { winAnsiCodePoints } from './win-ansi';

/**
 * Font choice for a worksheet PDF. Helvetica is one of the 14 standard fonts every reader has, so
 * it costs no download and no bytes; it can only draw WinAnsi (Latin-1 and a few more). When any
 * drawn character is outside WinAnsi, the Unicode font (Noto Sans: Latin, Greek, Cyrillic — see
 * `font-url.ts`) is loaded once and used for EVERYTHING drawn, headings included, so one document
 * never mixes two typefaces mid-sentence.
 *
 * The Unicode font is embedded WHOLE, not subset. Measured with the intention worksheet at every
 * limit in Greek and Cyrillic: whole, the PDF is ≈ 360 KB (the font adds ≈ 318 KB); subset (pdf-lib's
 * `subset: true`), ≈ 52 KB (+ 9 KB). But a subset holds only the glyphs already typed, so a reader
 * that redraws a field after the patient edits it — the whole point of a fillable worksheet —
 * would have no glyph for a new letter. The bytes are only spent when Helvetica cannot draw the
 * text. (pdf-lib's subsetting was also 4× slower: it must shape every line to collect glyphs.)
 */

/** A font as the engine draws with it: already-drawable text in, PDF bytes and widths out. */
export interface DrawingFont {
  /** Resource name of the font in content streams, appearance streams and `/DA`. */
  name: string;
  /** The font dictionary. */
  ref: PDFRef;
  /** The string to show (`Tj`) for `text`, which must only hold characters the font covers. */
  encode(text: string): PDFHexString;
  /** Width of `text` at `size`, in points: exactly the advance widths the PDF will use. */
  widthOf(text: string, size: number): number;
  /** Ascender-to-descender height at `size` (with `descender: false`, the ascender only). */
  heightAtSize(size: number, options?: { descender?: boolean }): number;
}

/** The fonts a worksheet is drawn with. */
export interface WorksheetFonts {
  /** Hints, answers, field appearances, footer. */
  body: DrawingFont;
  /** Title, headings and labels: Helvetica-Bold, or the Unicode font (only a regular is shipped). */
  heading: DrawingFont;
  /** What `body` and `heading` can both draw. */
  coverage: GlyphCoverage;
}

/** Whether some visible character of `texts` is outside what Helvetica can draw. */
export function needsUnicodeFont(texts: Iterable<string>): boolean {
  for (const text of texts) {
    for (const char of visibleText(text)) {
      if (!winAnsiCodePoints.has(char.codePointAt(0)!)) return true;
    }
  }
  return false;
}

type FontkitModule = { create(data: Uint8Array): FontkitFont };
let fontkitModule: Promise<FontkitModule> | undefined;

/** fontkit (≈ 700 KB of JavaScript) is imported only when a Unicode font is needed, then kept. */
function loadFontkit(): Promise<FontkitModule> {
  fontkitModule ??= import('@pdf-lib/fontkit').then((module) => (module.default ?? module) as unknown as FontkitModule);
  return fontkitModule;
}

/** A standard font: pdf-lib's WinAnsi encoding and AFM widths are simple table look-ups. */
function standardDrawingFont(font: PDFFont): DrawingFont {
  return {
    name: font.name,
    ref: font.ref,
    encode: (text) => font.encodeText(text) as PDFHexString,
    widthOf: (text, size) => font.widthOfTextAtSize(text, size),
    heightAtSize: (size, options) => font.heightAtSize(size, options),
  };
}

/**
 * The embedded Unicode font, drawn glyph by glyph from its cmap (Identity-H: the glyph id is the
 * code).
 *
 * Why not pdf-lib's `PDFFont.encodeText`/`widthOfTextAtSize`: for embedded fonts they run fontkit's
 * full OpenType shaping on every call — measured 2.9 ms per 95-character line, about 90 % of the
 * 1.3 s a Greek worksheet at its limits took — and pdf-lib then keeps only the glyph ids, throwing the shaped
 * positions away. Shaping would buy only ligatures and accent compositions, which Latin, Greek and
 * Cyrillic do not need: Noto Sans's combining marks have zero advance and sit over the letter
 * before them. Each code point's glyph id and advance are looked up once.
 */
function unicodeDrawingFont(ref: PDFRef, font: FontkitFont): DrawingFont {
  const scale = 1000 / font.unitsPerEm;
  const glyphs = new Map<number, { hex: string; advance: number }>();
  const glyph = (codePoint: number) => {
    let entry = glyphs.get(codePoint);
    if (!entry) {
      const found = font.glyphForCodePoint(codePoint);
      entry = { hex: found.id.toString(16).padStart(4, '0'), advance: Math.round(found.advanceWidth * scale) };
      glyphs.set(codePoint, entry);
    }
    return entry;
  };
  const each = (text: string, visit: (entry: { hex: string; advance: number }) => void) => {
    for (let index = 0; index < text.length;) {
      const codePoint = text.codePointAt(index)!;
      visit(glyph(codePoint));
      index += codePoint > 0xffff ? 2 : 1;
    }
  };
  return {
    name: 'NotoSans',
    ref,
    encode(text) {
      let hex = '';
      each(text, (entry) => (hex += entry.hex));
      return PDFHexString.of(hex);
    },
    widthOf(text, size) {
      let width = 0;
      // Rounded like the /W entries, so measuring matches what readers lay out.
      each(text, (entry) => (width += entry.advance));
      return (width * size) / 1000;
    },
    heightAtSize(size, options = {}) {
      const descent = options.descender === false ? 0 : -font.descent;
      return ((font.ascent + descent) * scale * size) / 1000;
    },
  };
}

const helveticaCoverage: GlyphCoverage = {
  has: (codePoint) => winAnsiCodePoints.has(codePoint),
  // Only used when the Unicode font could not be loaded; "?" is the one placeholder WinAnsi has.
  placeholder: '?',
};

async function embedHelvetica(doc: PDFDocument): Promise<WorksheetFonts> {
  const [body, heading] = await Promise.all([
    doc.embedFont(StandardFonts.Helvetica),
    doc.embedFont(StandardFonts.HelveticaBold),
  ]);
  return { body: standardDrawingFont(body), heading: standardDrawingFont(heading), coverage: helveticaCoverage };
}

/**
 * Embeds the fonts for a document whose drawn text is `texts`.
 * @param loadUnicodeFont called at most once, and only when Helvetica cannot draw some text. If it
 * is missing or fails (offline, say), the PDF is still made with Helvetica: every value is kept
 * exactly, and what cannot be drawn is reported as undrawable instead of losing the download.
 */
export async function embedWorksheetFonts(
  doc: PDFDocument,
  texts: Iterable<string>,
  loadUnicodeFont: (() => Promise<ArrayBuffer | Uint8Array>) | undefined,
): Promise<WorksheetFonts> {
  if (!loadUnicodeFont || !needsUnicodeFont(texts)) return embedHelvetica(doc);
  let prepared;
  try {
    const [bytes, fontkit] = await Promise.all([loadUnicodeFont(), loadFontkit()]);
    prepared = await prepareUnicodeFont(bytes, fontkit);
  } catch (error) {
    console.warn('KAP Prep Kit: the Unicode font could not be loaded; drawing with Helvetica.', error);
    return embedHelvetica(doc);
  }
  const font = unicodeDrawingFont(embedPreparedFont(doc, prepared), prepared.font);
  const { codePoints } = prepared;
  return {
    body: font,
    heading: font,
    coverage: {
      has: (codePoint) => codePoints.has(codePoint),
      // U+FFFD REPLACEMENT CHARACTER is Unicode's own sign for "a character that cannot be shown".
      placeholder: codePoints.has(0xfffd) ? '\ufffd' : '?',
    },
  };
}

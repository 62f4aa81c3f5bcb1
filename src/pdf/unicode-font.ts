import { PDFArray, PDFContext, PDFNumber, PDFRawStream, PDFString, type PDFDocument, type PDFRef } from 'pdf-lib';

/**
 * Embeds a whole TrueType font (Noto Sans) as a Type 0 / CIDFontType2 font with Identity-H
 * encoding (ISO 32000-1 §9.7), the way pdf-lib's `embedFont(bytes, { subset: false })` does — but
 * with the expensive parts done ONCE per font per page load instead of once per PDF:
 *
 * - pdf-lib deflates the 629 KB font file with pako on every save (≈ 135 ms here) and rebuilds the
 *   widths (`/W`) and `/ToUnicode` map of all 4,503 glyphs (≈ 40 ms). A worksheet PDF is made again
 *   after every change of mind, so this was most of the time of a Greek or Cyrillic PDF.
 * - Here the font file and the ToUnicode CMap are compressed once (with the platform's native
 *   `CompressionStream` where there is one) and the widths computed once; each PDF only wraps the
 *   cached bytes in new stream objects.
 *
 * Every glyph is described (widths and ToUnicode), not just the ones drawn, because the patient
 * will type into this PDF later: a reader that draws new text with this font needs the glyph's
 * width, and text extraction (search, copy, screen readers) needs its Unicode value.
 */

type FontkitModule = { create(data: Uint8Array): FontkitFont };

/** The part of a fontkit font this module reads. */
export interface FontkitFont {
  postscriptName: string | null;
  unitsPerEm: number;
  numGlyphs: number;
  characterSet: number[];
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  glyphForCodePoint(codePoint: number): { id: number; advanceWidth: number };
  getGlyph(id: number): { advanceWidth: number };
  /** Present for PostScript-outline (CFF) fonts, which would need `/FontFile3` instead. */
  cff?: unknown;
}

/** A parsed font and the bytes every PDF reuses. */
export interface PreparedFont {
  font: FontkitFont;
  /** PostScript name, used as `/BaseFont` and `/FontName`. */
  baseFont: string;
  /** The font file, zlib-compressed, and its uncompressed length (`/Length1`). */
  fontFile: Uint8Array;
  fontFileLength: number;
  /** Advance width of every glyph, in 1/1000 em, by glyph id. */
  widths: number[];
  /** The ToUnicode CMap, zlib-compressed. */
  toUnicode: Uint8Array;
  /** Code points the font has a glyph for. */
  codePoints: ReadonlySet<number>;
}

/** zlib (RFC 1950) compression, as `/FlateDecode` expects. */
async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof CompressionStream === 'function') {
    const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  }
  // Older browsers: pdf-lib's own deflate (pako), via a stream it compresses for us.
  return PDFContext.create().flateStream(bytes).getContents();
}

const hex4 = (value: number) => value.toString(16).padStart(4, '0');

/** UTF-16BE hex of a code point, for a CMap's destination string. */
function utf16Hex(codePoint: number): string {
  if (codePoint <= 0xffff) return hex4(codePoint);
  const offset = codePoint - 0x10000;
  return hex4(0xd800 + (offset >> 10)) + hex4(0xdc00 + (offset & 0x3ff));
}

/** A ToUnicode CMap (Adobe Technical Note #5411) mapping each glyph id to its first code point. */
function toUnicodeCMap(font: FontkitFont): string {
  const unicodeOf = new Map<number, number>();
  for (const codePoint of [...font.characterSet].sort((a, b) => a - b)) {
    const { id } = font.glyphForCodePoint(codePoint);
    if (id !== 0 && !unicodeOf.has(id)) unicodeOf.set(id, codePoint);
  }
  const entries = [...unicodeOf.entries()].sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  // At most 100 entries per beginbfchar block (the CMap specification's limit).
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(
      `${block.length} beginbfchar\n${block.map(([id, codePoint]) => `<${hex4(id)}> <${utf16Hex(codePoint)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

const prepared = new WeakMap<object, Promise<PreparedFont>>();

/**
 * Parses and compresses a font, once per bytes object (the site's loader returns the same buffer
 * for every PDF of a page load).
 */
export function prepareUnicodeFont(bytes: ArrayBuffer | Uint8Array, fontkit: FontkitModule): Promise<PreparedFont> {
  let preparing = prepared.get(bytes);
  if (!preparing) {
    preparing = (async () => {
      const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
      const font = fontkit.create(data);
      if (font.cff) throw new Error('Only TrueType-outline fonts are supported (FontFile2).');
      const scale = 1000 / font.unitsPerEm;
      const widths = Array.from({ length: font.numGlyphs }, (_, id) =>
        Math.round(font.getGlyph(id).advanceWidth * scale),
      );
      const [fontFile, toUnicode] = await Promise.all([
        deflate(data),
        deflate(new TextEncoder().encode(toUnicodeCMap(font))),
      ]);
      const baseFont = (font.postscriptName ?? 'UnicodeFont').replace(/[^A-Za-z0-9-]/g, '');
      return {
        font,
        baseFont,
        fontFile,
        fontFileLength: data.length,
        widths,
        toUnicode,
        codePoints: new Set(font.characterSet),
      };
    })();
    prepared.set(bytes, preparing);
    preparing.catch(() => prepared.delete(bytes));
  }
  return preparing;
}

/** Adds the font's objects to a document; returns the reference of its Type 0 font dictionary. */
export function embedPreparedFont(doc: PDFDocument, prepared: PreparedFont): PDFRef {
  const { context } = doc;
  const { font, baseFont } = prepared;
  const scale = 1000 / font.unitsPerEm;
  const fontFile = context.register(
    PDFRawStream.of(context.obj({ Filter: 'FlateDecode', Length1: prepared.fontFileLength }), prepared.fontFile),
  );
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      // Symbolic (bit 3): glyphs are addressed by CID, not a standard Latin encoding (§9.8.2).
      Flags: 4,
      FontBBox: [font.bbox.minX * scale, font.bbox.minY * scale, font.bbox.maxX * scale, font.bbox.maxY * scale],
      ItalicAngle: font.italicAngle,
      Ascent: font.ascent * scale,
      Descent: font.descent * scale,
      CapHeight: (font.capHeight || font.ascent) * scale,
      XHeight: (font.xHeight || 0) * scale,
      // No reliable way to compute it from a TrueType font; 0 is "unknown" and readers accept it.
      StemV: 0,
      FontFile2: fontFile,
    }),
  );
  // /W as one run from glyph 0: [0 [w0 w1 … wN]] (§9.7.4.3).
  const widths = PDFArray.withContext(context);
  widths.push(PDFNumber.of(0));
  widths.push(context.obj(prepared.widths));
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widths,
      CIDToGIDMap: 'Identity',
    }),
  );
  const toUnicode = context.register(PDFRawStream.of(context.obj({ Filter: 'FlateDecode' }), prepared.toUnicode));
  const type0 = context.obj({
    Type: 'Font',
    Subtype: 'Type0',
    BaseFont: baseFont,
    Encoding: 'Identity-H',
    DescendantFonts: [cidFont],
    ToUnicode: toUnicode,
  });
  return context.register(type0);
}

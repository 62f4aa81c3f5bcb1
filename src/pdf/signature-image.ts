import type { PDFDocument, PDFRef } from 'pdf-lib';
import { inflateAtMost } from './inflate';

/**
 * Drawn signatures as versions before strokes kept them: a PNG `data:` URL from the form's
 * signature pad, checked and decoded here before anything of it reaches the PDF. New drawings are
 * strokes, drawn as paths (signature-strokes.ts); this stays for the drafts and saved PDFs that
 * hold a PNG, and for a drawing made on top of one (docs/decisions/0004-signature-format.md).
 *
 * Why our own decoder rather than pdf-lib's `embedPng`: pdf-lib decodes with UPNG, which trusts
 * the file — a chunk length of 4 GB makes it loop over 4 billion bytes, a huge IHDR allocates
 * gigabytes, corrupt data throws mid-way, and it decodes Adam7-interlaced images wrongly (found by
 * `signature.test.ts`) — and it embeds an alpha channel as a second image (an /SMask). A signature value can come from a resumed PDF that any program may have rewritten, and
 * a bad one must never break the download, so here every chunk is checked (lengths, CRCs, order,
 * IHDR limits) before decoding, inflating stops at the exact size the header implies, and the
 * drawing is composited onto white: ONE opaque RGB image per signature (ink on white paper looks
 * the same, and `pdfimages -list` shows one image, not an image and a mask).
 *
 * Anything that fails a check is "no signature": the PDF gets an empty box (room to sign on paper)
 * and the hidden field holds ''. Every PNG the standard allows is accepted within the limits below
 * — all colour types, bit depths 1–16, palettes, `tRNS` transparency, Adam7 interlacing — but not
 * animated PNGs (APNG), whose frames a still signature has no use for.
 */

/** The only prefix accepted: what `canvas.toDataURL('image/png')` returns. */
export const SIGNATURE_DATA_URL_PREFIX = 'data:image/png;base64,';

/**
 * Longest signature value accepted, in characters: about 1.5 MB of PNG. A pad's drawing was
 * typically 10–150 KB (a 3× phone screen gives about 1,200 × 480 pixels, mostly transparent).
 */
export const MAX_SIGNATURE_DATA_URL_LENGTH = 2_000_000;
/** Widest or tallest signature image accepted, in pixels. */
export const MAX_SIGNATURE_SIDE = 8192;
/**
 * Most pixels accepted: decoding holds about 7 bytes per pixel at once (raw rows plus the RGB
 * result), so 6 million pixels stay near 40 MB even on a phone.
 */
export const MAX_SIGNATURE_PIXELS = 6_000_000;

/** A signature decoded and composited onto white: 8-bit RGB, rows top to bottom. */
export interface SignatureBitmap {
  width: number;
  height: number;
  rgb: Uint8Array;
}

/**
 * Most a channel may differ from the others for a pixel to count as grey. The pad draws near-black
 * ink (#0b0c0c), which on white differs by at most 1 between channels: such a drawing is embedded
 * as DeviceGray, a third of the data to compress.
 */
const GREY_TOLERANCE = 2;

interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colourType: number;
  interlaced: boolean;
}

interface PngParts {
  header: PngHeader;
  /** Concatenated IDAT data: one zlib stream. */
  data: Uint8Array;
  /** RGB triples (colour type 3). */
  palette?: Uint8Array;
  /** The tRNS chunk's data. */
  transparency?: Uint8Array;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Allowed bit depths per colour type (PNG spec, table 11.1). */
const BIT_DEPTHS: Record<number, readonly number[]> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/** Adam7 passes: first column, first row, column step, row step. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

const BASE64_VALUES = (() => {
  const values = new Int16Array(128).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let index = 0; index < alphabet.length; index++) values[alphabet.charCodeAt(index)] = index;
  return values;
})();

/** Strict, padded base64 (what browsers write) to bytes; `undefined` for anything else. */
function base64Bytes(text: string, start: number): Uint8Array | undefined {
  const length = text.length - start;
  if (length === 0 || length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((length / 4) * 3 - padding);
  let out = 0;
  for (let index = start; index < text.length; index += 4) {
    let group = 0;
    for (let offset = 0; offset < 4; offset++) {
      const code = text.charCodeAt(index + offset);
      const isPadding = code === 0x3d && index + 4 === text.length && offset >= 4 - padding;
      const value = isPadding ? 0 : code < 128 ? BASE64_VALUES[code]! : -1;
      if (value < 0) return undefined;
      group = (group << 6) | value;
    }
    if (out < bytes.length) bytes[out++] = (group >>> 16) & 0xff;
    if (out < bytes.length) bytes[out++] = (group >>> 8) & 0xff;
    if (out < bytes.length) bytes[out++] = group & 0xff;
  }
  return bytes;
}

let crcTable: Uint32Array | undefined;

function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let index = start; index < end; index++) crc = crcTable[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const u32 = (bytes: Uint8Array, at: number) =>
  ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;

const isLetter = (byte: number) => (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a);

/**
 * The checked chunks of a PNG, or `undefined` when it is not a well-formed still PNG within the
 * limits: signature, chunk lengths inside the file, every CRC, IHDR first and valid, PLTE/tRNS
 * consistent with the colour type and before the image data, IDAT chunks consecutive, no unknown
 * critical chunk, no APNG chunks, IEND last with nothing after it.
 */
function parsePng(bytes: Uint8Array): PngParts | undefined {
  if (bytes.length < 8 + 25 + 12 || PNG_SIGNATURE.some((byte, index) => bytes[index] !== byte)) return undefined;
  let header: PngHeader | undefined;
  let palette: Uint8Array | undefined;
  let transparency: Uint8Array | undefined;
  const data: Uint8Array[] = [];
  let dataLength = 0;
  /** 0: no IDAT yet; 1: in the IDAT run; 2: after it. */
  let dataState = 0;
  for (let at = 8; ;) {
    if (at + 12 > bytes.length) return undefined;
    const size = u32(bytes, at);
    if (size > bytes.length - at - 12) return undefined;
    const typeStart = at + 4;
    for (let index = typeStart; index < typeStart + 4; index++) if (!isLetter(bytes[index]!)) return undefined;
    const end = typeStart + 4 + size;
    if (crc32(bytes, typeStart, end) !== u32(bytes, end)) return undefined;
    const type = String.fromCharCode(
      bytes[typeStart]!,
      bytes[typeStart + 1]!,
      bytes[typeStart + 2]!,
      bytes[typeStart + 3]!,
    );
    const body = bytes.subarray(typeStart + 4, end);
    at = end + 4;
    if (!header && type !== 'IHDR') return undefined;
    if (dataState === 1 && type !== 'IDAT') dataState = 2;
    switch (type) {
      case 'IHDR': {
        if (header || size !== 13) return undefined;
        const width = u32(body, 0);
        const height = u32(body, 4);
        const [bitDepth, colourType, compression, filter, interlace] = [
          body[8]!,
          body[9]!,
          body[10]!,
          body[11]!,
          body[12]!,
        ];
        if (
          width < 1 ||
          height < 1 ||
          width > MAX_SIGNATURE_SIDE ||
          height > MAX_SIGNATURE_SIDE ||
          width * height > MAX_SIGNATURE_PIXELS
        )
          return undefined;
        if (!BIT_DEPTHS[colourType]?.includes(bitDepth) || compression !== 0 || filter !== 0 || interlace > 1)
          return undefined;
        header = { width, height, bitDepth, colourType, interlaced: interlace === 1 };
        break;
      }
      case 'PLTE':
        if (palette || dataState !== 0 || size === 0 || size % 3 !== 0 || size / 3 > 256) return undefined;
        if (header!.colourType === 0 || header!.colourType === 4) return undefined;
        if (header!.colourType === 3 && size / 3 > 1 << header!.bitDepth) return undefined;
        palette = body;
        break;
      case 'tRNS': {
        const { colourType } = header!;
        if (transparency || dataState !== 0) return undefined;
        if (
          colourType === 3
            ? !palette || size > palette.length / 3
            : colourType === 0
              ? size !== 2
              : colourType === 2
                ? size !== 6
                : true
        )
          return undefined;
        transparency = body;
        break;
      }
      case 'IDAT':
        if (dataState === 2) return undefined;
        dataState = 1;
        data.push(body);
        dataLength += size;
        break;
      case 'IEND':
        if (size !== 0 || dataState === 0 || at !== bytes.length) return undefined;
        if (header!.colourType === 3 && !palette) return undefined;
        {
          const joined = new Uint8Array(dataLength);
          let offset = 0;
          for (const part of data) {
            joined.set(part, offset);
            offset += part.length;
          }
          return { header: header!, data: joined, palette, transparency };
        }
      case 'acTL':
      case 'fcTL':
      case 'fdAT':
        return undefined;
      default:
        // An unknown critical chunk (upper-case first letter) means the image cannot be read right.
        if (type.charCodeAt(0) < 0x61) return undefined;
    }
  }
}

/** The passes of an image: each pass's first pixel, steps and size in pixels. */
function passes(
  header: PngHeader,
): { x0: number; y0: number; dx: number; dy: number; width: number; height: number }[] {
  const all = header.interlaced ? ADAM7 : ([[0, 0, 1, 1]] as const);
  return all
    .map(([x0, y0, dx, dy]) => ({
      x0,
      y0,
      dx,
      dy,
      width: Math.ceil((header.width - x0) / dx),
      height: Math.ceil((header.height - y0) / dy),
    }))
    .filter((pass) => pass.width > 0 && pass.height > 0);
}

const bitsPerPixel = (header: PngHeader) => CHANNELS[header.colourType]! * header.bitDepth;
const rowBytes = (header: PngHeader, width: number) => Math.ceil((width * bitsPerPixel(header)) / 8);

/** The exact length of the inflated image data: every pass's rows, each with its filter byte. */
function inflatedLength(header: PngHeader): number {
  return passes(header).reduce((sum, pass) => sum + pass.height * (rowBytes(header, pass.width) + 1), 0);
}

/** Whether a zlib header (RFC 1950) is one PNG allows: deflate, a valid check, no preset dictionary. */
function isZlibHeader(data: Uint8Array): boolean {
  const [cmf = 0, flg = 0] = data;
  return (cmf & 0x0f) === 8 && cmf >> 4 <= 7 && ((cmf << 8) | flg) % 31 === 0 && (flg & 0x20) === 0;
}

/**
 * Inflates a zlib stream to exactly `expected` bytes, or `undefined`: corrupt, short, or longer
 * than expected (inflating stops as soon as it runs past `expected`, see `inflate.ts`).
 */
async function inflate(data: Uint8Array, expected: number): Promise<Uint8Array | undefined> {
  if (!isZlibHeader(data)) return undefined;
  const inflated = await inflateAtMost(data, expected);
  return inflated.ok && inflated.bytes.length === expected ? inflated.bytes : undefined;
}

/** Reverses the PNG row filters of one pass in place; `false` on an unknown filter type. */
function unfilter(raw: Uint8Array, start: number, rows: number, bytesPerRow: number, bytesPerPixel: number): boolean {
  const stride = bytesPerRow + 1;
  for (let y = 0; y < rows; y++) {
    const row = start + y * stride;
    const filter = raw[row]!;
    const line = row + 1;
    const above = line - stride;
    const hasAbove = y > 0;
    switch (filter) {
      case 0:
        break;
      case 1:
        for (let x = bytesPerPixel; x < bytesPerRow; x++)
          raw[line + x] = (raw[line + x]! + raw[line + x - bytesPerPixel]!) & 0xff;
        break;
      case 2:
        if (hasAbove) for (let x = 0; x < bytesPerRow; x++) raw[line + x] = (raw[line + x]! + raw[above + x]!) & 0xff;
        break;
      case 3:
        for (let x = 0; x < bytesPerRow; x++) {
          const left = x >= bytesPerPixel ? raw[line + x - bytesPerPixel]! : 0;
          const up = hasAbove ? raw[above + x]! : 0;
          raw[line + x] = (raw[line + x]! + ((left + up) >> 1)) & 0xff;
        }
        break;
      case 4:
        for (let x = 0; x < bytesPerRow; x++) {
          const a = x >= bytesPerPixel ? raw[line + x - bytesPerPixel]! : 0;
          const b = hasAbove ? raw[above + x]! : 0;
          const c = hasAbove && x >= bytesPerPixel ? raw[above + x - bytesPerPixel]! : 0;
          const p = a + b - c;
          const pa = Math.abs(p - a);
          const pb = Math.abs(p - b);
          const pc = Math.abs(p - c);
          raw[line + x] = (raw[line + x]! + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
        }
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Decoded pixels of a checked PNG, composited onto white; `undefined` if the data is bad. */
function compose(parts: PngParts, raw: Uint8Array): SignatureBitmap | undefined {
  const { header, palette, transparency } = parts;
  const { width, height, bitDepth, colourType } = header;
  const channels = CHANNELS[colourType]!;
  const bytesPerPixel = Math.max(1, (channels * bitDepth) >> 3);
  const maximum = (1 << bitDepth) - 1;
  const rgb = new Uint8Array(width * height * 3);
  const paletteSize = palette ? palette.length / 3 : 0;
  // 16-bit samples keep their high byte; 1-, 2- and 4-bit grey is scaled to 0–255.
  const to8 = (value: number) =>
    bitDepth === 16 ? value >> 8 : bitDepth === 8 || colourType === 3 ? value : Math.round((value * 255) / maximum);
  const key = (index: number) => (transparency ? (transparency[index * 2]! << 8) | transparency[index * 2 + 1]! : -1);
  const over = (value: number, alpha: number) => ((value * alpha + 255 * (255 - alpha) + 127) / 255) | 0;

  // The usual case — a canvas's 8-bit RGBA, not interlaced — in one tight loop.
  if (colourType === 6 && bitDepth === 8 && !header.interlaced) {
    if (!unfilter(raw, 0, height, width * 4, 4)) return undefined;
    for (let y = 0; y < height; y++) {
      let source = y * (width * 4 + 1) + 1;
      let target = y * width * 3;
      for (let x = 0; x < width; x++, source += 4, target += 3) {
        const alpha = raw[source + 3]!;
        // Most of a signature is untouched pad (transparent) or solid ink: no arithmetic for those.
        if (alpha === 0) {
          rgb[target] = rgb[target + 1] = rgb[target + 2] = 255;
        } else if (alpha === 255) {
          rgb[target] = raw[source]!;
          rgb[target + 1] = raw[source + 1]!;
          rgb[target + 2] = raw[source + 2]!;
        } else {
          rgb[target] = over(raw[source]!, alpha);
          rgb[target + 1] = over(raw[source + 1]!, alpha);
          rgb[target + 2] = over(raw[source + 2]!, alpha);
        }
      }
    }
    return { width, height, rgb };
  }

  let offset = 0;
  for (const pass of passes(header)) {
    const bytesPerRow = rowBytes(header, pass.width);
    if (!unfilter(raw, offset, pass.height, bytesPerRow, bytesPerPixel)) return undefined;
    for (let py = 0; py < pass.height; py++) {
      const line = offset + py * (bytesPerRow + 1) + 1;
      const sample = (index: number): number => {
        if (bitDepth === 8) return raw[line + index]!;
        if (bitDepth === 16) return (raw[line + 2 * index]! << 8) | raw[line + 2 * index + 1]!;
        const bit = index * bitDepth;
        return (raw[line + (bit >> 3)]! >> (8 - bitDepth - (bit & 7))) & maximum;
      };
      for (let px = 0; px < pass.width; px++) {
        const first = px * channels;
        let r: number;
        let g: number;
        let b: number;
        let alpha = 255;
        if (colourType === 3) {
          const index = sample(first);
          if (index >= paletteSize) return undefined;
          [r, g, b] = [palette![index * 3]!, palette![index * 3 + 1]!, palette![index * 3 + 2]!];
          if (transparency && index < transparency.length) alpha = transparency[index]!;
        } else if (colourType === 0 || colourType === 4) {
          const grey = sample(first);
          r = g = b = to8(grey);
          if (colourType === 4) alpha = to8(sample(first + 1));
          else if (grey === key(0)) alpha = 0;
        } else {
          const [red, green, blue] = [sample(first), sample(first + 1), sample(first + 2)];
          [r, g, b] = [to8(red), to8(green), to8(blue)];
          if (colourType === 6) alpha = to8(sample(first + 3));
          else if (red === key(0) && green === key(1) && blue === key(2)) alpha = 0;
        }
        const target = ((pass.y0 + py * pass.dy) * width + pass.x0 + px * pass.dx) * 3;
        rgb[target] = over(r, alpha);
        rgb[target + 1] = over(g, alpha);
        rgb[target + 2] = over(b, alpha);
      }
    }
    offset += pass.height * (bytesPerRow + 1);
  }
  return { width, height, rgb };
}

/**
 * The PNG bytes of a signature value, after the cheap checks (prefix, length, strict base64, every
 * chunk and CRC); `undefined` when it is not one. Does not inflate the image data.
 */
function signaturePng(value: string): { bytes: Uint8Array; parts: PngParts } | undefined {
  if (value.length > MAX_SIGNATURE_DATA_URL_LENGTH || !value.startsWith(SIGNATURE_DATA_URL_PREFIX)) return undefined;
  const bytes = base64Bytes(value, SIGNATURE_DATA_URL_PREFIX.length);
  const parts = bytes && parsePng(bytes);
  return bytes && parts ? { bytes, parts } : undefined;
}

/** The checked chunks and inflated image data of a signature value, or `undefined`. */
async function inflateSignature(value: unknown): Promise<{ parts: PngParts; raw: Uint8Array } | undefined> {
  if (typeof value !== 'string') return undefined;
  const png = signaturePng(value);
  if (!png) return undefined;
  const raw = await inflate(png.parts.data, inflatedLength(png.parts.header));
  return raw && { parts: png.parts, raw };
}

/**
 * Decodes a signature value (`data:image/png;base64,…`) into pixels on white, or `undefined` when
 * it is not a well-formed PNG within the limits. Never throws.
 */
export async function decodeSignature(value: unknown): Promise<SignatureBitmap | undefined> {
  try {
    const inflated = await inflateSignature(value);
    return inflated && compose(inflated.parts, inflated.raw);
  } catch {
    return undefined;
  }
}

/**
 * Whether a value read from a PDF is a signature this engine would draw: exactly the values
 * {@link decodeSignature} decodes, so resume takes back what the next PDF will show. Never throws.
 */
export async function isSignatureValue(value: unknown): Promise<boolean> {
  return (await decodeSignature(value)) !== undefined;
}

/** The bitmap as one grey channel when every pixel is grey (within {@link GREY_TOLERANCE}). */
function greyChannel(bitmap: SignatureBitmap): Uint8Array | undefined {
  const { rgb } = bitmap;
  const grey = new Uint8Array(rgb.length / 3);
  for (let pixel = 0, index = 0; pixel < grey.length; pixel++, index += 3) {
    const [r, g, b] = [rgb[index]!, rgb[index + 1]!, rgb[index + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > GREY_TOLERANCE) return undefined;
    grey[pixel] = Math.round((r + g + b) / 3);
  }
  return grey;
}

/** zlib-compresses with the platform's native `CompressionStream` (≈ 10× pako's speed), if any. */
async function deflateNatively(data: Uint8Array): Promise<Uint8Array | undefined> {
  if (typeof CompressionStream === 'undefined') return undefined;
  try {
    return new Uint8Array(
      await new Response(
        new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate')),
      ).arrayBuffer(),
    );
  } catch {
    return undefined;
  }
}

/**
 * Embeds a decoded signature as ONE opaque image XObject (no soft mask): DeviceGray when the
 * drawing is grey ink, else DeviceRGB.
 */
export async function embedSignature(doc: PDFDocument, bitmap: SignatureBitmap): Promise<PDFRef> {
  const grey = greyChannel(bitmap);
  const pixels = grey ?? bitmap.rgb;
  const dict = {
    Type: 'XObject',
    Subtype: 'Image',
    Width: bitmap.width,
    Height: bitmap.height,
    ColorSpace: grey ? 'DeviceGray' : 'DeviceRGB',
    BitsPerComponent: 8,
  };
  const deflated = await deflateNatively(pixels);
  const stream = deflated
    ? doc.context.stream(deflated, { ...dict, Filter: 'FlateDecode' })
    : doc.context.flateStream(pixels, dict);
  return doc.context.register(stream);
}

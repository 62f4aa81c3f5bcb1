/**
 * The pixel size of a PNG, JPEG or SVG file, read from its first bytes (the PNG header, the JPEG
 * frame header, the SVG's root element), so the header can give the clinic's logo `width` and
 * `height` attributes and the page does not jump when it loads. Small on purpose: three formats,
 * no image library. Build-side only.
 */

/** A picture's size in CSS pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const u32 = (bytes: Uint8Array, at: number) => u16(bytes, at) * 0x10000 + u16(bytes, at + 2);

/** A size, if both sides are whole positive numbers. */
const sized = (width: number, height: number): ImageSize | undefined =>
  Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0
    ? { width: Math.round(width), height: Math.round(height) }
    : undefined;

/** A PNG's size: its first chunk is always IHDR, which starts with the width and the height. */
function pngSize(bytes: Uint8Array): ImageSize | undefined {
  if (!PNG_SIGNATURE.every((byte, at) => bytes[at] === byte)) return undefined;
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return sized(u32(bytes, 16), u32(bytes, 20));
}

/**
 * A JPEG's size, from its first start-of-frame segment (SOF0 to SOF15, except DHT, JPG and DAC,
 * which share the range). Segments before it are skipped by their lengths. The EXIF orientation
 * is not read: a rotated photo gets its stored size, and the browser corrects the ratio on load.
 */
function jpegSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1]!;
    // Fill bytes, and markers that stand alone (no length): restart markers, TEM.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      at += 2;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
      return sized(u16(bytes, at + 7), u16(bytes, at + 5));
    at += 2 + u16(bytes, at + 2);
  }
  return undefined;
}

/** A length in CSS pixels: `120`, `120px`, `120.5`; other units (`%`, `em`) are unknown here. */
const pixels = (value: string | undefined) =>
  value && /^\s*[\d.]+\s*(px)?\s*$/.test(value) ? Number.parseFloat(value) : Number.NaN;

/** One attribute of a tag's text, in either kind of quotes. */
const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`, 's').exec(tag)?.[2];

/** An SVG's size: its `width` and `height` in pixels, else its `viewBox`'s. */
function svgSize(bytes: Uint8Array): ImageSize | undefined {
  const tag = /<svg\b[^>]*>/s.exec(new TextDecoder().decode(bytes.subarray(0, 64 * 1024)))?.[0];
  if (!tag) return undefined;
  const given = sized(pixels(attribute(tag, 'width')), pixels(attribute(tag, 'height')));
  if (given) return given;
  const [, , width = Number.NaN, height = Number.NaN] = (attribute(tag, 'viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  return sized(width, height);
}

/**
 * The size of a PNG, JPEG or SVG file, or undefined when it is none of these or its header does
 * not say (an SVG sized only in `%` without a `viewBox`).
 * @param bytes the file, or at least its start (a JPEG's frame header may come after its EXIF block)
 */
export function imageSize(bytes: Uint8Array): ImageSize | undefined {
  return pngSize(bytes) ?? jpegSize(bytes) ?? svgSize(bytes);
}

import { deflateSync, crc32 } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { clinicImageSize } from '../../../src/components/brand/clinic-image-size';
import { imageSize } from '../../../src/components/brand/image-size';

/**
 * The logo's size read from its file's header (src/components/brand/image-size.ts), for the
 * header's width and height. PNG and JPEG files are made here and read by pdf-lib too, a second
 * reader, so the test does not only agree with itself.
 */

const u32 = (value: number) => [(value >>> 24) & 255, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
const u16 = (value: number) => [(value >> 8) & 255, value & 255];

/** A real PNG of `width` × `height` grey pixels: signature, IHDR, IDAT, IEND, with their CRCs. */
function png(width: number, height: number): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    return Buffer.concat([Buffer.from(u32(data.length)), body, Buffer.from(u32(crc32(body)))]);
  };
  // 8-bit greyscale; each row starts with filter byte 0.
  const header = Uint8Array.from([...u32(width), ...u32(height), 8, 0, 0, 0, 0]);
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let row = 0; row < height; row += 1) rows[row * (width + 1)] = 0;
  return Uint8Array.from(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', new Uint8Array()),
    ]),
  );
}

/**
 * A JPEG's segments up to its frame header, with an EXIF block before it as phones write, and
 * optionally a fill byte before a marker (allowed, rare; pdf-lib does not read past one).
 */
function jpeg(width: number, height: number, { marker = 0xc0, fill = false } = {}): Uint8Array {
  const segment = (code: number, data: number[]) => [0xff, code, ...u16(data.length + 2), ...data];
  const app0 = segment(0xe0, [...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, ...u16(72), ...u16(72), 0, 0]);
  const exif = segment(0xe1, [...Buffer.from('Exif\0\0', 'latin1'), ...new Array<number>(300).fill(0)]);
  const quant = segment(0xdb, [0, ...new Array<number>(64).fill(1)]);
  const frame = segment(marker, [8, ...u16(height), ...u16(width), 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  return Uint8Array.from([0xff, 0xd8, ...app0, ...(fill ? [0xff] : []), ...exif, ...quant, ...frame, 0xff, 0xd9]);
}

const svg = (text: string) => new TextEncoder().encode(text);

describe('a PNG’s size', () => {
  it('is read from its header, as pdf-lib reads it', async () => {
    const file = png(37, 12);
    expect(imageSize(file)).toEqual({ width: 37, height: 12 });
    const embedded = await (await PDFDocument.create()).embedPng(file);
    expect([embedded.width, embedded.height]).toEqual([37, 12]);
  });

  it('is unknown for a file that only starts like one', () => {
    expect(imageSize(png(37, 12).subarray(0, 20))).toBeUndefined();
  });
});

describe('a JPEG’s size', () => {
  it('is read from the frame header after the EXIF block, as pdf-lib reads it', async () => {
    const file = jpeg(640, 160);
    expect(imageSize(file)).toEqual({ width: 640, height: 160 });
    const embedded = await (await PDFDocument.create()).embedJpg(file);
    expect([embedded.width, embedded.height]).toEqual([640, 160]);
  });

  it('is read from a progressive frame (SOF2), and not from a Huffman table (DHT, in the same range)', () => {
    expect(imageSize(jpeg(300, 200, { marker: 0xc2 }))).toEqual({ width: 300, height: 200 });
    expect(imageSize(jpeg(300, 200, { marker: 0xc4 }))).toBeUndefined();
  });

  it('is read past a fill byte before a marker', () => {
    expect(imageSize(jpeg(300, 200, { fill: true }))).toEqual({ width: 300, height: 200 });
  });
});

describe('an SVG’s size', () => {
  it('is its width and height in pixels', () => {
    expect(
      imageSize(
        svg(
          '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60px" viewBox="0 0 480 120"></svg>',
        ),
      ),
    ).toEqual({ width: 240, height: 60 });
  });

  it('is its viewBox when the width and height are not in pixels, or missing', () => {
    expect(imageSize(svg(`<svg xmlns='http://www.w3.org/2000/svg' width='100%' viewBox='0 0 480.4 120'/>`))).toEqual({
      width: 480,
      height: 120,
    });
    expect(imageSize(svg('<svg viewBox="0,0,32,32"><rect width="32" height="32"/></svg>'))).toEqual({
      width: 32,
      height: 32,
    });
  });

  it('is unknown without either', () => {
    expect(imageSize(svg('<svg xmlns="http://www.w3.org/2000/svg" width="10em"></svg>'))).toBeUndefined();
  });
});

describe('a file that is none of these', () => {
  it('has no size', () => {
    expect(imageSize(new TextEncoder().encode('GIF89a…'))).toBeUndefined();
    expect(imageSize(new Uint8Array())).toBeUndefined();
  });

  it('nor has a file the clinic folder does not hold', async () => {
    expect(await clinicImageSize('brand/no-such-logo.png')).toBeUndefined();
  });
});

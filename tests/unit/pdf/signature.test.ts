import { deflateSync } from 'node:zlib';
import {
  AnnotationFlags,
  decodePDFRawStream,
  PDFArray,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFString,
  PDFTextField,
  PngEmbedder,
  type PDFPage,
} from 'pdf-lib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generateWorksheetPdf, type GenerateWorksheetPdfOptions } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import {
  decodeSignature,
  isSignatureValue,
  MAX_SIGNATURE_DATA_URL_LENGTH,
  type SignatureBitmap,
} from '../../../src/pdf/signature-image';
import { cardAnswers, cardWorksheet, clinicOptions } from '../../fixtures/pdf/card-worksheet';
import {
  chunk,
  concat,
  drawnSignaturePng,
  encodePng,
  ihdr,
  PNG_SIGNATURE,
  pngDataUrl,
  rawImageData,
  type PngSpec,
} from '../../fixtures/pdf/png';
import { pdfOptions } from '../../fixtures/pdf/options';
import { pdfimagesList, pdftotext, qpdfCheck, removeTemporaries } from '../../fixtures/pdf/pdf-tools';

afterAll(removeTemporaries);
afterEach(() => {
  vi.unstubAllGlobals();
});

/**
 * A drawing as versions before strokes kept it (a pad's PNG), which drafts and saved PDFs still
 * hold: this file tests that path; the strokes the form keeps now are in signature-strokes.test.ts.
 */
const drawnSignature = pngDataUrl(drawnSignaturePng());
/** {@link cardAnswers} with the patient's signature as an older version kept it. */
const pngAnswers = () => ({ ...cardAnswers(), patientSignature: drawnSignature });

const options = (overrides: Partial<GenerateWorksheetPdfOptions> = {}) =>
  pdfOptions({ clinic: clinicOptions(), ...overrides });

/** pdf-lib's own PNG decoding (UPNG), composited onto white the same way: an independent reference. */
async function referenceBitmap(bytes: Uint8Array): Promise<SignatureBitmap> {
  const embedder = await PngEmbedder.for(bytes);
  const { rgbChannel, alphaChannel } = (
    embedder as unknown as { image: { rgbChannel: Uint8Array; alphaChannel?: Uint8Array } }
  ).image;
  const rgb = new Uint8Array(rgbChannel.length);
  for (let index = 0; index < rgb.length; index++) {
    const alpha = alphaChannel ? alphaChannel[Math.floor(index / 3)]! : 255;
    rgb[index] = ((rgbChannel[index]! * alpha + 255 * (255 - alpha) + 127) / 255) | 0;
  }
  return { width: embedder.width, height: embedder.height, rgb };
}

/** The decoded content stream(s) of a page, as text. */
function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
    .map((stream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()))
    .join('\n');
}

/** A deterministic "random" sample in [0, max]. */
const noise = (x: number, y: number, channel: number, max: number) =>
  (((x * 73856093) ^ (y * 19349663) ^ (channel * 83492791)) >>> 0) % (max + 1);

const PALETTE = Array.from({ length: 16 * 3 }, (_, index) => (index * 37) % 256);

/** Every colour type and bit depth, odd sizes (partial Adam7 passes, padded rows), tRNS where allowed. */
const decoderCases: [string, PngSpec][] = [];
for (const interlaced of [false, true]) {
  const size = { width: 13, height: 9, interlaced };
  const add = (name: string, spec: Omit<PngSpec, 'width' | 'height' | 'interlaced'>) =>
    decoderCases.push([`${name}${interlaced ? ', interlaced' : ''}`, { ...size, ...spec }]);
  for (const bitDepth of [8, 16] as const) {
    const max = (1 << bitDepth) - 1;
    add(`RGBA ${bitDepth}-bit`, {
      colourType: 6,
      bitDepth,
      sample: (x, y) => [0, 1, 2, 3].map((c) => noise(x, y, c, max)),
    });
    add(`grey + alpha ${bitDepth}-bit`, {
      colourType: 4,
      bitDepth,
      sample: (x, y) => [noise(x, y, 0, max), noise(x, y, 1, max)],
    });
    add(`RGB ${bitDepth}-bit with a transparent colour`, {
      colourType: 2,
      bitDepth,
      transparency: bitDepth === 8 ? [0, 7, 0, 7, 0, 7] : [0x12, 0x34, 0x12, 0x34, 0x12, 0x34],
      sample: (x, y) =>
        (x + y) % 4 === 0 ? Array(3).fill(bitDepth === 8 ? 7 : 0x1234) : [0, 1, 2].map((c) => noise(x, y, c, max)),
    });
  }
  for (const bitDepth of [1, 2, 4, 8, 16] as const) {
    const max = (1 << bitDepth) - 1;
    add(`grey ${bitDepth}-bit with a transparent grey`, {
      colourType: 0,
      bitDepth,
      transparency: [0, 1],
      sample: (x, y) => [noise(x, y, 0, max)],
    });
  }
  for (const bitDepth of [1, 2, 4, 8] as const) {
    const entries = Math.min(16, 1 << bitDepth);
    add(`palette ${bitDepth}-bit with partial tRNS`, {
      colourType: 3,
      bitDepth,
      palette: PALETTE.slice(0, entries * 3),
      transparency: [0, 128].slice(0, entries),
      sample: (x, y) => [noise(x, y, 0, entries - 1)],
    });
  }
}

describe('decoding a signature PNG', () => {
  // The reference decodes the same pixels NOT interlaced: interlacing must not change them, and
  // UPNG gets Adam7 wrong (checked against libspng while writing this: ours and libspng agree).
  it.each(decoderCases)('matches pdf-lib’s decoder for %s', async (_, spec) => {
    const decoded = await decodeSignature(pngDataUrl(encodePng(spec)));
    const reference = await referenceBitmap(encodePng({ ...spec, interlaced: false }));

    expect(decoded).toBeDefined();
    expect([decoded!.width, decoded!.height]).toEqual([reference.width, reference.height]);
    // 16-bit samples: UPNG and we may round the low byte differently; allow 1 in 255.
    const worst = decoded!.rgb.reduce(
      (most, value, index) => Math.max(most, Math.abs(value - reference.rgb[index]!)),
      0,
    );
    expect(worst).toBeLessThanOrEqual(spec.bitDepth === 16 ? 1 : 0);
  });

  it('decodes a pad’s drawing: ink where it drew, white where it did not', async () => {
    const decoded = await decodeSignature(drawnSignature);

    expect(decoded?.width).toBe(600);
    expect(decoded?.height).toBe(200);
    expect(decoded!.rgb.slice(0, 3)).toEqual(Uint8Array.of(255, 255, 255));
    expect(decoded!.rgb.some((value) => value < 40)).toBe(true);
  });

  it('gives the same pixels without DecompressionStream (older Safari), through pdf-lib’s inflater', async () => {
    const expected = await Promise.all(
      decoderCases.slice(0, 6).map(([, spec]) => decodeSignature(pngDataUrl(encodePng(spec)))),
    );
    vi.stubGlobal('DecompressionStream', undefined);

    const fallback = await Promise.all(
      decoderCases.slice(0, 6).map(([, spec]) => decodeSignature(pngDataUrl(encodePng(spec)))),
    );
    expect(fallback).toEqual(expected);
  });
});

/** A valid 2×2 RGBA PNG to break in different ways. */
const small: PngSpec = {
  width: 2,
  height: 2,
  colourType: 6,
  bitDepth: 8,
  sample: (x, y) => [x * 200, y * 200, 50, 255],
};
const smallPng = encodePng(small);
const rawSmall = rawImageData(small);
const flipped = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at]! ^= 0x01;
  return copy;
};
const pngOf = (...chunks: Uint8Array[]) => concat(PNG_SIGNATURE, ...chunks, chunk('IEND', []));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const prefix = 'data:image/png;base64,';

const junk: [string, unknown][] = [
  ['plain text', 'my signature'],
  ['an empty data URL', prefix],
  ['base64 of the wrong length', `${prefix}iVBORw0KGgo`],
  ['another image type', `data:image/jpeg;base64,${base64(smallPng)}`],
  ['an upper-case scheme', `DATA:image/png;base64,${base64(smallPng)}`],
  ['a line break inside the base64', `${prefix}${base64(smallPng).replace(/^(.{8})/, '$1\n')}`],
  ['characters outside base64', `${prefix}${base64(smallPng).slice(0, -4)}!!!!`],
  ['padding in the middle', `${prefix}AA==${base64(smallPng)}`],
  ['random bytes', `${prefix}${base64(Uint8Array.from({ length: 300 }, (_, index) => (index * 7919) % 256))}`],
  ['the PNG signature alone', `${prefix}${base64(Uint8Array.from(PNG_SIGNATURE))}`],
  ['a wrong CRC', `${prefix}${base64(flipped(smallPng, 30))}`],
  ['a PNG cut short', `${prefix}${base64(smallPng.subarray(0, smallPng.length - 12))}`],
  ['bytes after IEND', `${prefix}${base64(concat(smallPng, [0, 0, 0, 0]))}`],
  [
    'a 100,000 × 100,000 image',
    `${prefix}${base64(pngOf(ihdr(100_000, 100_000, 8, 6), chunk('IDAT', deflateSync(rawSmall))))}`,
  ],
  [
    'more pixels than allowed',
    `${prefix}${base64(pngOf(ihdr(4000, 4000, 8, 6), chunk('IDAT', deflateSync(rawSmall))))}`,
  ],
  [
    'a chunk claiming 4 GB',
    `${prefix}${base64(concat(PNG_SIGNATURE, ihdr(2, 2, 8, 6), chunk('IDAT', [1, 2, 3], { length: 0xffffffff })))}`,
  ],
  [
    'image data that is not zlib',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6), chunk('IDAT', [1, 2, 3, 4, 5, 6, 7, 8])))}`,
  ],
  [
    'image data that inflates far past the image (a zip bomb)',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6), chunk('IDAT', deflateSync(new Uint8Array(20_000_000)))))}`,
  ],
  [
    'image data a byte short',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6), chunk('IDAT', deflateSync(rawSmall.subarray(1)))))}`,
  ],
  [
    'image data cut mid-stream',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6), chunk('IDAT', deflateSync(rawSmall).subarray(0, 6))))}`,
  ],
  [
    'an unknown row filter',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6), chunk('IDAT', deflateSync(Uint8Array.from(rawSmall, (byte, index) => (index === 0 ? 5 : byte))))))}`,
  ],
  [
    'a palette index past the palette',
    `${prefix}${base64(pngOf(ihdr(2, 1, 8, 3), chunk('PLTE', [1, 2, 3]), chunk('IDAT', deflateSync(Uint8Array.of(0, 0, 4)))))}`,
  ],
  [
    'a palette image without a palette',
    `${prefix}${base64(pngOf(ihdr(2, 1, 8, 3), chunk('IDAT', deflateSync(Uint8Array.of(0, 0, 0)))))}`,
  ],
  [
    'an animated PNG',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6), chunk('acTL', [0, 0, 0, 1, 0, 0, 0, 0]), chunk('IDAT', deflateSync(rawSmall))))}`,
  ],
  [
    'an unknown interlace method',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6, 2), chunk('IDAT', deflateSync(rawSmall))))}`,
  ],
  [
    'a bit depth the colour type does not allow',
    `${prefix}${base64(pngOf(ihdr(2, 2, 4, 6), chunk('IDAT', deflateSync(rawSmall))))}`,
  ],
  [
    'an unknown critical chunk',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6), chunk('ABCD', [1]), chunk('IDAT', deflateSync(rawSmall))))}`,
  ],
  [
    'image data split by another chunk',
    `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6), chunk('IDAT', deflateSync(rawSmall).subarray(0, 5)), chunk('tEXt', [65, 0, 66]), chunk('IDAT', deflateSync(rawSmall).subarray(5))))}`,
  ],
  ['no image data', `${prefix}${base64(pngOf(ihdr(2, 2, 8, 6)))}`],
  ['a value longer than allowed', `${prefix}${'A'.repeat(MAX_SIGNATURE_DATA_URL_LENGTH)}`],
  ['a number', 42],
  ['an array', [drawnSignature]],
];

describe('a signature value that is not a well-formed PNG', () => {
  it.each(junk)('is refused by the decoder, without throwing: %s', async (_, value) => {
    await expect(decodeSignature(value)).resolves.toBeUndefined();
  });

  it.each(junk)('is also refused without DecompressionStream: %s', async (_, value) => {
    vi.stubGlobal('DecompressionStream', undefined);
    await expect(decodeSignature(value)).resolves.toBeUndefined();
  });

  it.each(junk)('is not taken back by resume: %s', async (_, value) => {
    await expect(isSignatureValue(value)).resolves.toBe(false);
  });

  it('gives a PDF with empty boxes, no image, and reads back as ""', async () => {
    for (const [name, value] of junk) {
      const answers = { ...cardAnswers(), patientSignature: value, chaperoneSignature: value } as never;
      const pdf = await generateWorksheetPdf(cardWorksheet, answers, options());

      expect(await pdfimagesList(pdf.bytes), name).toEqual([]);
      const read = await readWorksheetPdf(pdf.bytes, cardWorksheet);
      expect(read, name).toEqual({
        ok: true,
        answers: { ...cardAnswers(), patientSignature: '', chaperoneSignature: '' },
        version: 2,
        ignored: [],
        found: expect.any(Array),
        unreadable: [],
      });
    }
  });

  it('leaves the box drawn, empty, as room to sign on paper', async () => {
    const pdf = await generateWorksheetPdf(
      cardWorksheet,
      { ...cardAnswers(), patientSignature: `${prefix}AAAA` },
      options(),
    );
    const doc = await PDFDocument.load(pdf.bytes);
    // The 240 × 80 box's border: a 1 pt line drawn half a point inside it.
    const boxes = doc.getPages().map((page) => pageContent(page).match(/ 239 79 re/g)?.length ?? 0);

    expect(boxes.reduce((total, count) => total + count, 0)).toBe(2);
    expect(
      doc
        .getPages()
        .map((page) => pageContent(page))
        .join('\n'),
    ).not.toMatch(/\/Signature\S* Do/);
  });

  it('still passes qpdf --check', async () => {
    const pdf = await generateWorksheetPdf(
      cardWorksheet,
      { ...cardAnswers(), patientSignature: `${prefix}AAAA` },
      options(),
    );
    const check = await qpdfCheck(pdf.bytes);

    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });
});

describe('a drawing an older version kept as a PNG, in the PDF', () => {
  it('is ONE image (no soft mask) on the signature’s page, at the drawing’s size', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, pngAnswers(), options());
    const doc = await PDFDocument.load(pdf.bytes);
    const widget = doc.getForm().getTextField('patientSignature').acroField.getWidgets()[0]!;
    const page = doc.getPages().findIndex((candidate) => candidate.ref === widget.P()) + 1;

    // Near-black ink on white is grey: one channel.
    expect(await pdfimagesList(pdf.bytes)).toEqual([{ page, type: 'image', width: 600, height: 200, colour: 'gray' }]);
  });

  it('keeps its colours when the ink is not grey', async () => {
    const red = pngDataUrl(
      encodePng({
        width: 30,
        height: 10,
        colourType: 6,
        bitDepth: 8,
        sample: (x) => (x % 3 === 0 ? [200, 20, 20, 255] : [0, 0, 0, 0]),
      }),
    );
    const pdf = await generateWorksheetPdf(cardWorksheet, { ...pngAnswers(), patientSignature: red }, options());

    expect(await pdfimagesList(pdf.bytes)).toEqual([
      expect.objectContaining({ type: 'image', width: 30, height: 10, colour: 'rgb' }),
    ]);
    expect((await readWorksheetPdf(pdf.bytes, cardWorksheet)).ok).toBe(true);
  });

  it('is embedded the same without CompressionStream (pdf-lib’s own deflate)', async () => {
    vi.stubGlobal('CompressionStream', undefined);
    const pdf = await generateWorksheetPdf(cardWorksheet, pngAnswers(), options());

    expect(await pdfimagesList(pdf.bytes)).toEqual([
      expect.objectContaining({ type: 'image', width: 600, height: 200, colour: 'gray' }),
    ]);
    expect(await readWorksheetPdf(pdf.bytes, cardWorksheet)).toEqual({
      ok: true,
      answers: pngAnswers(),
      version: 2,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('reads back exactly, with nothing ignored', async () => {
    const answers = { ...pngAnswers(), chaperoneSignature: pngDataUrl(drawnSignaturePng(900, 240)) };
    const pdf = await generateWorksheetPdf(cardWorksheet, answers, options());

    expect(await readWorksheetPdf(pdf.bytes, cardWorksheet)).toEqual({
      ok: true,
      answers,
      version: 2,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
    expect((await pdfimagesList(pdf.bytes)).length).toBe(2);
  });

  it('reads back exactly from an A4 PDF, and a blank one as ""', async () => {
    const answers = pngAnswers();
    const pdf = await generateWorksheetPdf(cardWorksheet, answers, options({ pageSize: 'a4' }));
    const read = await readWorksheetPdf(pdf.bytes, cardWorksheet);

    expect(read.ok && read.answers.patientSignature).toBe(drawnSignature);
    expect(read.ok && read.answers.chaperoneSignature).toBe('');
  });

  it('keeps its value in a hidden, read-only field that is not printed', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, pngAnswers(), options());
    const field = (await PDFDocument.load(pdf.bytes)).getForm().getField('patientSignature');

    expect(field).toBeInstanceOf(PDFTextField);
    expect(field.isReadOnly()).toBe(true);
    const widget = field.acroField.getWidgets()[0]!;
    expect(widget.getFlags() & AnnotationFlags.Hidden).toBeTruthy();
    expect(widget.getFlags() & AnnotationFlags.Print).toBeFalsy();
    expect(widget.getNormalAppearance()).toBeDefined();
    expect(await pdftotext(pdf.bytes)).not.toContain('iVBOR');
  });

  it('fits the box, aspect kept and centred, whatever the drawing’s shape', async () => {
    for (const [width, height] of [
      [600, 200],
      [100, 400],
      [1200, 100],
    ] as const) {
      const answers = { ...pngAnswers(), patientSignature: pngDataUrl(drawnSignaturePng(width, height)) };
      const pdf = await generateWorksheetPdf(cardWorksheet, answers, options());
      const doc = await PDFDocument.load(pdf.bytes);
      const widget = doc.getForm().getTextField('patientSignature').acroField.getWidgets()[0]!;
      const page = doc.getPages().find((candidate) => candidate.ref === widget.P())!;
      const box = { x: widget.getRectangle().x, y: widget.getRectangle().y, width: 240, height: 80 };
      const match = /([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s*\/Signature\S* Do/.exec(pageContent(page))!;
      const [w, h, x, y] = match.slice(1).map(Number) as [number, number, number, number];

      expect(w / h, `${width}×${height}`).toBeCloseTo(width / height, 2);
      // Inside the box, 6 pt from its edges at least, and touching that inner edge on one side.
      expect(Math.max(w / 228, h / 68)).toBeCloseTo(1, 3);
      expect(x + w / 2).toBeCloseTo(box.x + box.width / 2, 2);
      expect(y + h / 2).toBeCloseTo(box.y + box.height / 2, 2);
    }
  });

  it('passes qpdf --check', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, pngAnswers(), options());
    const check = await qpdfCheck(pdf.bytes);

    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });
});

describe('resuming a PDF whose signature field was changed in another program', () => {
  it('leaves the signature blank and lists the field when it no longer holds a PNG', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, pngAnswers(), options());
    const doc = await PDFDocument.load(pdf.bytes);
    doc
      .getForm()
      .getTextField('patientSignature')
      .acroField.dict.set(PDFName.of('V'), PDFString.of('data:image/png;base64,AAAA'));
    const edited = await doc.save();

    expect(await readWorksheetPdf(edited, cardWorksheet)).toEqual({
      ok: true,
      answers: { ...pngAnswers(), patientSignature: '' },
      version: 2,
      ignored: ['patientSignature'],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it('takes a signature another program wrote as a UTF-16 string', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, { ...pngAnswers(), patientSignature: '' }, options());
    const doc = await PDFDocument.load(pdf.bytes);
    doc.getForm().getTextField('patientSignature').setText(drawnSignature);
    const edited = await doc.save({ updateFieldAppearances: false });

    const read = await readWorksheetPdf(edited, cardWorksheet);
    expect(read.ok && read.answers.patientSignature).toBe(drawnSignature);
  });
});

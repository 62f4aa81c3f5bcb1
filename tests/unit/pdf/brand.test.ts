import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as mupdf from 'mupdf';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  type PDFPage,
} from 'pdf-lib';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { clinicValueTexts } from '../../../src/clinic/values';
import en from '../../../src/i18n/en/ui.json' with { type: 'json' };
import type { UiStrings } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import { logoBox } from '../../../src/pdf/brand-band';
import {
  fetchLogo,
  isSvgUrl,
  loadLogo,
  logoFormat,
  MAX_PNG_LOGO_PIXELS,
  pdfLogo,
  type LogoLoader,
} from '../../../src/pdf/brand-logo';
import { pdfClinicOptions } from '../../../src/pdf/clinic-options';
import { generateWorksheetPdf, type GenerateWorksheetPdfOptions } from '../../../src/pdf/generate';
import { brandBand, margin, pageSizes } from '../../../src/pdf/page-style';
import { pdfWording } from '../../../src/pdf/wording';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { parseClinicConfig, type ClinicConfig, type ClinicConfigInput } from '../../../src/schemas/clinic';
import { answerSlots } from '../../../src/worksheets/answers';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { intentionWorksheet } from '../../../src/worksheets/intention/definition';
import type { WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { exampleClinicInput } from '../../fixtures/example-clinic';
import { answersAtLimit, typicalIntentionAnswers } from '../../fixtures/pdf/answers';
import { TEST_TIME_ZONE } from '../../fixtures/pdf/card-worksheet';
import {
  countingFontLoader,
  pdfinfo,
  pdftotextPages,
  qpdfCheck,
  removeTemporaries,
  writeTemporary,
} from '../../fixtures/pdf/pdf-tools';
import { concat, encodePng, ihdr, PNG_SIGNATURE } from '../../fixtures/pdf/png';

/**
 * The clinic's brand on the PDFs: the site's name (`brand.name`) and logo (`brand.logo`, a PNG or
 * JPEG) at the top of every page, the document information naming the site as its creator, and
 * every way of not having a logo (an SVG, a failed fetch, bytes that are not an image) still
 * giving the patient their PDF with the name.
 */

afterAll(removeTemporaries);
afterEach(() => vi.restoreAllMocks());

const BRAND = 'Riverside Ketamine Clinic';

/** A clinic's settings with `brand` as given, and the logo's built URL as the site sets it. */
function brandedClinic(brand: NonNullable<ClinicConfigInput['brand']>, logoSrc?: string): ClinicConfig {
  const config = parseClinicConfig({ ...exampleClinicInput(), brand });
  if (logoSrc) config.brand.logoSrc = logoSrc;
  return config;
}

/**
 * The English translator as the site makes it for a clinic with `brand.name` (src/i18n/strings.ts):
 * the name filled in for `{siteName}` and as `site.name`.
 */
function brandedUi(name: string) {
  const strings = Object.fromEntries(
    Object.entries(en).map(([key, text]) => [key, text.replaceAll('{siteName}', name)]),
  );
  return createTranslator({ ...strings, 'site.name': name } as UiStrings, 'en');
}

/** A PNG of `width` × `height` pixels: teal, opaque RGB, or RGBA with a transparent left half. */
const png = (width: number, height: number, alpha = false) =>
  encodePng({
    width,
    height,
    colourType: alpha ? 6 : 2,
    bitDepth: 8,
    sample: (x) => (alpha ? [29, 92, 99, x < width / 2 ? 0 : 255] : [29, 92, 99]),
  });

/** A JPEG of `width` × `height` pixels, written by MuPDF (an encoder independent of pdf-lib). */
function jpeg(width: number, height: number): Uint8Array {
  const pixmap = new mupdf.Pixmap(mupdf.ColorSpace.DeviceRGB, [0, 0, width, height], false);
  pixmap.clear(96);
  return pixmap.asJPEG(90);
}

/** A loader serving `bytes` for any URL, counting its calls. */
function serving(bytes: Uint8Array | (() => Promise<Uint8Array>)) {
  const calls: string[] = [];
  const load: LogoLoader = async (src) => {
    calls.push(src);
    return typeof bytes === 'function' ? bytes() : bytes;
  };
  return { load, calls };
}

/** The options the site's page would pass for `config`, with the logo served by `load`. */
function brandedOptions(
  config: ClinicConfig,
  load: LogoLoader | undefined,
  overrides: Partial<GenerateWorksheetPdfOptions> = {},
): GenerateWorksheetPdfOptions {
  const ui = brandedUi(config.brand.name ?? en['site.name']);
  const clinic = {
    ...pdfClinicOptions(config, TEST_TIME_ZONE, clinicValueTexts(config, ui)),
    logo: load ? pdfLogo(config, load) : undefined,
  };
  return {
    clinicName: config.clinic.name,
    pageSize: config.pdf.pageSize,
    ui,
    createdOn: new Date(2026, 2, 14),
    loadUnicodeFont: countingFontLoader().load,
    clinic,
    ...overrides,
  };
}

/** An image a page draws: its resource's object, and where and how big it is drawn (from the `cm` before its `Do`). */
interface DrawnImage {
  ref: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The content of a page as text, its streams decoded. */
function pageContent(doc: PDFDocument, page: PDFPage): string {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  return streams
    .map((entry) => doc.context.lookup(entry))
    .map((stream) => Buffer.from(decodePDFRawStream(stream as PDFRawStream).decode()).toString('latin1'))
    .join('\n');
}

/** The image XObjects each page draws, read back with pdf-lib. */
async function drawnImages(bytes: Uint8Array): Promise<DrawnImage[][]> {
  const doc = await PDFDocument.load(bytes);
  return doc.getPages().map((page) => {
    const xObjects = page.node.Resources()?.lookup(PDFName.of('XObject'));
    const names = xObjects instanceof PDFDict ? xObjects.entries() : [];
    const images = new Map(
      names
        .filter(
          ([, ref]) =>
            ref instanceof PDFRef &&
            doc.context.lookup(ref, PDFStream).dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
        )
        .map(([name, ref]): [string, string] => [name.decodeText(), String(ref)]),
    );
    // Follows the current transformation matrix through q, Q and cm: an image fills the unit
    // square it maps, so (unrotated) its width and height are a and d, its corner e and f.
    const drawn: DrawnImage[] = [];
    let matrix = [1, 0, 0, 1, 0, 0];
    const saved: number[][] = [];
    let operands: string[] = [];
    for (const token of pageContent(doc, page).split(/\s+/)) {
      if (
        /^[-+]?[\d.]+$/.test(token) ||
        token.startsWith('/') ||
        token.startsWith('<') ||
        token.startsWith('(') ||
        token.startsWith('[')
      ) {
        operands.push(token);
        continue;
      }
      if (token === 'q') saved.push(matrix);
      else if (token === 'Q') matrix = saved.pop()!;
      else if (token === 'cm') {
        const [a, b, c, d, e, f] = operands.slice(-6).map(Number) as [number, number, number, number, number, number];
        const [A, B, C, D, E, F] = matrix as [number, number, number, number, number, number];
        matrix = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
      } else if (token === 'Do') {
        const ref = images.get(operands.at(-1)!.slice(1));
        if (ref) drawn.push({ ref, width: matrix[0]!, height: matrix[3]!, x: matrix[4]!, y: matrix[5]! });
      }
      operands = [];
    }
    return drawn;
  });
}

/** The images poppler finds (`pdfimages -list`): page, type and the object each is. */
async function popplerImages(
  bytes: Uint8Array,
): Promise<{ page: number; type: string; width: number; height: number; object: string }[]> {
  const { stdout } = await promisify(execFile)('pdfimages', ['-list', writeTemporary(bytes)]);
  return stdout
    .trim()
    .split('\n')
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .map((cells) => ({
      page: Number(cells[0]),
      type: cells[2]!,
      width: Number(cells[3]),
      height: Number(cells[4]),
      object: `${cells[10]} ${cells[11]}`,
    }));
}

/** Where each word pdftotext finds is on each page, in points from the top-left corner. */
async function wordBoxes(
  bytes: Uint8Array,
): Promise<{ word: string; xMin: number; yMin: number; xMax: number; yMax: number }[][]> {
  const { stdout } = await promisify(execFile)('pdftotext', ['-bbox', '-enc', 'UTF-8', writeTemporary(bytes), '-'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout
    .split('<page ')
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
        (match) => ({
          word: match[5]!
            .replace(/&amp;/g, '&')
            .replace(/&apos;/g, "'")
            .replace(/&quot;/g, '"'),
          xMin: Number(match[1]),
          yMin: Number(match[2]),
          xMax: Number(match[3]),
          yMax: Number(match[4]),
        }),
      ),
    );
}

/** A worksheet's answers at every limit, without drawings (so the only images are the logo). */
function atLimitWithoutDrawings(definition: WorksheetDefinition): WorksheetAnswers {
  const answers = answersAtLimit(definition);
  for (const slot of answerSlots(definition)) if (slot.kind === 'signature') answers[slot.key] = '';
  return answers;
}

const expectValid = async (bytes: Uint8Array) => {
  const check = await qpdfCheck(bytes);
  expect(check.code, check.stdout + check.stderr).toBe(0);
  expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
};

const clinicTexts = (config: ClinicConfig) => clinicValueTexts(config, brandedUi(config.brand.name ?? en['site.name']));

/**
 * Every worksheet the kit ships (as its page builds it), every field at its limit, so most run over
 * several pages and those with cards end in card pages.
 */
describe.each(worksheetDefinitions.map((definition) => [definition.id, definition] as const))(
  'the %s worksheet with a brand name and a PNG logo',
  (_id, shipped) => {
    const logo = png(120, 40);
    const config = brandedClinic({ name: BRAND, logo: 'brand/logo.png' }, '/_astro/logo.Bx1c2d3e.png');
    const definition = withClinicValues(shipped, (name) => clinicTexts(config)[name]);
    const answers = atLimitWithoutDrawings(definition);

    it.each(['letter', 'a4'] as const)(
      'shows the name first on every page, draws one embedded image on each, and reads back exactly (%s)',
      async (pageSize) => {
        const loader = serving(logo);
        const { bytes } = await generateWorksheetPdf(
          definition,
          answers,
          brandedOptions(config, loader.load, { pageSize }),
        );

        const pages = await pdftotextPages(bytes);
        expect(pages.length).toBeGreaterThan(1);
        pages.forEach((page, index) =>
          expect(page.trimStart().startsWith(BRAND), `page ${index + 1}: ${page.slice(0, 80)}`).toBe(true),
        );

        const images = await drawnImages(bytes);
        expect(images.length).toBe(pages.length);
        const refs = new Set(images.flat().map((image) => image.ref));
        expect(refs.size).toBe(1);
        images.forEach((page, index) => expect(page.length, `page ${index + 1}`).toBe(1));
        // The logo, 28 pt tall and three times as wide as the PNG's 120 × 40 pixels, at the left margin in the band.
        const pageHeight = pageSizes[pageSize][1];
        for (const [image] of images) {
          expect(image!.height).toBeCloseTo(brandBand.height, 5);
          expect(image!.width).toBeCloseTo(brandBand.height * 3, 5);
          expect(image!.x).toBeCloseTo(margin.side, 5);
          expect(image!.y + image!.height).toBeCloseTo(pageHeight - brandBand.top, 5);
        }
        const listed = await popplerImages(bytes);
        expect(listed.map((image) => image.page)).toEqual(pages.map((_, index) => index + 1));
        expect(new Set(listed.map((image) => image.object)).size).toBe(1);
        expect(listed.every((image) => image.type === 'image' && image.width === 120 && image.height === 40)).toBe(
          true,
        );

        expect(loader.calls).toEqual(['/_astro/logo.Bx1c2d3e.png']);
        expect(await readWorksheetPdf(bytes, definition)).toEqual({
          ok: true,
          answers,
          version: definition.version,
          ignored: [],
          found: expect.any(Array),
          unreadable: [],
        });
        await expectValid(bytes);
      },
    );
  },
);

describe('the brand band', () => {
  const typical = () => typicalIntentionAnswers(intentionWorksheet);

  it('draws a JPEG logo the same way: one image object, on every page, 28 pt tall', async () => {
    const config = brandedClinic({ name: BRAND, logo: 'brand/logo.jpg' }, '/_astro/logo.x1.jpg');
    const { bytes } = await generateWorksheetPdf(
      intentionWorksheet,
      answersAtLimit(intentionWorksheet),
      brandedOptions(config, serving(jpeg(64, 32)).load),
    );

    const pages = await pdftotextPages(bytes);
    const images = await drawnImages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    expect(images.map((page) => page.length)).toEqual(pages.map(() => 1));
    expect(new Set(images.flat().map((image) => image.ref)).size).toBe(1);
    expect(images[0]![0]).toMatchObject({ width: brandBand.height * 2, height: brandBand.height });
    const listed = await popplerImages(bytes);
    expect(listed.filter((image) => image.width === 64 && image.height === 32)).toHaveLength(pages.length);
    pages.forEach((page) => expect(page.trimStart().startsWith(BRAND)).toBe(true));
    await expectValid(bytes);
  });

  it('keeps a PNG’s transparency: the logo is drawn with its soft mask', async () => {
    const config = brandedClinic({ name: BRAND, logo: 'brand/logo.png' }, '/_astro/logo.png');
    const { bytes } = await generateWorksheetPdf(
      intentionWorksheet,
      typical(),
      brandedOptions(config, serving(png(40, 40, true)).load),
    );

    const listed = await popplerImages(bytes);
    const pages = await pdftotextPages(bytes);
    expect(listed.map((image) => `${image.page} ${image.type}`)).toEqual(
      pages.flatMap((_, index) => [`${index + 1} image`, `${index + 1} smask`]),
    );
    expect(new Set(listed.filter((image) => image.type === 'smask').map((image) => image.object)).size).toBe(1);
    await expectValid(bytes);
  });

  it('draws the name alone for an SVG logo, without fetching it', async () => {
    const config = brandedClinic({ name: BRAND, logo: 'brand/logo.svg' }, '/_astro/logo.Cc3.svg');
    const loader = serving(png(10, 10));
    expect(pdfLogo(config, loader.load)).toBeUndefined();

    const { bytes } = await generateWorksheetPdf(
      intentionWorksheet,
      answersAtLimit(intentionWorksheet),
      brandedOptions(config, loader.load),
    );
    expect(loader.calls).toEqual([]);
    const pages = await pdftotextPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page) => expect(page.trimStart().startsWith(BRAND)).toBe(true));
    expect((await drawnImages(bytes)).flat()).toEqual([]);
    await expectValid(bytes);
  });

  it.each([
    ['the fetch fails', () => Promise.reject(new TypeError('Failed to fetch'))],
    [
      'the file is not a PNG or JPEG',
      async () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
    ['the PNG is damaged', async () => png(20, 20).slice(0, 40)],
    ['the JPEG is damaged', async () => Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 2, 0, 0])],
    // Only the header: the size alone rules it out, before any decoding.
    [`the PNG has more than ${MAX_PNG_LOGO_PIXELS} pixels`, async () => concat(PNG_SIGNATURE, ihdr(4000, 1001, 8, 6))],
  ] as const)('still makes a valid PDF with the name, warning in the console, when %s', async (_, bytes) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const config = brandedClinic({ name: BRAND, logo: 'brand/logo.png' }, '/_astro/logo.png');
    const answers = typical();

    const pdf = await generateWorksheetPdf(intentionWorksheet, answers, brandedOptions(config, serving(bytes).load));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/logo is left off/);
    const pages = await pdftotextPages(pdf.bytes);
    pages.forEach((page) => expect(page.trimStart().startsWith(BRAND)).toBe(true));
    expect((await drawnImages(pdf.bytes)).flat()).toEqual([]);
    expect(await readWorksheetPdf(pdf.bytes, intentionWorksheet)).toMatchObject({ ok: true, answers });
    await expectValid(pdf.bytes);
  });

  it('shows the kit’s name for a clinic without a brand, and no image', async () => {
    const config = brandedClinic({});
    const { bytes } = await generateWorksheetPdf(
      intentionWorksheet,
      answersAtLimit(intentionWorksheet),
      brandedOptions(config, undefined),
    );

    const pages = await pdftotextPages(bytes);
    pages.forEach((page) => expect(page.trimStart().startsWith(en['site.name'])).toBe(true));
    expect((await drawnImages(bytes)).flat()).toEqual([]);
  });

  it.each(['letter', 'a4'] as const)(
    'keeps the longest name beside the widest logo inside the band, whole and readable (%s)',
    async (pageSize) => {
      // 60 characters, the most `brand.name` allows, beside a logo wider than the band lets it be.
      const name = 'Riverside Community Ketamine-Assisted Psychotherapy Centre W';
      expect(name).toHaveLength(60);
      const config = brandedClinic({ name, logo: 'brand/logo.png' }, '/_astro/logo.png');
      const { bytes } = await generateWorksheetPdf(
        intentionWorksheet,
        answersAtLimit(intentionWorksheet),
        brandedOptions(config, serving(png(900, 60)).load, { pageSize }),
      );

      const [pageWidth] = pageSizes[pageSize];
      const logo = logoBox({ width: 900, height: 60 });
      expect(logo.width).toBe(brandBand.logoMaxWidth);
      for (const words of await wordBoxes(bytes)) {
        const band = words.filter((word) => word.yMax <= margin.top);
        expect(band.map((word) => word.word).join(' ')).toBe(name);
        for (const word of band) {
          expect(word.yMin).toBeGreaterThanOrEqual(brandBand.top - 1);
          expect(word.yMax).toBeLessThanOrEqual(brandBand.top + brandBand.height + 1);
          expect(word.xMin).toBeGreaterThanOrEqual(margin.side + logo.width + brandBand.gap - 0.5);
          expect(word.xMax).toBeLessThanOrEqual(pageWidth - margin.side + 0.5);
          // Never shrunk below 8 pt (a word box is about the font size tall).
          expect(word.yMax - word.yMin).toBeGreaterThanOrEqual(7.5);
        }
      }
    },
  );

  it('draws a name outside WinAnsi with the Unicode font, on every page', async () => {
    const name = 'Κλινική Ηρεμία';
    const fonts = countingFontLoader();
    const config = brandedClinic({ name, logo: 'brand/logo.png' }, '/_astro/logo.png');
    const { bytes, undrawable } = await generateWorksheetPdf(
      intentionWorksheet,
      answersAtLimit(intentionWorksheet),
      brandedOptions(config, serving(png(30, 30)).load, { loadUnicodeFont: fonts.load }),
    );

    expect(fonts.calls()).toBe(1);
    expect(undrawable).toEqual([]);
    const pages = await pdftotextPages(bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page) => expect(page.trimStart().startsWith(name)).toBe(true));
  });

  it('leaves out the clinic’s own line when it is the brand’s name: the band already shows it', async () => {
    const config = brandedClinic({ name: 'Example Clinic' });
    const { bytes } = await generateWorksheetPdf(
      intentionWorksheet,
      answersAtLimit(intentionWorksheet),
      brandedOptions(config, undefined),
    );

    const pages = await pdftotextPages(bytes);
    const footer = pdfWording(brandedUi('Example Clinic')).footer;
    expect(footer).toContain('Example Clinic');
    pages.forEach((page, index) => {
      const withoutFooter = page.replace(/\s+/g, ' ').replace(footer, '');
      expect(withoutFooter.split('Example Clinic').length - 1, `page ${index + 1}`).toBe(1);
    });
    expect(pages[1]).toContain(`${intentionWorksheet.title} (continued)`);
  });

  it('prints the clinic’s name under the band when it differs from the brand’s', async () => {
    const config = brandedClinic({ name: BRAND });
    const { bytes } = await generateWorksheetPdf(
      intentionWorksheet,
      answersAtLimit(intentionWorksheet),
      brandedOptions(config, undefined),
    );

    const pages = await pdftotextPages(bytes);
    expect(pages[0]!.trimStart()).toMatch(new RegExp(`^${BRAND}\\s+Example Clinic\\s+${intentionWorksheet.title}`));
    expect(pages[1]).toContain(`Example Clinic · ${intentionWorksheet.title} (continued)`);
  });
});

describe('the document information of a branded PDF', () => {
  it('names the site (the brand) as Creator, the kit’s engine as Producer, the worksheet as Title and Subject, and no Author', async () => {
    const config = brandedClinic({ name: BRAND });
    const options = brandedOptions(config, undefined);
    const { bytes } = await generateWorksheetPdf(intentionWorksheet, {}, options);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });

    expect(doc.getCreator()).toBe(BRAND);
    expect(doc.getProducer()).toBe(en['pdf.producer']);
    expect(doc.getProducer()).not.toContain(BRAND);
    expect(doc.getTitle()).toBe(intentionWorksheet.title);
    expect(doc.getSubject()).toBe(intentionWorksheet.description);
    expect(doc.getAuthor()).toBeUndefined();
    const info = await pdfinfo(bytes);
    expect(info).toMatch(new RegExp(`^Creator:\\s+${BRAND}$`, 'm'));
    expect(info).not.toMatch(/^Author:/m);
  });
});

describe('getting the logo', () => {
  const config = brandedClinic({ name: BRAND, logo: 'brand/logo.png' }, '/_astro/logo.Dd4.png');

  it('tells the formats by their bytes, and SVGs by their URL', () => {
    expect(logoFormat(png(1, 1))).toBe('png');
    expect(logoFormat(jpeg(1, 1))).toBe('jpeg');
    expect(logoFormat(new TextEncoder().encode('<svg/>'))).toBeUndefined();
    expect(logoFormat(new Uint8Array())).toBeUndefined();
    expect(
      [
        '/_astro/a.svg',
        '/_astro/a.SVG?v=1',
        'data:image/svg+xml,%3Csvg%2F%3E',
        'data:image/svg+xml;base64,PHN2Zy8+',
      ].map(isSvgUrl),
    ).toEqual([true, true, true, true]);
    expect(['/_astro/a.png', '/_astro/svg.jpg', 'data:image/png;base64,AA=='].map(isSvgUrl)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('fetches the logo from the site only when the PDF is made, once per page load, and again after a failure', async () => {
    const bytes = png(12, 4);
    let fail = true;
    const fetch = vi.fn(async (_url: string | URL | Request) => {
      if (fail) return new Response('gone', { status: 503 });
      return new Response(new Blob([bytes as BlobPart]), { status: 200, headers: { 'Content-Type': 'image/png' } });
    });
    vi.stubGlobal('fetch', fetch);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const options = brandedOptions(config, undefined, { clinic: pdfClinicOptions(config, TEST_TIME_ZONE) });
      expect(options.clinic?.logo?.load).toBe(fetchLogo);
      expect(fetch).not.toHaveBeenCalled();

      const failed = await generateWorksheetPdf(intentionWorksheet, {}, options);
      expect(fetch).toHaveBeenCalledTimes(1);
      expect(fetch.mock.calls[0]![0]).toBe('/_astro/logo.Dd4.png');
      expect(warn).toHaveBeenCalledTimes(1);
      expect((await drawnImages(failed.bytes)).flat()).toEqual([]);

      fail = false;
      const first = await generateWorksheetPdf(intentionWorksheet, {}, options);
      const second = await generateWorksheetPdf(intentionWorksheet, {}, options);
      expect(fetch).toHaveBeenCalledTimes(2);
      for (const pdf of [first, second])
        expect((await drawnImages(pdf.bytes)).map((page) => page.length)).toEqual(
          (await pdftotextPages(pdf.bytes)).map(() => 1),
        );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('reads a logo the build inlined as a data: URL without fetching (the policy allows fetching only from the site)', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    try {
      const bytes = png(6, 2);
      const src = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
      expect(new Uint8Array(await fetchLogo(src))).toEqual(bytes);
      const inlined = brandedClinic({ name: BRAND, logo: 'brand/logo.png' }, src);
      const pdf = await generateWorksheetPdf(
        intentionWorksheet,
        {},
        brandedOptions(inlined, undefined, { clinic: pdfClinicOptions(inlined, TEST_TIME_ZONE) }),
      );
      expect(fetch).not.toHaveBeenCalled();
      const [first, ...others] = await drawnImages(pdf.bytes);
      expect(first).toMatchObject([{ width: brandBand.height * 3, height: brandBand.height }]);
      expect(others.every((page) => page.length === 1)).toBe(true);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('stops waiting for a logo that does not come, so the PDF is not held back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const stalled = serving(() => new Promise<Uint8Array>(() => {}));
    const started = performance.now();

    expect(await loadLogo(pdfLogo(config, stalled.load), 50)).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(2000);
    expect(stalled.calls).toHaveLength(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/logo is left off/);
  });

  it('has no logo for a clinic without one', () => {
    expect(pdfLogo(brandedClinic({ name: BRAND }))).toBeUndefined();
    expect(pdfClinicOptions(brandedClinic({}), TEST_TIME_ZONE).logo).toBeUndefined();
  });
});

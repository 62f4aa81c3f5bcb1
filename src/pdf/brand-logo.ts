import type { PDFDocument, PDFImage } from 'pdf-lib';
import type { ClinicConfig } from '../schemas/clinic';

/**
 * The clinic's logo (`brand.logo` in `clinic/config.ts`) at the top of every PDF page.
 *
 * It is fetched when the patient asks for the PDF, never before (the page does not load it for
 * the PDF's sake), from the site itself: `brand.logoSrc` is the URL the build gave the file, on
 * the same origin, which the Content Security Policy's `connect-src 'self'` allows. It is embedded
 * once and every page draws that one image, so a long worksheet costs no more than a short one.
 *
 * Only PNG and JPEG: those are the image formats pdf-lib can embed (a PDF holds a JPEG as it is,
 * and a PNG's pixels re-compressed). An SVG is an XML document of vector drawing, which a PDF has
 * no image type for: it would have to be turned into PDF drawing operators, and pdf-lib's
 * `drawSvgPath` draws one path's outline, not a file with its styles, transforms, gradients and
 * text. That is a renderer's worth of code (and a dependency) for a 28-point logo, so a clinic
 * whose logo is an SVG gets the name alone on its PDFs; the site still shows the SVG. Anything
 * that goes wrong — a fetch that fails or stalls, a file that is neither format, bytes pdf-lib
 * cannot decode — leaves the logo off with a console warning: the patient always gets their PDF.
 */

/** Fetches a logo's bytes from its URL. */
export type LogoLoader = (src: string) => Promise<ArrayBuffer | Uint8Array>;

/** The logo as the engine gets it (`options.clinic.logo` of `generateWorksheetPdf`). */
export interface PdfLogo {
  /** `brand.logoSrc`: the built URL of the clinic's PNG or JPEG logo. */
  src: string;
  /** Fetches `src`; called once per PDF, when it is made. Tests pass the bytes this way. */
  load: LogoLoader;
}

/** A logo's bytes and what they are, once fetched. */
export interface LoadedLogo {
  bytes: Uint8Array;
  format: 'png' | 'jpeg';
}

/** Whether a URL names an SVG: by its media type (a `data:` URL) or its file's extension. */
export function isSvgUrl(src: string): boolean {
  if (/^data:/i.test(src)) return /^data:image\/svg\+xml[;,]/i.test(src);
  return /\.svg$/i.test(src.split(/[?#]/, 1)[0]!);
}

/**
 * What the bytes are, by their signature (not the URL, which a host or a slip can get wrong): a
 * PNG starts with 89 50 4E 47 0D 0A 1A 0A, a JPEG with FF D8 FF.
 */
export function logoFormat(bytes: Uint8Array): LoadedLogo['format'] | undefined {
  const starts = (signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  return undefined;
}

/**
 * The most pixels a PNG logo may have. pdf-lib decodes a PNG in full (holding its pixels several
 * times over, at 4 bytes a pixel) and compresses them again for every PDF; measured in Node, a
 * flat 600 × 200 logo costs ≈ 25 ms, 1,200 × 400 ≈ 80 ms and 2,400 × 800 ≈ 300 ms — the whole
 * time budget of a PDF. Past this (≈ 2,450 × 1,630), a phone could run short of memory, so the
 * logo is left off instead. A JPEG is embedded as it is, with no decoding, whatever its size. The drawn
 * logo is 28 pt tall, so about 120 pixels tall prints at 300 dpi: a clinic's logo needs far fewer.
 */
export const MAX_PNG_LOGO_PIXELS = 4_000_000;

/** Width × height from a PNG's header (IHDR, always the first chunk); 0 when there is none to read. */
function pngPixels(bytes: Uint8Array): number {
  if (bytes.length < 24) return 0;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return view.getUint32(16) * view.getUint32(20);
}

/**
 * The bytes of a `data:` URL. Vite may inline a small file as one instead of a URL of the site;
 * `fetch` would need `connect-src data:`, which the policy does not allow, so it is read here.
 */
function dataUrlBytes(src: string): Uint8Array {
  const comma = src.indexOf(',');
  if (comma < 0) throw new Error('The logo’s data: URL has no data.');
  const data = src.slice(comma + 1);
  if (/;base64$/i.test(src.slice(0, comma))) return Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
  return new TextEncoder().encode(decodeURIComponent(data));
}

const fetched = new Map<string, Promise<ArrayBuffer | Uint8Array>>();

/**
 * The browser's {@link LogoLoader}: `fetch` from the site (same origin, so no credentials cross to
 * anyone else and nothing leaves the device but the request for the file), once per page load —
 * a second PDF reuses the bytes. A failed fetch is not kept, so the next PDF tries again.
 */
export const fetchLogo: LogoLoader = (src) => {
  const known = fetched.get(src);
  if (known) return known;
  const pending = /^data:/i.test(src)
    ? Promise.resolve().then(() => dataUrlBytes(src))
    : fetch(src).then((response) => {
        if (!response.ok) throw new Error(`The logo ${src} could not be fetched: HTTP ${response.status}.`);
        return response.arrayBuffer();
      });
  fetched.set(src, pending);
  pending.catch(() => {
    if (fetched.get(src) === pending) fetched.delete(src);
  });
  return pending;
};

/**
 * The logo the PDF engine draws for a clinic's settings: none when `brand.logo` is not set, or is
 * an SVG (see above: the PDF then carries the name alone).
 * @param load how the bytes are fetched; the browser's `fetch` unless a test passes its own
 */
export function pdfLogo(config: Pick<ClinicConfig, 'brand'>, load: LogoLoader = fetchLogo): PdfLogo | undefined {
  const src = config.brand.logoSrc;
  if (!src || isSvgUrl(src)) return undefined;
  return { src, load };
}

const warn = (why: string, error?: unknown) =>
  console.warn(`KAP Prep Kit: the clinic's logo is left off this PDF: ${why}`, ...(error === undefined ? [] : [error]));

/**
 * How long the PDF waits for the logo, in milliseconds. It comes from the site that served the
 * page, so it takes a moment; a connection that stalls (a train going into a tunnel) would
 * otherwise hold the patient's PDF back for as long as the browser keeps trying.
 */
export const LOGO_TIMEOUT_MS = 5000;

/**
 * Fetches the logo and checks it is a PNG or a JPEG. Never rejects: a logo that cannot be had in
 * time is left off (with a console warning), and the PDF is made without it.
 * @param timeoutMs how long to wait for the bytes
 */
export async function loadLogo(
  logo: PdfLogo | undefined,
  timeoutMs = LOGO_TIMEOUT_MS,
): Promise<LoadedLogo | undefined> {
  if (!logo) return undefined;
  let bytes: Uint8Array;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer in ${timeoutMs} ms.`)), timeoutMs);
    });
    const loaded = await Promise.race([logo.load(logo.src), late]);
    bytes = loaded instanceof Uint8Array ? loaded : new Uint8Array(loaded);
  } catch (error) {
    warn(`${logo.src} could not be fetched.`, error);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
  const format = logoFormat(bytes);
  if (!format) {
    warn(`${logo.src} is not a PNG or JPEG file (PDFs can hold only those).`);
    return undefined;
  }
  const pixels = format === 'png' ? pngPixels(bytes) : 0;
  if (pixels > MAX_PNG_LOGO_PIXELS) {
    warn(
      `${logo.src} is a PNG of ${pixels.toLocaleString('en')} pixels, more than the ${MAX_PNG_LOGO_PIXELS.toLocaleString('en')} a phone can safely decode while making a PDF.`,
    );
    return undefined;
  }
  return { bytes, format };
}

/**
 * Embeds the logo in the document, once: every page draws this one image. Undefined (with a
 * console warning) when pdf-lib cannot decode it.
 */
export async function embedLogo(doc: PDFDocument, logo: LoadedLogo | undefined): Promise<PDFImage | undefined> {
  if (!logo) return undefined;
  try {
    const image = logo.format === 'png' ? await doc.embedPng(logo.bytes) : await doc.embedJpg(logo.bytes);
    if (!(image.width > 0 && image.height > 0)) throw new Error(`it is ${image.width} × ${image.height} pixels.`);
    return image;
  } catch (error) {
    warn(`its ${logo.format.toUpperCase()} data could not be read.`, error);
    return undefined;
  }
}

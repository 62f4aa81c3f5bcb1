import { imageSize, type ImageSize } from './image-size';

/**
 * The size of a picture in the clinic folder (`brand.logo`), for its `width` and `height`
 * attributes. Read through Vite, as src/clinic/settings.ts reads the same files, so it works
 * whatever folder the build runs from: PNG and JPEG as data URLs (`?inline`), SVG as text (`?raw`).
 * The globs are lazy: only the file asked for is read, once, and only in the build (never in a
 * page's script). Build-side only.
 */

const rasterFiles = import.meta.glob<string>('../../../clinic/**/*.{png,jpg,jpeg,PNG,JPG,JPEG}', {
  query: '?inline',
  import: 'default',
});
const svgFiles = import.meta.glob<string>('../../../clinic/**/*.{svg,SVG}', { query: '?raw', import: 'default' });

/** A data URL's bytes (`data:image/png;base64,…`, or percent-encoded). */
function bytesOf(dataUrl: string): Uint8Array {
  const comma = dataUrl.indexOf(',');
  const data = dataUrl.slice(comma + 1);
  return dataUrl.slice(0, comma).endsWith(';base64')
    ? Uint8Array.from(Buffer.from(data, 'base64'))
    : new TextEncoder().encode(decodeURIComponent(data));
}

const known = new Map<string, Promise<ImageSize | undefined>>();

/**
 * The size of `clinic/<path>`, or undefined if there is no such file or its header does not say.
 * @param path as the settings name it, inside the clinic folder: `brand/logo.png`
 */
export function clinicImageSize(path: string): Promise<ImageSize | undefined> {
  const key = `../../../clinic/${path.replace(/^\.\//, '')}`;
  let size = known.get(key);
  if (!size) {
    const raster = rasterFiles[key];
    const svg = svgFiles[key];
    size = raster
      ? raster().then((url) => imageSize(bytesOf(url)))
      : svg
        ? svg().then((text) => imageSize(new TextEncoder().encode(text)))
        : Promise.resolve(undefined);
    known.set(key, size);
  }
  return size;
}

/** Tallest PNG logo, in pixels, that keeps PDFs quick: PDFs draw it 28 pt tall (src/pdf/brand-band.ts), where 120 px prints sharply. */
export const PNG_LOGO_MAX_HEIGHT = 400;

let warned = false;

/**
 * Warns once per build about a PNG logo much taller than PDFs need: pdf-lib decodes a PNG on
 * every PDF, about 80 ms at 1200 × 400 and 300 ms at 2400 × 800 (the whole PDF budget). A
 * warning, not a failure: the patient still gets the PDF, only slower.
 */
export function warnOfLargeLogo(path: string | undefined, size: ImageSize | undefined): void {
  if (warned || !path || !size || !/\.png$/i.test(path) || size.height <= PNG_LOGO_MAX_HEIGHT) return;
  warned = true;
  console.warn(
    `clinic/config.ts: brand.logo: clinic/${path} is ${size.width} × ${size.height} pixels. PDFs draw it 28 pt tall, where 120 pixels prints sharply, and a larger PNG makes every PDF slower to make. Export it at most ${PNG_LOGO_MAX_HEIGHT} pixels tall, or as a JPEG.`,
  );
}

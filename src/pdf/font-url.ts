/**
 * Where the browser gets the Unicode font: Noto Sans Regular (SIL Open Font License 1.1), the TTF
 * shipped in the npm package `@expo-google-fonts/noto-sans` (629 KB; Latin, Greek, Cyrillic,
 * 3,094 code points). The `?url` import makes Vite/Astro emit the file as a hashed static asset and
 * give us its URL — nothing is fetched until {@link loadUnicodeFont} is called, which the generator
 * only does when Helvetica cannot draw some text. It is served by the site itself: nothing leaves
 * the device.
 *
 * Why this package: it ships the whole font as one TTF. `@fontsource/noto-sans` ships WOFF/WOFF2 files
 * split by script (latin, greek, cyrillic… each its own file); fontkit can read WOFF2, but pdf-lib
 * embeds a full font's bytes as they are as `/FontFile2`, which must be TrueType (ISO 32000-1
 * §9.9), so a WOFF2 would make an invalid PDF.
 */
import notoSansUrl from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';

/** The font file inside `node_modules`, for Node (tests, scripts) to read with `node:fs`. */
export const UNICODE_FONT_MODULE_PATH = '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf';

/** The URL the site serves the font at. */
export const unicodeFontUrl: string = notoSansUrl;

let pending: Promise<ArrayBuffer> | undefined;

/**
 * Fetches the Unicode font once per page load (later PDFs reuse it; the HTTP cache covers later
 * visits). Pass it as `loadUnicodeFont` to `generateWorksheetPdf`. A failed fetch is not kept, so the
 * next PDF tries again.
 */
export function loadUnicodeFont(): Promise<ArrayBuffer> {
  pending ??= fetch(unicodeFontUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`The Unicode font could not be fetched: HTTP ${response.status}.`);
      return response.arrayBuffer();
    })
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

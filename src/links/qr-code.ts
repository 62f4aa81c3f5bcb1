import { create } from 'qrcode';

/**
 * A QR code as the link builder draws it: one SVG path of its dark modules. Loaded with `import()`
 * only once a link exists, so the QR encoder is never part of the page's first script.
 */
export interface QrDrawing {
  /** The QR version (1–40): how many modules a side holds, 17 + 4 × version. */
  version: number;
  /** Modules a side, the quiet zone included: the SVG's `viewBox` is `0 0 side side`. */
  side: number;
  /** Path data of every dark module, one unit a module. */
  path: string;
}

/** Modules of light margin around the code: the quiet zone the QR standard asks for (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/**
 * Path data for a square module matrix: one rectangle a run of dark modules along a row
 * (`M x y h run v 1 h -run z`), which keeps the path several times shorter than one square a
 * module. Offset by `margin` on both axes.
 * @param size modules a side
 * @param isDark whether the module at `row`, `col` is dark
 */
export function modulesPath(size: number, isDark: (row: number, col: number) => boolean, margin = QUIET_ZONE): string {
  const parts: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!isDark(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && isDark(row, col)) col += 1;
      parts.push(`M${start + margin} ${row + margin}h${col - start}v1h${start - col}z`);
    }
  }
  return parts.join('');
}

/**
 * Encodes `text` as a QR code with medium error correction (about 15 % of the code may be
 * smudged or folded and it still reads), the version chosen by the encoder to fit.
 * @throws when the text is too long for any QR code (about 2,300 characters of a link)
 */
export function drawQrCode(text: string): QrDrawing {
  const qr = create(text, { errorCorrectionLevel: 'M' });
  const { size } = qr.modules;
  return {
    version: qr.version,
    side: size + 2 * QUIET_ZONE,
    path: modulesPath(size, (row, col) => Boolean(qr.modules.get(row, col))),
  };
}

import fc from 'fast-check';
import { create } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { drawQrCode, modulesPath, QUIET_ZONE } from '../../../src/links/qr-code';

/** The cells a path from {@link modulesPath} paints, as "row,col" (margin removed). */
function paintedCells(path: string, margin: number): Set<string> {
  const cells = new Set<string>();
  for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let i = 0; i < Number(run); i += 1) cells.add(`${Number(y) - margin},${Number(x) - margin + i}`);
  }
  return cells;
}

describe('drawing QR modules as one SVG path', () => {
  it('draws one rectangle a run of dark modules in a row, offset by the quiet zone', () => {
    const matrix = [
      [1, 1, 0],
      [0, 1, 1],
      [1, 0, 1],
    ];
    expect(modulesPath(3, (row, col) => matrix[row]![col] === 1, 4)).toBe(
      'M4 4h2v1h-2zM5 5h2v1h-2zM4 6h1v1h-1zM6 6h1v1h-1z',
    );
  });

  it('paints exactly the dark modules of any matrix', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((size) =>
            fc.tuple(fc.constant(size), fc.array(fc.boolean(), { minLength: size * size, maxLength: size * size })),
          ),
        ([size, cells]) => {
          const dark = (row: number, col: number) => cells[row * size + col]!;
          const expected = new Set(
            cells.flatMap((on, index) => (on ? [`${Math.floor(index / size)},${index % size}`] : [])),
          );
          expect(paintedCells(modulesPath(size, dark, 2), 2)).toEqual(expected);
        },
      ),
    );
  });
});

describe('a QR code for a link', () => {
  const link =
    'https://prep.example.org/plan/#v=1&r=setting-intentions,safety-protocol&w=intention&f.providerName=Dr+Ada+Lee';

  it('matches the encoder’s own module matrix, with a four-module quiet zone', () => {
    const qr = create(link, { errorCorrectionLevel: 'M' });
    const drawing = drawQrCode(link);
    expect(drawing.version).toBe(qr.version);
    expect(drawing.side).toBe(qr.modules.size + 2 * QUIET_ZONE);
    const expected = new Set<string>();
    for (let row = 0; row < qr.modules.size; row += 1)
      for (let col = 0; col < qr.modules.size; col += 1) if (qr.modules.get(row, col)) expected.add(`${row},${col}`);
    expect(paintedCells(drawing.path, QUIET_ZONE)).toEqual(expected);
  });

  it('refuses text longer than the largest QR code holds', () => {
    expect(() => drawQrCode(`${link}&x=${'a'.repeat(2400)}`)).toThrow();
  });
});

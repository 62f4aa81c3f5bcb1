/**
 * The characters pdf-lib's standard fonts (Helvetica) can draw: the WinAnsi encoding (PDF 32000-1,
 * Annex D.2). Anything else makes `StandardFontEmbedder.encodeText` throw "WinAnsi cannot encode",
 * so the generator checks every drawn character against this set before choosing Helvetica.
 *
 * Written out rather than read from an embedded Helvetica so the check needs no font object (and
 * adds no unused font to the PDF). `tests/unit/pdf/fonts.test.ts` compares it with pdf-lib's own
 * `Helvetica.getCharacterSet()` (218 code points), so a drift would fail a test.
 */

/** The 27 characters WinAnsi puts in 0x80–0x9F, where Latin-1 has control codes. */
const WIN_ANSI_EXTRAS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

function buildWinAnsiSet(): ReadonlySet<number> {
  const codePoints = new Set<number>();
  for (let code = 0x20; code <= 0x7e; code++) codePoints.add(code);
  for (let code = 0xa0; code <= 0xff; code++) codePoints.add(code);
  for (const char of WIN_ANSI_EXTRAS) codePoints.add(char.codePointAt(0)!);
  return codePoints;
}

/** Every Unicode code point Helvetica can draw in pdf-lib. */
export const winAnsiCodePoints: ReadonlySet<number> = buildWinAnsiSet();

/**
 * A linear pre-check of a PDF's top-level structure, run before pdf-lib parses it, so that reading
 * a damaged or disguised file is always quick.
 *
 * Why: pdf-lib's parser skips anything between objects ("jibberish") one byte at a time, and at
 * every printable byte it tries to read an object number, which throws (and catches) an Error.
 * Measured here: 1 MB of plain words after a `%PDF-` header took ≈ 15 s to parse (a 19 MB random
 * file, 148 s) — the browser tab would freeze. Real PDFs have next to nothing between objects: the
 * objects themselves (whose streams pdf-lib skips by length), cross-reference tables, trailers and
 * comments. So this scan walks the same top level in linear time, counting the printable bytes
 * pdf-lib would have to skip one by one and the objects it would parse, and `read.ts` refuses a
 * file over either limit, or with an object that never ends, as damaged.
 */

/** Printable bytes allowed between objects: trailers and the odd stray byte, never real junk. */
export const MAX_TOP_LEVEL_JUNK = 16 * 1024;

/**
 * Objects allowed outside object streams. A worksheet PDF has about a hundred (≈ 200 once a
 * program rewrites it without object streams); a reader's incremental saves add a few each time.
 * pdf-lib takes 35–115 µs per object even when they are tiny, so this caps the parse at about a
 * second.
 */
export const MAX_TOP_LEVEL_OBJECTS = 10_000;

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const OBJ = ascii('obj');
const END_OBJ = ascii('endobj');
const STREAM = ascii('stream');
const END_STREAM = ascii('endstream');
const XREF = ascii('xref');
const TRAILER = ascii('trailer');
const START_XREF = ascii('startxref');

/** PDF white-space characters (ISO 32000-1 Table 1). */
const isWhiteSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
const isDigit = (byte: number) => byte >= 0x30 && byte <= 0x39;

function startsWith(bytes: Uint8Array, keyword: Uint8Array, at: number): boolean {
  if (at + keyword.length > bytes.length) return false;
  for (let index = 0; index < keyword.length; index++) if (bytes[at + index] !== keyword[index]) return false;
  return true;
}

/** Where `keyword` next occurs in `bytes[from, to)`, or -1. */
function find(bytes: Uint8Array, keyword: Uint8Array, from: number, to = bytes.length): number {
  // The native search must stop at `to` too, or a bounded search would still scan to the end.
  const window = bytes.subarray(0, to);
  for (let at = window.indexOf(keyword[0]!, from); at >= 0; at = window.indexOf(keyword[0]!, at + 1)) {
    if (at + keyword.length > to) return -1;
    if (startsWith(bytes, keyword, at)) return at;
  }
  return -1;
}

/** Past white space and `%` comments. */
function skipSpace(bytes: Uint8Array, at: number): number {
  while (at < bytes.length) {
    const byte = bytes[at]!;
    if (isWhiteSpace(byte)) at++;
    else if (byte === 0x25 /* % */) {
      while (at < bytes.length && bytes[at] !== 0x0a && bytes[at] !== 0x0d) at++;
    } else break;
  }
  return at;
}

/** The end of an `N G obj` header at `at`, or -1 when there is none. */
function objectHeaderEnd(bytes: Uint8Array, at: number): number {
  let index = at;
  const digits = () => {
    const start = index;
    while (index < bytes.length && isDigit(bytes[index]!)) index++;
    return index > start;
  };
  if (!digits()) return -1;
  if (!isWhiteSpace(bytes[index] ?? 0x78)) return -1;
  index = skipSpace(bytes, index);
  if (!digits()) return -1;
  index = skipSpace(bytes, index);
  return startsWith(bytes, OBJ, index) ? index + OBJ.length : -1;
}

/**
 * Where the object whose body starts at `at` ends (after `endobj`), or -1 if it never does. A
 * stream's data is skipped to `endstream`, so bytes inside compressed data are never mistaken for
 * keywords; `stream` only counts right after the dictionary's `>>`.
 */
function objectEnd(bytes: Uint8Array, at: number): number {
  let from = at;
  for (;;) {
    const end = find(bytes, END_OBJ, from);
    if (end < 0) return -1;
    // Only look for "stream" before this "endobj", so each byte is searched about once.
    const stream = find(bytes, STREAM, from, end);
    if (stream < 0) return end + END_OBJ.length;
    if (!followsDictionary(bytes, stream)) {
      from = stream + STREAM.length;
      continue;
    }
    const streamEnd = find(bytes, END_STREAM, stream + STREAM.length);
    if (streamEnd < 0) return -1;
    from = streamEnd + END_STREAM.length;
  }
}

function followsDictionary(bytes: Uint8Array, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && isWhiteSpace(bytes[index]!)) index--;
  return index >= 1 && bytes[index] === 0x3e && bytes[index - 1] === 0x3e; // ">>"
}

/** What {@link checkTopLevel} found. */
export type TopLevelVerdict = 'ok' | 'junk' | 'too-many-objects' | 'unterminated-object';

/**
 * Walks a PDF's top level — objects, cross-reference tables, trailers, comments — and stops as soon
 * as the file is clearly not one pdf-lib can parse quickly:
 * - `junk`: more than {@link MAX_TOP_LEVEL_JUNK} printable bytes between objects;
 * - `too-many-objects`: more than {@link MAX_TOP_LEVEL_OBJECTS} objects;
 * - `unterminated-object`: an object with no `endobj` (cut short, or not a PDF).
 */
export function checkTopLevel(bytes: Uint8Array): TopLevelVerdict {
  let junk = 0;
  let objects = 0;
  let at = 0;
  while (at < bytes.length) {
    at = skipSpace(bytes, at);
    if (at >= bytes.length) break;
    const headerEnd = isDigit(bytes[at]!) ? objectHeaderEnd(bytes, at) : -1;
    if (headerEnd >= 0) {
      if (++objects > MAX_TOP_LEVEL_OBJECTS) return 'too-many-objects';
      const end = objectEnd(bytes, headerEnd);
      if (end < 0) return 'unterminated-object';
      at = end;
    } else if (startsWith(bytes, XREF, at)) {
      // A cross-reference table: subsection headers and 20-byte entries of digits, spaces, f and n.
      at += XREF.length;
      while (at < bytes.length && (isDigit(bytes[at]!) || isWhiteSpace(bytes[at]!) || bytes[at] === 0x66 || bytes[at] === 0x6e)) at++;
    } else if (startsWith(bytes, TRAILER, at)) {
      at += TRAILER.length;
    } else if (startsWith(bytes, START_XREF, at)) {
      at += START_XREF.length;
    } else {
      const byte = bytes[at]!;
      if (byte >= 0x20 && byte <= 0x7e && ++junk > MAX_TOP_LEVEL_JUNK) return 'junk';
      at++;
    }
  }
  return 'ok';
}

import { inflateAtMost } from './inflate';

/**
 * A linear pre-check of a PDF's structure, run before pdf-lib parses it, so that reading a damaged,
 * disguised or deliberately crafted file is always quick and never fills memory.
 *
 * Why: pdf-lib trusts what it reads.
 * - Its parser skips anything between objects ("jibberish") one byte at a time, and at every
 *   printable byte it tries to read an object number, which throws (and catches) an Error.
 *   Measured here: 1 MB of plain words after a `%PDF-` header took ≈ 15 s to parse (a 19 MB random
 *   file, 148 s) — the browser tab would freeze.
 * - It parses every object token by token, at about a microsecond a byte for long strings, and
 *   35–115 µs an object however small.
 * - It inflates every object stream and cross-reference stream in full while loading: a 20 KB file
 *   whose object stream inflates to a 20 MB string took 12 s to read (it would be minutes and
 *   gigabytes for a 1 MB file), and a cross-reference stream's `/Size` makes it loop that many
 *   times whatever the stream holds.
 *
 * Real PDFs have next to nothing between objects, and a worksheet's objects (its answers
 * included) come to well under a megabyte. So this walks the same top level in linear time —
 * objects (whose stream data is skipped), cross-reference tables, trailers and comments — and
 * measures what pdf-lib would have to parse: the printable bytes it would skip one by one, the
 * objects (top level and packed in object streams), and the bytes it parses (everything but stream
 * data, plus what object and cross-reference streams inflate to, inflated here with a limit).
 * `read.ts` refuses a file over any limit. This is a fast path for the known costly shapes, not a
 * second PDF parser: the time limit around the whole read (`read-in-worker.ts`) is the guarantee.
 */

/** Printable bytes allowed between objects: trailers and the odd stray byte, never real junk. */
export const MAX_TOP_LEVEL_JUNK = 16 * 1024;

/**
 * Objects allowed, at the top level and packed in object streams. A worksheet PDF has about a
 * hundred (a few hundred with a long look-in log); a reader's incremental saves add a few each
 * time. At 35–115 µs an object, this caps pdf-lib's parse at about a second. Entries of a
 * cross-reference stream, far cheaper, may number ten times as many.
 */
export const MAX_OBJECTS = 10_000;
const MAX_CROSS_REFERENCE_ENTRIES = 10 * MAX_OBJECTS;

/**
 * Bytes pdf-lib may parse: everything but stream data (which it skips by length), plus what object
 * and cross-reference streams inflate to. A worksheet at every field's limit, in Greek, comes to
 * about 200 KB; parsing 2 MB takes pdf-lib about a second.
 */
export const MAX_PARSED_BYTES = 2 * 1024 * 1024;

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const OBJ = ascii('obj');
const END_OBJ = ascii('endobj');
const STREAM = ascii('stream');
const END_STREAM = ascii('endstream');
const XREF = ascii('xref');
const TRAILER = ascii('trailer');
const START_XREF = ascii('startxref');

/** PDF white-space characters (ISO 32000-1 Table 1). */
const isWhiteSpace = (byte: number) =>
  byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0x00;
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

/** One `stream … endstream` of an object: where its dictionary text starts and its data lies. */
interface StreamSection {
  /** Start of the text before `stream` (the object's dictionary, or what follows an earlier stream). */
  dictionary: number;
  /** Where the keyword `stream` is. */
  keyword: number;
  /** Where the data starts: after the end-of-line that follows `stream`. */
  dataStart: number;
  /** Where `endstream` is: the data ends before it, and before the end-of-line in front of it. */
  endKeyword: number;
  /** Where `endstream` ends: the bytes skipped are `keyword` to here. */
  end: number;
}

/**
 * Where the object whose body starts at `at` ends (after `endobj`), or -1 if it never does. A
 * stream's data is skipped to `endstream`, so bytes inside compressed data are never mistaken for
 * keywords; `stream` only counts right after the dictionary's `>>`. Each stream is added to
 * `sections`.
 */
function objectEnd(bytes: Uint8Array, at: number, sections: StreamSection[]): number {
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
    sections.push({
      dictionary: from,
      keyword: stream,
      dataStart: afterEndOfLine(bytes, stream + STREAM.length),
      endKeyword: streamEnd,
      end: streamEnd + END_STREAM.length,
    });
    from = streamEnd + END_STREAM.length;
  }
}

/** Past the end-of-line after `stream` (CR LF, LF or CR, perhaps after a space). */
function afterEndOfLine(bytes: Uint8Array, at: number): number {
  if (bytes[at] === 0x20 && (bytes[at + 1] === 0x0d || bytes[at + 1] === 0x0a)) at++;
  if (bytes[at] === 0x0d) at++;
  if (bytes[at] === 0x0a) at++;
  return at;
}

/**
 * Where a stream's data may end, most likely first. The dictionary's direct `/Length` says, when
 * only white space lies between there and `endstream` (as in every file pdf-lib, qpdf or Acrobat
 * writes). Otherwise the end-of-line before `endstream` is CR LF, LF or CR — but data may itself end
 * with a CR or LF, so each reading is a candidate.
 */
function dataEnds(bytes: Uint8Array, section: StreamSection, lengths: number[] | undefined): number[] {
  const { dataStart, endKeyword } = section;
  if (lengths?.length === 1) {
    const end = dataStart + lengths[0]!;
    let at = end;
    while (at < endKeyword && isWhiteSpace(bytes[at]!)) at++;
    if (end <= endKeyword && at === endKeyword) return [end];
  }
  const ends = [endKeyword];
  if (bytes[endKeyword - 1] === 0x0a || bytes[endKeyword - 1] === 0x0d) ends.unshift(endKeyword - 1);
  if (bytes[endKeyword - 1] === 0x0a && bytes[endKeyword - 2] === 0x0d) ends.unshift(endKeyword - 2);
  const possible = ends.filter((end) => end >= dataStart);
  return possible.length > 0 ? possible : [dataStart];
}

function followsDictionary(bytes: Uint8Array, at: number): boolean {
  let index = at - 1;
  while (index >= 0 && isWhiteSpace(bytes[index]!)) index--;
  return index >= 1 && bytes[index] === 0x3e && bytes[index - 1] === 0x3e; // ">>"
}

/** A stream pdf-lib inflates and parses while loading: an object stream or a cross-reference stream. */
export interface ParsedStream {
  /** The stream's data, as stored: where it ends is certain with a direct `/Length`, else each reading is tried. */
  data: Uint8Array[];
  /** Whether the data is Flate-compressed (otherwise it is stored as it is). */
  flate: boolean;
}

/** A dictionary's text with `#xx` escapes in names decoded (`/Obj#53tm` is `/ObjStm`). */
const dictionaryText = (bytes: Uint8Array) =>
  new TextDecoder('latin1')
    .decode(bytes)
    .replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A name followed by a delimiter, so `/XRef` does not match `/XRefStm`. */
const name = (text: string) => new RegExp(`/${text}(?=[\\s/\\[\\]<>()%]|$)`, 'g');
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
/** The direct whole numbers after each `/<key>`, or `undefined` if one is not a direct whole number. */
function numbersAfter(text: string, key: string): number[] | undefined {
  const values: number[] = [];
  for (const match of text.matchAll(new RegExp(`/${key}(?=[\\s/\\[\\]<>()%])\\s*(\\S*)`, 'g'))) {
    const value = /^(\d{1,15})(?![\d.])/.exec(match[1]!);
    if (!value || /^\s*\d+\s+R/.test(text.slice(match.index + match[0].length))) return undefined;
    values.push(Number(value[1]));
  }
  return values;
}

/**
 * What a stream's dictionary says, if pdf-lib would inflate and parse it (an object stream or a
 * cross-reference stream), else `undefined`; `'unclear'` when it cannot be measured: a filter
 * other than Flate, or a count that is not a direct number.
 */
function parsedStream(
  text: string,
):
  { flate: boolean; objects: number; entries: number; encrypted: boolean; lengths?: number[] } | 'unclear' | undefined {
  const objectStream = count(text, name('ObjStm')) > 0;
  const crossReferences = count(text, name('XRef')) > 0;
  // A /Type given by reference could be either: pdf-lib looks it up.
  if (!objectStream && !crossReferences) return /\/Type\s*\d+\s+\d+\s+R/.test(text) ? 'unclear' : undefined;
  const filters = count(text, name('Filter'));
  const flate = filters === 1 && /\/Filter\s*(?:\/FlateDecode|\[\s*\/FlateDecode\s*\])(?=[\s/\]>%]|$)/.test(text);
  if (filters > 0 && !flate) return 'unclear';
  const objects = numbersAfter(text, 'N');
  const sizes = numbersAfter(text, 'Size');
  let entries = 0;
  if (crossReferences) {
    const index = /\/Index\s*\[([^\]]*)\]/.exec(text);
    if (index) {
      if (!/^[\d\s]*$/.test(index[1]!)) return 'unclear';
      entries = index[1]!
        .trim()
        .split(/\s+/)
        .reduce((total, value, position) => total + (position % 2 === 1 ? Number(value) : 0), 0);
    } else if (count(text, name('Index')) > 0) return 'unclear';
  }
  if (!objects || !sizes) return 'unclear';
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    flate,
    objects: objectStream ? sum(objects) : 0,
    entries: Math.max(
      entries,
      sizes.reduce((most, value) => Math.max(most, value), 0),
    ),
    // A cross-reference stream's dictionary doubles as the trailer.
    encrypted: crossReferences && count(text, name('Encrypt')) > 0,
    lengths: numbersAfter(text, 'Length'),
  };
}

/**
 * Where an encrypted file describes its encryption, for `encryption.ts` to tell whether it opens
 * without a password. The encryption dictionary is never in an object stream (ISO 32000-1 §7.5.7)
 * and its strings are not encrypted, so these bytes are plain PDF syntax.
 */
export interface EncryptionSource {
  /** The last trailer dictionary (or cross-reference stream dictionary) that names `/Encrypt`, `<<` to `>>`. */
  trailer: Uint8Array;
  /** The body of the last top-level object `number generation` (after `obj`, before `endobj`), if there is one. */
  object(number: number, generation: number): Uint8Array | undefined;
}

/** What {@link checkTopLevel} found. */
export type TopLevel =
  | { verdict: 'ok'; parsedBytes: number; streams: ParsedStream[] }
  | { verdict: 'encrypted'; encryption: EncryptionSource }
  | { verdict: 'junk' | 'too-many-objects' | 'too-much-content' | 'unterminated-object' | 'unclear-stream' };

/** The object and generation numbers of the `N G obj` header at `at` (known to be one). */
function headerNumbers(bytes: Uint8Array, at: number): string {
  let index = at;
  let number = '';
  while (isDigit(bytes[index]!)) number += String.fromCharCode(bytes[index++]!);
  index = skipSpace(bytes, index);
  let generation = '';
  while (isDigit(bytes[index]!)) generation += String.fromCharCode(bytes[index++]!);
  return `${Number(number)} ${Number(generation)}`;
}

/** Longest trailer dictionary read for `/Encrypt` (a real one is a few hundred bytes). */
const MAX_TRAILER = 64 * 1024;

/**
 * Walks a PDF's top level — objects, cross-reference tables, trailers, comments — and stops as soon
 * as the file is clearly not one pdf-lib can parse quickly:
 * - `junk`: more than {@link MAX_TOP_LEVEL_JUNK} printable bytes between objects;
 * - `too-many-objects`: more than {@link MAX_OBJECTS} objects, counting those packed in object
 *   streams (their `/N`), or a cross-reference stream of far more entries;
 * - `too-much-content`: more than {@link MAX_PARSED_BYTES} bytes outside stream data;
 * - `unterminated-object`: an object with no `endobj` (cut short, or not a PDF);
 * - `unclear-stream`: an object or cross-reference stream whose cost cannot be told from its
 *   dictionary (a filter other than Flate, counts given by reference);
 * - `encrypted`: a trailer names an `/Encrypt` dictionary, so its object streams are ciphertext
 *   that cannot be measured (and pdf-lib cannot decrypt the file). The walk goes on to the end
 *   (the limits above still apply) so that the encryption dictionary can be found wherever it is,
 *   and returns where it is described ({@link EncryptionSource}).
 * When all is well it returns the object and cross-reference streams, for {@link checkStructure}
 * to measure what they inflate to.
 */
export function checkTopLevel(bytes: Uint8Array): TopLevel {
  let junk = 0;
  let objects = 0;
  let entries = 0;
  let streamData = 0;
  let unclear = false;
  let encryptedTrailer: Uint8Array | undefined;
  /** Each top-level object's body, by `"number generation"`: the last one wins, as in an incremental update. */
  const bodies = new Map<string, [start: number, end: number]>();
  const streams: ParsedStream[] = [];
  const sections: StreamSection[] = [];
  let at = 0;
  while (at < bytes.length) {
    at = skipSpace(bytes, at);
    if (at >= bytes.length) break;
    const headerEnd = isDigit(bytes[at]!) ? objectHeaderEnd(bytes, at) : -1;
    if (headerEnd >= 0) {
      if (++objects > MAX_OBJECTS) return { verdict: 'too-many-objects' };
      sections.length = 0;
      const end = objectEnd(bytes, headerEnd, sections);
      if (end < 0) return { verdict: 'unterminated-object' };
      bodies.set(headerNumbers(bytes, at), [headerEnd, end - END_OBJ.length]);
      for (const section of sections) {
        streamData += section.end - section.keyword;
        const dictionary = bytes.subarray(section.dictionary, section.keyword);
        const parsed = parsedStream(dictionaryText(dictionary));
        if (parsed === undefined) continue;
        if (parsed === 'unclear') {
          unclear = true;
          continue;
        }
        if (parsed.encrypted) encryptedTrailer = dictionary;
        objects += parsed.objects;
        entries += parsed.entries;
        if (objects > MAX_OBJECTS || entries > MAX_CROSS_REFERENCE_ENTRIES) return { verdict: 'too-many-objects' };
        streams.push({
          data: dataEnds(bytes, section, parsed.lengths).map((end) => bytes.subarray(section.dataStart, end)),
          flate: parsed.flate,
        });
      }
      at = end;
    } else if (startsWith(bytes, XREF, at)) {
      // A cross-reference table: subsection headers and 20-byte entries of digits, spaces, f and n.
      at += XREF.length;
      while (
        at < bytes.length &&
        (isDigit(bytes[at]!) || isWhiteSpace(bytes[at]!) || bytes[at] === 0x66 || bytes[at] === 0x6e)
      )
        at++;
    } else if (startsWith(bytes, TRAILER, at)) {
      at += TRAILER.length;
      const end = find(bytes, START_XREF, at, Math.min(bytes.length, at + MAX_TRAILER));
      if (end >= 0) {
        if (count(dictionaryText(bytes.subarray(at, end)), name('Encrypt')) > 0)
          encryptedTrailer = bytes.subarray(at, end);
        at = end;
      }
    } else if (startsWith(bytes, START_XREF, at)) {
      at += START_XREF.length;
    } else {
      const byte = bytes[at]!;
      if (byte >= 0x20 && byte <= 0x7e && ++junk > MAX_TOP_LEVEL_JUNK) return { verdict: 'junk' };
      at++;
    }
  }
  if (encryptedTrailer) {
    const trailer = encryptedTrailer;
    return {
      verdict: 'encrypted',
      encryption: {
        trailer,
        object: (number, generation) => {
          const body = bodies.get(`${number} ${generation}`);
          return body && bytes.subarray(body[0], body[1]);
        },
      },
    };
  }
  if (unclear) return { verdict: 'unclear-stream' };
  const parsedBytes = bytes.length - streamData;
  if (parsedBytes > MAX_PARSED_BYTES) return { verdict: 'too-much-content' };
  return { verdict: 'ok', parsedBytes, streams };
}

/** What {@link checkStructure} found: `ok`, or why pdf-lib should not be given the file. */
export type StructureVerdict = Exclude<TopLevel['verdict'], 'ok'> | 'corrupt-stream' | 'ok';

/**
 * {@link checkTopLevel}, then inflates the object and cross-reference streams it found, stopping
 * once everything pdf-lib would parse passes {@link MAX_PARSED_BYTES} (`too-much-content`); a
 * stream that does not inflate cleanly is `corrupt-stream`.
 */
export async function checkStructure(bytes: Uint8Array): Promise<StructureVerdict> {
  return (await inspectStructure(bytes)).verdict;
}

/** {@link checkStructure}, and for an encrypted file where its encryption is described. */
export async function inspectStructure(
  bytes: Uint8Array,
): Promise<{ verdict: StructureVerdict; encryption?: EncryptionSource }> {
  const topLevel = checkTopLevel(bytes);
  if (topLevel.verdict === 'encrypted') return { verdict: 'encrypted', encryption: topLevel.encryption };
  if (topLevel.verdict !== 'ok') return { verdict: topLevel.verdict };
  let parsed = topLevel.parsedBytes;
  for (const stream of topLevel.streams) {
    const size = stream.flate
      ? await inflatedSize(stream.data, MAX_PARSED_BYTES - parsed)
      : Math.max(...stream.data.map((data) => data.length));
    if (size === 'corrupt') return { verdict: 'corrupt-stream' };
    if (size === 'too-long') return { verdict: 'too-much-content' };
    parsed += size;
    if (parsed > MAX_PARSED_BYTES) return { verdict: 'too-much-content' };
  }
  return { verdict: 'ok' };
}

/** What the first of `candidates` that is a whole zlib stream inflates to, within `room` bytes. */
async function inflatedSize(candidates: Uint8Array[], room: number): Promise<number | 'too-long' | 'corrupt'> {
  for (const data of candidates) {
    const inflated = await inflateAtMost(data, room);
    if (inflated.ok) return inflated.bytes.length;
    if (inflated.reason === 'too-long') return 'too-long';
  }
  return 'corrupt';
}

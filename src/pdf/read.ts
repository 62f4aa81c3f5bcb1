import {
  ParseSpeeds,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { answerSlots, emptyAnswers, fitAnswer, type AnswerSlot } from '../worksheets/answers';
import type { SlotFieldRecord } from '../worksheets/kinds/kind-pdf';
import { pdfOf } from '../worksheets/kinds/pdf-table';
import type { WorksheetAnswers, WorksheetDefinition } from '../worksheets/types';
import { opensWithoutPassword } from './encryption';
import {
  HIDDEN_ANSWERS_FIELD,
  isAnswerFieldName,
  isCardFieldName,
  MARKER_FIELD,
  MARKER_INFO_KEY,
  MARKER_KEYWORD_PREFIX,
  parseAnswerFieldName,
  parseMarkerValue,
} from './field-names';
import type { FieldRecord, UnreadableReason } from './field-record';
import { inflateAtMost } from './inflate';
import { MAX_PDF_BYTES } from './limits';
import { inspectStructure, type StructureVerdict } from './pdf-structure';
import { decodePdfString, decodePdfText } from './pdf-text';

/**
 * Reads a worksheet PDF made by `generate.ts` — and perhaps edited since in any reader — back
 * into answers ("resume"). Runs on the device like everything else; the file is never sent.
 */

/**
 * Why a file could not be read. `too-complex`: far more objects, fields or text than any worksheet
 * PDF (see `pdf-structure.ts`), or, in the browser, a read that ran out of time (`read-in-worker.ts`).
 * `encrypted`: it needs a password to open (or its encryption is of a kind not recognised);
 * `encrypted-no-password`: it is encrypted but opens without a password in any reader (an empty
 * user password, see `encryption.ts`) — pdf-lib cannot decrypt either. `flattened`: the kit's
 * marker is there but none of the worksheet's answer fields is (a reader flattened it or printed it
 * to PDF, Ghostscript re-distilled it, or only an XFA form is left), so there is nothing to read.
 */
export const readFailureReasons = [
  'empty',
  'not-pdf',
  'encrypted',
  'encrypted-no-password',
  'flattened',
  'damaged',
  'not-from-kit',
  'other-worksheet',
  'too-large',
  'too-complex',
] as const;

/** One of {@link readFailureReasons}. The UI words each one (`form.resume.problem.<reason>` in en.json); the reader only names it. */
export type ReadFailureReason = (typeof readFailureReasons)[number];

export type { UnreadableReason } from './field-record';

/** What {@link readWorksheetPdf} found. */
export type ReadResult =
  | {
      ok: true;
      /** Every answer slot of the definition, filled from the PDF's fields (blank when absent). */
      answers: WorksheetAnswers;
      /** The worksheet version the PDF was made with. */
      version: number;
      /** Names of fields that did not match an answer of this version, e.g. a removed question. */
      ignored: string[];
      /**
       * Answer keys the PDF had a field for (so the UI can count what came back), in the
       * definition's order: their value (blank included) is in `answers`. Keys in `unreadable`
       * are not listed here.
       */
      found: string[];
      /** Answers the PDF holds but that could not be read, each with why (their `answers` entry is the empty value). */
      unreadable: { key: string; reason: UnreadableReason }[];
    }
  | {
      ok: false;
      /** Why; the page says it in the patient's words (see `readFailureReasons`). */
      reason: ReadFailureReason;
    };

export { MAX_PDF_BYTES };

/** Most fields walked: a worksheet has a few hundred at most; this only bounds a hostile file's cost. */
const MAX_FIELDS = 10_000;
/** Deepest field hierarchy walked (ours is 2 deep). */
const MAX_DEPTH = 32;
/** Most bytes read from text values stored as streams, all together, once inflated (an answer is a few KB). */
const MAX_STREAM_VALUE_BYTES = 1024 * 1024;
/** Most bytes read from fields' appearance streams, all together, once inflated, to tell whether they show text. */
const MAX_APPEARANCE_BYTES = 1024 * 1024;
/**
 * Acrobat accepts the `%PDF-` header anywhere in the first 1,024 bytes (PDF Reference 1.7,
 * Appendix H, implementation note 13); so do we.
 */
const HEADER_WINDOW = 1024;

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const PDF_HEADER = ascii('%PDF-');
const END_OF_FILE = ascii('%%EOF');

/** Where the last `%%EOF` starts, or -1. Native searches from the end, so it costs next to nothing on a whole file. */
function lastEndOfFile(data: Uint8Array): number {
  for (
    let at = data.lastIndexOf(END_OF_FILE[4]!);
    at >= END_OF_FILE.length - 1;
    at = data.lastIndexOf(END_OF_FILE[4]!, at - 1)
  ) {
    const start = at - (END_OF_FILE.length - 1);
    if (indexOf(data, END_OF_FILE, start, at + 1) === start) return start;
  }
  return -1;
}

/** What follows the last `%%EOF` of a file cut short in the middle of a later update: objects, a cross-reference table, a trailer. */
const PDF_SYNTAX = /\d+\s+\d+\s+obj\b|\bxref\s+\d|\btrailer\s*<<|\bstartxref\s+\d/;

/**
 * The file up to the end of its last `%%EOF`. Readers accept anything after it (a mail program's
 * or a download's junk, zero padding, another file appended), and so does this — Acrobat's own
 * window of 1,024 bytes (implementation note 18) turned away real copies. What follows is cut off
 * before the structure check and pdf-lib, which would otherwise parse it as junk. A file with no
 * `%%EOF`, or with PDF objects after its last one (a later update cut short, whose answers would be
 * silently lost), is `undefined`: damaged.
 */
function upToEndOfFile(data: Uint8Array): Uint8Array | undefined {
  const start = lastEndOfFile(data);
  if (start < 0) return undefined;
  const end = start + END_OF_FILE.length;
  if (end < data.length && PDF_SYNTAX.test(new TextDecoder('latin1').decode(data.subarray(end)))) return undefined;
  return data.subarray(0, end);
}

/** Where `needle` occurs in `haystack[from, to)`, or -1. */
function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  outer: for (let index = Math.max(0, from); index <= Math.min(to, haystack.length) - needle.length; index++) {
    for (let offset = 0; offset < needle.length; offset++) {
      if (haystack[index + offset] !== needle[offset]) continue outer;
    }
    return index;
  }
  return -1;
}

/** A read that failed, for this reason. */
const failure = (reason: ReadFailureReason): ReadResult => ({ ok: false, reason });

/** Thrown by {@link readFields} when a form has more fields than any worksheet could. */
class TooManyFields extends Error {}

/** Flags of `/Ff` (ISO 32000-1 Table 226). */
const RADIO = 1 << 15;
const PUSHBUTTON = 1 << 16;

/**
 * The fields of a document's AcroForm, walked by hand rather than with `PDFForm.getFields()`: a
 * visited set, a field cap and a depth cap bound the work on any file (pdf-lib's walk follows
 * `/Kids` cycles until the stack overflows), and values are decoded exactly (see `pdf-text.ts`).
 */
function readFields(doc: PDFDocument): FieldRecord[] {
  const { context } = doc;
  const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'));
  if (!(acroForm instanceof PDFDict)) return [];
  const roots = acroForm.lookup(PDFName.of('Fields'));
  if (!(roots instanceof PDFArray)) return [];

  const records: FieldRecord[] = [];
  const visited = new Set<PDFDict>();
  const resolve = (object: PDFObject | undefined) => (object instanceof PDFRef ? context.lookup(object) : object);

  type Inherited = { type?: string; flags: number; value?: PDFObject; options?: PDFObject };
  const visit = (object: PDFObject | undefined, parentName: string, inherited: Inherited, depth: number): void => {
    const dict = resolve(object);
    if (!(dict instanceof PDFDict) || visited.has(dict) || depth > MAX_DEPTH) return;
    if (visited.size >= MAX_FIELDS) throw new TooManyFields('Too many form fields.');
    visited.add(dict);

    const partial = resolve(dict.get(PDFName.of('T')));
    const partialName =
      partial instanceof PDFString || partial instanceof PDFHexString ? decodePdfString(partial) : undefined;
    const name = partialName === undefined ? parentName : parentName ? `${parentName}.${partialName}` : partialName;
    const type = resolve(dict.get(PDFName.of('FT')));
    const flags = resolve(dict.get(PDFName.of('Ff')));
    const own: Inherited = {
      type: type instanceof PDFName ? type.decodeText() : inherited.type,
      flags: flags instanceof PDFNumber ? flags.asNumber() : inherited.flags,
      value: dict.get(PDFName.of('V')) ?? inherited.value,
      options: dict.get(PDFName.of('Opt')) ?? inherited.options,
    };

    const kids = resolve(dict.get(PDFName.of('Kids')));
    const kidDicts = kids instanceof PDFArray ? kids.asArray().map(resolve) : [];
    // Kids with a /T are fields; kids without are this field's widgets (ISO 32000-1 §12.7.3.1).
    const childFields = kidDicts.filter((kid): kid is PDFDict => kid instanceof PDFDict && kid.has(PDFName.of('T')));
    if (childFields.length > 0) {
      for (const child of childFields) visit(child, name, own, depth + 1);
      return;
    }
    const widgets = kidDicts.length > 0 ? kidDicts.filter((kid): kid is PDFDict => kid instanceof PDFDict) : [dict];
    records.push(fieldRecord(name, own, widgets, resolve));
  };
  for (const root of roots.asArray()) visit(root, '', { flags: 0 }, 0);
  return records;
}

function fieldRecord(
  name: string,
  field: { type?: string; flags: number; value?: PDFObject; options?: PDFObject },
  widgets: PDFDict[],
  resolve: (object: PDFObject | undefined) => PDFObject | undefined,
): FieldRecord {
  const value = resolve(field.value);
  // A text field's value may be a stream (ISO 32000-1 Table 222); never one of ours, but readers
  // may write one. It is kept aside and read after the walk, with a limit (readStreamValues).
  const textOrStream = (object: PDFObject | undefined): string | PDFRawStream => {
    if (object instanceof PDFString || object instanceof PDFHexString) return decodePdfString(object);
    if (object instanceof PDFRawStream) return object;
    if (object instanceof PDFName) return object.decodeText();
    if (object instanceof PDFArray) return textOrStream(resolve(object.get(0)));
    return '';
  };
  const text = (object: PDFObject | undefined) => {
    const found = textOrStream(object);
    return typeof found === 'string' ? found : '';
  };
  const textRecord = (kind: 'text' | 'choice'): FieldRecord => {
    if (value === undefined) {
      // No value at all: blank, unless a widget still shows text (see readAppearances).
      const appearances = widgets
        .map((widget) => normalAppearance(widget, resolve))
        .filter((stream) => stream !== undefined);
      return { name, kind, value: '', appearances };
    }
    const found = textOrStream(value);
    return typeof found === 'string' ? { name, kind, value: found } : { name, kind, value: '', stream: found };
  };
  switch (field.type) {
    case 'Tx':
      return textRecord('text');
    case 'Ch':
      return textRecord('choice');
    case 'Btn': {
      if (field.flags & PUSHBUTTON) return { name, kind: 'other', value: '' };
      // Read as readers show it: the widgets' appearance states (/AS) win over /V, which a reader
      // may not have updated (or updated alone). Without any /AS, /V is all there is.
      const valueState = value instanceof PDFName ? value.decodeText() : undefined;
      const shown: string[] = [];
      for (const widget of widgets) {
        const appearanceState = resolve(widget.get(PDFName.of('AS')));
        if (appearanceState instanceof PDFName) shown.push(appearanceState.decodeText());
      }
      const shownOn = [...new Set(shown.filter((state) => state !== 'Off' && state !== ''))];
      const isRadio = (field.flags & RADIO) !== 0;
      let state: string | undefined;
      if (shown.length === 0) state = valueState;
      else if (shownOn.length <= 1) state = shownOn[0];
      // Buttons showing different picks: /V decides if it names one of them; otherwise a radio
      // group cannot be read (a checkbox shows ticked whichever of its states is on).
      else if (valueState !== undefined && shownOn.includes(valueState)) state = valueState;
      else if (isRadio) return { name, kind: 'radio', value: '', unreadable: 'conflicting' };
      else state = shownOn[0];
      const on = state !== undefined && state !== 'Off' && state !== '';
      if (!isRadio) return { name, kind: 'checkbox', value: on ? 'on' : '' };
      if (state === undefined || !on) return { name, kind: 'radio', value: '' };
      // With /Opt, the states are indices into it and /Opt holds the export values (§12.7.4.2.4).
      const options = resolve(field.options);
      const index = /^[0-9]+$/.test(state) ? Number(state) : -1;
      if (options instanceof PDFArray && index >= 0 && index < options.size())
        return { name, kind: 'radio', value: text(resolve(options.get(index))) };
      return { name, kind: 'radio', value: state };
    }
    default:
      return { name, kind: 'other', value: '' };
  }
}

/**
 * Reads the values {@link readFields} found stored as streams: unfiltered or Flate-compressed only
 * (a crafted stream could otherwise inflate about 1,000×), at most {@link MAX_STREAM_VALUE_BYTES}
 * in all. One that does not fit, or uses another filter, reads as blank.
 */
async function readStreamValues(fields: FieldRecord[]): Promise<void> {
  let room = MAX_STREAM_VALUE_BYTES;
  for (const field of fields) {
    if (!field.stream) continue;
    const filter = field.stream.dict.lookup(PDFName.of('Filter'));
    const contents = field.stream.getContents();
    let bytes: Uint8Array | undefined;
    if (filter === undefined) bytes = contents.length <= room ? contents : undefined;
    else if (
      filter === PDFName.of('FlateDecode') ||
      (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === PDFName.of('FlateDecode'))
    ) {
      const inflated = await inflateAtMost(contents, room);
      bytes = inflated.ok ? inflated.bytes : undefined;
    }
    if (bytes === undefined) {
      // Never blank in silence: the answer is there, the kit cannot take it.
      field.unreadable = 'too-long';
      continue;
    }
    room -= bytes.length;
    field.value = decodePdfText(bytes);
  }
}

/** A widget's normal appearance (`/AP /N`) when it is one stream (a text or choice field's is). */
function normalAppearance(
  widget: PDFDict,
  resolve: (object: PDFObject | undefined) => PDFObject | undefined,
): PDFRawStream | undefined {
  const appearances = resolve(widget.get(PDFName.of('AP')));
  if (!(appearances instanceof PDFDict)) return undefined;
  const normal = resolve(appearances.get(PDFName.of('N')));
  return normal instanceof PDFRawStream ? normal : undefined;
}

/** PDF delimiters and white space (ISO 32000-1 Tables 1 and 2): what ends a token. */
const DELIMITER_OR_SPACE = new Uint8Array(256);
for (const char of ' \t\n\r\f\0()<>[]{}/%') DELIMITER_OR_SPACE[char.charCodeAt(0)] = 1;
const isDelimiterOrSpace = (byte: number) => DELIMITER_OR_SPACE[byte] === 1;
const isHexDigit = (byte: number) =>
  (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);

/**
 * Whether a content stream shows text: a text operator (`Tj`, `TJ`, `'`, `"`) whose operands
 * hold a string of at least one byte (an empty `() Tj` shows nothing). A field's own appearance
 * when blank is a border and `/Tx BMC EMC`, so this only finds text actually drawn. One pass over
 * the bytes, whatever they hold.
 */
function showsText(content: Uint8Array): boolean {
  let stringOperand = false;
  for (let at = 0; at < content.length;) {
    const byte = content[at]!;
    if (byte === 0x28 /* ( */) {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 1;
      const start = ++at;
      while (at < content.length && depth > 0) {
        const next = content[at]!;
        if (next === 0x5c /* \ */) at++;
        else if (next === 0x28) depth++;
        else if (next === 0x29) depth--;
        at++;
      }
      if (at - 1 > start) stringOperand = true;
    } else if (byte === 0x3c /* < */ && content[at + 1] === 0x3c) {
      at += 2;
    } else if (byte === 0x3c) {
      let digits = 0;
      for (at++; at < content.length && content[at] !== 0x3e; at++) if (isHexDigit(content[at]!)) digits++;
      at++;
      if (digits > 0) stringOperand = true;
    } else if (byte === 0x25 /* % */) {
      while (at < content.length && content[at] !== 0x0a && content[at] !== 0x0d) at++;
    } else if (byte === 0x2f /* / */) {
      for (at++; at < content.length && !isDelimiterOrSpace(content[at]!); at++);
    } else if (isDelimiterOrSpace(byte)) {
      at++;
    } else {
      const start = at;
      while (at < content.length && !isDelimiterOrSpace(content[at]!)) at++;
      const token = String.fromCharCode(...content.subarray(start, Math.min(at, start + 4)));
      if (/^[0-9.+-]/.test(token) || token === 'true' || token === 'false' || token === 'null') continue;
      if (stringOperand && (token === 'Tj' || token === 'TJ' || token === "'" || token === '"')) return true;
      stringOperand = false;
    }
  }
  return false;
}

/**
 * Marks `appearance-only` each text or choice field that has no value but whose appearance shows
 * text: some readers flatten one field that way, and reading it as blank would lose the answer in
 * silence. The text itself is not taken from the drawing (fonts' encodings would have to be
 * undone). Appearances are read unfiltered or Flate-compressed, at most
 * {@link MAX_APPEARANCE_BYTES} in all; one that cannot be read is taken as showing nothing.
 */
async function readAppearances(fields: FieldRecord[]): Promise<void> {
  let room = MAX_APPEARANCE_BYTES;
  for (const field of fields) {
    for (const stream of field.appearances ?? []) {
      if (room <= 0) return;
      const filter = stream.dict.lookup(PDFName.of('Filter'));
      const contents = stream.getContents();
      let bytes: Uint8Array | undefined;
      if (filter === undefined) bytes = contents.subarray(0, room);
      else if (
        filter === PDFName.of('FlateDecode') ||
        (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === PDFName.of('FlateDecode'))
      ) {
        const inflated = await inflateAtMost(contents, room);
        bytes = inflated.ok ? inflated.bytes : undefined;
      }
      if (bytes === undefined) continue;
      room -= bytes.length;
      if (showsText(bytes)) {
        field.unreadable = 'appearance-only';
        break;
      }
    }
  }
}

/** The `<id>@<version>` marker: the hidden field, else the Info entry, else a Keywords token. */
function findMarker(doc: PDFDocument, fields: FieldRecord[]): { id: string; version: number } | undefined {
  const fromField = fields.find((field) => field.name === MARKER_FIELD && field.kind === 'text');
  const candidates = [fromField?.value];
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) {
    const entry = info.lookup(PDFName.of(MARKER_INFO_KEY));
    if (entry instanceof PDFString || entry instanceof PDFHexString) candidates.push(decodePdfString(entry));
    const keywords = info.lookup(PDFName.of('Keywords'));
    if (keywords instanceof PDFString || keywords instanceof PDFHexString) {
      for (const token of decodePdfString(keywords).split(/[\s,;]+/)) {
        if (token.startsWith(MARKER_KEYWORD_PREFIX)) candidates.push(token.slice(MARKER_KEYWORD_PREFIX.length));
      }
    }
  }
  for (const candidate of candidates) {
    const marker = candidate === undefined ? undefined : parseMarkerValue(candidate);
    if (marker) return marker;
  }
  return undefined;
}

/** What {@link restoreAnswers} found: the parts of a successful {@link ReadResult}. */
type Restored = Omit<Extract<ReadResult, { ok: true }>, 'ok' | 'version'>;

/**
 * Fills every answer slot from the fields. Each field goes to the slot its name belongs to (see
 * field-names.ts), and the slot's kind reads its answer from them (`kinds/<kind>/pdf.ts`); what
 * belongs to no slot, or what the kind does not take, goes to `ignored` — except the card page's
 * fields (`card…`, `log…`: copies of answers and the chaperone's notes), which are skipped.
 */
async function restoreAnswers(definition: WorksheetDefinition, fields: FieldRecord[]): Promise<Restored> {
  const answers = emptyAnswers(definition);
  const slots = new Map(answerSlots(definition).map((slot) => [slot.key, slot]));
  const found = new Set<string>();
  const unreadable = new Map<string, UnreadableReason>();
  const keptIgnored: string[] = [];
  const pageIgnored = new Set<string>();

  // Answers of fields that were not shown come first, so a field drawn on the page wins.
  for (const field of fields) {
    if (field.name !== HIDDEN_ANSWERS_FIELD || field.kind !== 'text') continue;
    const { restored, left } = await restoreHiddenAnswers(field.value, slots, answers);
    for (const key of restored) found.add(key);
    keptIgnored.push(...left);
  }

  const bySlot = new Map<string, SlotFieldRecord[]>();
  for (const field of fields) {
    if (field.name === MARKER_FIELD || (field.name === HIDDEN_ANSWERS_FIELD && field.kind === 'text')) continue;
    const parsed = parseAnswerFieldName(field.name);
    // An answer key always wins over the card's name patterns (generation refuses a clash).
    if (parsed && slots.has(parsed.key))
      bySlot.set(parsed.key, [...(bySlot.get(parsed.key) ?? []), { ...field, part: parsed.part }]);
    else if (!(field.kind === 'text' && isCardFieldName(field.name))) pageIgnored.add(field.name);
  }
  for (const [key, records] of bySlot) {
    const slot = slots.get(key)!;
    const reading = await pdfOf(slot.field).read(slot, slot.field, records);
    for (const name of reading.ignored) pageIgnored.add(name);
    if (reading.found) found.add(key);
    if (reading.unreadable && !unreadable.has(key)) unreadable.set(key, reading.unreadable);
    // An answer with any piece unread is not given in part: a patient would not notice what is missing.
    if (reading.unreadable) answers[key] = slot.answer.empty;
    else if (reading.value !== undefined) answers[key] = reading.value;
  }

  // Names in the order the PDF lists its fields.
  const position = new Map<string, number>();
  fields.forEach((field, index) => position.has(field.name) || position.set(field.name, index));
  const pageOrder = [...pageIgnored].sort((a, b) => position.get(a)! - position.get(b)!);
  const order = [...slots.keys()];
  return {
    answers,
    ignored: [...new Set([...keptIgnored, ...pageOrder])],
    found: order.filter((key) => found.has(key) && !unreadable.has(key)),
    unreadable: order.filter((key) => unreadable.has(key)).map((key) => ({ key, reason: unreadable.get(key)! })),
  };
}

/**
 * Puts the answers kept in {@link HIDDEN_ANSWERS_FIELD} (a JSON object, see field-names.ts) into
 * `answers` by the rule drafts are fitted by (`fitAnswer`: the slot's type, and what its kind's
 * `fit` keeps — a real date, picks it offers), and only what the PDF engine can carry (a drawing
 * that decodes), as for the page's own fields.
 * @returns `restored`: keys put into `answers`; `left`: keys left out, wholly or partly (of no slot,
 * or of a value that does not fit), or the field's own name when it is not a JSON object at all
 */
async function restoreHiddenAnswers(
  json: string,
  slots: ReadonlyMap<string, AnswerSlot>,
  answers: WorksheetAnswers,
): Promise<{ restored: string[]; left: string[] }> {
  let kept: unknown;
  try {
    kept = JSON.parse(json);
  } catch {
    return { restored: [], left: [HIDDEN_ANSWERS_FIELD] };
  }
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept))
    return { restored: [], left: [HIDDEN_ANSWERS_FIELD] };
  const left: string[] = [];
  const restored: string[] = [];
  for (const [key, raw] of Object.entries(kept)) {
    const slot = slots.get(key);
    if (!slot) {
      left.push(key);
      continue;
    }
    const fitted = fitAnswer(slot, raw);
    const carries = slot.otherOf ? undefined : pdfOf(slot.field).carries;
    const value = !carries || (await carries(fitted.value)) ? fitted.value : slot.answer.empty;
    const whole = fitted.whole && value === fitted.value;
    if (!whole) left.push(key);
    // Nothing of it fitted: the question stays blank and is listed, like a pick no longer offered.
    if (!whole && JSON.stringify(value) === JSON.stringify(slot.answer.empty)) continue;
    answers[key] = value;
    restored.push(key);
  }
  return { restored, left };
}

/** Why the structure check refused a file, as the patient is told it. */
const structureFailure = (verdict: Exclude<StructureVerdict, 'ok'>): ReadFailureReason =>
  verdict === 'encrypted'
    ? 'encrypted'
    : verdict === 'too-many-objects' || verdict === 'too-much-content'
      ? 'too-complex'
      : 'damaged';

/**
 * Reads a worksheet PDF back into answers. Only field values are read: nothing in the file is
 * run, opened or followed (scripts, actions, links), and the PDF the form makes next is built
 * afresh from the answers, so none of that survives a resume.
 *
 * Checks, cheapest first: size (over 20 MB is refused before anything is parsed), the `%PDF-`
 * header, the last `%%EOF` end marker (a file cut short in a download or copy lacks it, and reading
 * what is left could silently lose answers; bytes after it are cut off, see {@link upToEndOfFile}),
 * a linear scan of the structure with object streams
 * inflated up to a limit (see `pdf-structure.ts`: it keeps pdf-lib off inputs it would take
 * minutes or gigabytes over), encryption (told apart when it opens without a password), a parse,
 * then the kit's marker and worksheet id, and whether any answer field is left (`flattened` if
 * not). The walk of the form is capped too, so every step is bounded by the file's size. Never
 * throws: anything unexpected is reported as damaged.
 *
 * Nothing is blank in silence: an answer whose field is there but whose value cannot be read is
 * listed in `unreadable` with why, and `found` lists the answers that did come back.
 *
 * @param bytes the file's contents
 * @param definition the worksheet being resumed; a PDF of an older version fills what still exists
 */
export async function readWorksheetPdf(
  bytes: ArrayBuffer | Uint8Array,
  definition: WorksheetDefinition,
): Promise<ReadResult> {
  const whole = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (whole.byteLength > MAX_PDF_BYTES) return failure('too-large');
  if (whole.byteLength === 0) return failure('empty');
  if (indexOf(whole, PDF_HEADER, 0, HEADER_WINDOW) < 0) return failure('not-pdf');
  const data = upToEndOfFile(whole);
  if (!data) return failure('damaged');
  // pdf-lib is very slow on junk between objects, on floods of objects and on long strings, and
  // inflates object streams in full: refuse those first.
  try {
    const { verdict, encryption } = await inspectStructure(data);
    if (verdict === 'encrypted' && encryption && (await opensWithoutPassword(encryption)))
      return failure('encrypted-no-password');
    if (verdict !== 'ok') return failure(structureFailure(verdict));
  } catch {
    return failure('damaged');
  }

  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(data, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
      parseSpeed: ParseSpeeds.Fastest,
    });
  } catch {
    return failure('damaged');
  }
  if (doc.isEncrypted) return failure('encrypted');

  try {
    const fields = readFields(doc);
    await readStreamValues(fields);
    await readAppearances(fields);
    const marker = findMarker(doc, fields);
    if (!marker) return failure('not-from-kit');
    if (marker.id !== definition.id) return failure('other-worksheet');
    const { answers, ignored, found, unreadable } = await restoreAnswers(definition, fields);
    // The marker survived (in the document information, say) but not one answer field did, of
    // this version or an older one: the form was flattened, and every answer would read as blank.
    if (found.length === 0 && unreadable.length === 0 && !ignored.some(isAnswerFieldName)) return failure('flattened');
    return { ok: true, answers, version: marker.version, ignored, found, unreadable };
  } catch (error) {
    return failure(error instanceof TooManyFields ? 'too-complex' : 'damaged');
  }
}

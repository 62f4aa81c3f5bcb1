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
import { answerSlots, choiceOptions, emptyAnswers, type AnswerSlot } from '../worksheets/answers';
import type { ChoiceField, WorksheetAnswers, WorksheetDefinition } from '../worksheets/types';
import { opensWithoutPassword } from './encryption';
import { HIDDEN_ANSWERS_FIELD, isCardFieldName, MARKER_FIELD, MARKER_INFO_KEY, MARKER_KEYWORD_PREFIX, parseContinuationName, parseMarkerValue } from './field-names';
import { inflateAtMost } from './inflate';
import { MAX_PDF_BYTES } from './limits';
import { inspectStructure, type StructureVerdict } from './pdf-structure';
import { decodePdfString, decodePdfText } from './pdf-text';
import { isSignatureValue } from './signature-image';

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

/**
 * Why one answer could not be read back. `appearance-only`: its field shows text but holds no
 * value (a reader flattened that one field); `too-long`: its value is stored as a stream past the
 * size limit (or in a compression the reader does not take); `conflicting`: a radio group whose
 * buttons show more than one pick, none of them the one its value names.
 */
export type UnreadableReason = 'appearance-only' | 'too-long' | 'conflicting';

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
  for (let at = data.lastIndexOf(END_OF_FILE[4]!); at >= END_OF_FILE.length - 1; at = data.lastIndexOf(END_OF_FILE[4]!, at - 1)) {
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

/** One terminal form field, as read. */
interface FieldRecord {
  name: string;
  kind: 'text' | 'checkbox' | 'radio' | 'choice' | 'other';
  /** Text, the picked export value, or `"on"`/`""` for a checkbox. */
  value: string;
  /** A text value stored as a stream, read after the walk by {@link readStreamValues}. */
  stream?: PDFRawStream;
  /**
   * A text or choice field with no `/V` at all: its widgets' normal appearances, which
   * {@link readAppearances} looks at to tell a blank field from one that only shows its text.
   */
  appearances?: PDFRawStream[];
  /** Why the value could not be read (`value` is then blank). */
  unreadable?: UnreadableReason;
}

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
    const partialName = partial instanceof PDFString || partial instanceof PDFHexString ? decodePdfString(partial) : undefined;
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
      const appearances = widgets.map((widget) => normalAppearance(widget, resolve)).filter((stream) => stream !== undefined);
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
      if (options instanceof PDFArray && index >= 0 && index < options.size()) return { name, kind: 'radio', value: text(resolve(options.get(index))) };
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
    else if (filter === PDFName.of('FlateDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === PDFName.of('FlateDecode'))) {
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
function normalAppearance(widget: PDFDict, resolve: (object: PDFObject | undefined) => PDFObject | undefined): PDFRawStream | undefined {
  const appearances = resolve(widget.get(PDFName.of('AP')));
  if (!(appearances instanceof PDFDict)) return undefined;
  const normal = resolve(appearances.get(PDFName.of('N')));
  return normal instanceof PDFRawStream ? normal : undefined;
}

/** PDF delimiters and white space (ISO 32000-1 Tables 1 and 2): what ends a token. */
const DELIMITER_OR_SPACE = new Uint8Array(256);
for (const char of ' \t\n\r\f\0()<>[]{}/%') DELIMITER_OR_SPACE[char.charCodeAt(0)] = 1;
const isDelimiterOrSpace = (byte: number) => DELIMITER_OR_SPACE[byte] === 1;
const isHexDigit = (byte: number) => (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66);

/**
 * Whether a content stream shows text: a text operator (`Tj`, `TJ`, `'`, `"`) whose operands
 * hold a string of at least one byte (an empty `() Tj` shows nothing). A field's own appearance
 * when blank is a border and `/Tx BMC EMC`, so this only finds text actually drawn. One pass over
 * the bytes, whatever they hold.
 */
function showsText(content: Uint8Array): boolean {
  let stringOperand = false;
  for (let at = 0; at < content.length; ) {
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
      else if (filter === PDFName.of('FlateDecode') || (filter instanceof PDFArray && filter.size() === 1 && filter.lookup(0) === PDFName.of('FlateDecode'))) {
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

const TEXT_KINDS = new Set<AnswerSlot['kind']>(['text', 'multiline', 'date', 'time']);

/**
 * Fills every answer slot from the fields; what does not match goes to `ignored`, except the card
 * page's fields (`card…`, `log…`: copies of answers and the chaperone's notes), which are skipped.
 * A signature field is taken only if it holds a PNG that decodes; anything else is ignored.
 */
async function restoreAnswers(
  definition: WorksheetDefinition,
  fields: FieldRecord[],
): Promise<{ answers: WorksheetAnswers; ignored: string[]; found: string[]; unreadable: { key: string; reason: UnreadableReason }[] }> {
  const answers = emptyAnswers(definition);
  const slots = new Map(answerSlots(definition).map((slot) => [slot.key, slot]));
  const pieces = new Map<string, Map<number, string>>();
  const picked = new Map<string, Set<string>>();
  const ignored = new Set<string>();
  const found = new Set<string>();
  const unreadable = new Map<string, UnreadableReason>();
  /** The slot `key` had a field; `reason` when its value could not be read (the first reason stays). */
  const saw = (key: string, reason?: UnreadableReason) => {
    found.add(key);
    if (reason && !unreadable.has(key)) unreadable.set(key, reason);
  };

  // Answers of fields that were not shown come first, so a field drawn on the page wins.
  for (const field of fields) {
    if (field.name !== HIDDEN_ANSWERS_FIELD || field.kind !== 'text') continue;
    const { restored, left } = await restoreHiddenAnswers(field.value, slots, answers);
    for (const key of restored) saw(key);
    for (const key of left) ignored.add(key);
  }

  for (const field of fields) {
    if (field.name === MARKER_FIELD || (field.name === HIDDEN_ANSWERS_FIELD && field.kind === 'text')) continue;
    if (field.kind === 'text') {
      const signature = slots.get(field.name);
      if (signature?.kind === 'signature') {
        if (field.unreadable) {
          saw(signature.key, field.unreadable);
          continue;
        }
        if (field.value === '' || (await isSignatureValue(field.value))) {
          answers[signature.key] = field.value;
          saw(signature.key);
          continue;
        }
        ignored.add(field.name);
        continue;
      }
      const parsed = parseContinuationName(field.name);
      const slot = parsed && slots.get(parsed.key);
      if (parsed && slot && TEXT_KINDS.has(slot.kind)) {
        const slotPieces = pieces.get(parsed.key) ?? new Map<number, string>();
        slotPieces.set(parsed.index, field.value);
        pieces.set(parsed.key, slotPieces);
        saw(parsed.key, field.unreadable);
        continue;
      }
    } else if (field.kind === 'checkbox') {
      const slot = slots.get(field.name);
      if (slot?.kind === 'checkbox') {
        answers[slot.key] = field.value === 'on';
        saw(slot.key, field.unreadable);
        continue;
      }
      const dot = field.name.lastIndexOf('.');
      const group = dot > 0 ? slots.get(field.name.slice(0, dot)) : undefined;
      const option = field.name.slice(dot + 1);
      if (group?.kind === 'choices' && choiceOptions(group.field as ChoiceField).some((candidate) => candidate.value === option)) {
        if (field.value === 'on') {
          const set = picked.get(group.key) ?? new Set<string>();
          set.add(option);
          picked.set(group.key, set);
        }
        saw(group.key, field.unreadable);
        continue;
      }
    } else if (field.kind === 'radio' || field.kind === 'choice') {
      const slot = slots.get(field.name);
      if (slot?.kind === 'choice') {
        if (field.unreadable || field.value === '') {
          saw(slot.key, field.unreadable);
          continue;
        }
        if (choiceOptions(slot.field as ChoiceField).some((option) => option.value === field.value)) {
          answers[slot.key] = field.value;
          saw(slot.key);
          continue;
        }
        // A pick this version no longer offers: the question stays blank and the field is listed.
      }
    }
    // The card page's fields mirror answers or hold the chaperone's notes: not answers.
    if (field.kind === 'text' && isCardFieldName(field.name)) continue;
    ignored.add(field.name);
  }

  for (const [key, slotPieces] of pieces) {
    // Pieces join in order, with nothing between them (see field-names.ts).
    answers[key] = [...slotPieces.entries()].sort(([a], [b]) => a - b).map(([, text]) => text).join('');
  }
  for (const [key, set] of picked) {
    const slot = slots.get(key)!;
    answers[key] = choiceOptions(slot.field as ChoiceField).map((option) => option.value).filter((value) => set.has(value));
  }
  // An answer with any piece unread is not given in part: a patient would not notice what is missing.
  const empty = emptyAnswers(definition);
  for (const key of unreadable.keys()) answers[key] = empty[key]!;
  const order = [...slots.keys()];
  return {
    answers,
    ignored: [...ignored],
    found: order.filter((key) => found.has(key) && !unreadable.has(key)),
    unreadable: order.filter((key) => unreadable.has(key)).map((key) => ({ key, reason: unreadable.get(key)! })),
  };
}

/**
 * Whether a field name is shaped like one of the kit's answers, of this version or an older one:
 * `<key>`, `<key>__<n>` or `<key>.<option>` (see field-names.ts).
 */
const isAnswerShaped = (name: string) => parseContinuationName(name) !== undefined || /^[a-z][a-zA-Z0-9]*\.[a-zA-Z0-9-]+$/.test(name);

/**
 * Puts the answers kept in {@link HIDDEN_ANSWERS_FIELD} (a JSON object, see field-names.ts) into
 * `answers`, each only when it has its slot's type and the slot can hold it (a pick it offers, a
 * drawing that decodes), as for the page's own fields.
 * @returns `restored`: keys put into `answers`; `left`: keys left out, of no slot or of a value
 * that does not fit, or the field's own name when it is not a JSON object at all
 */
async function restoreHiddenAnswers(json: string, slots: ReadonlyMap<string, AnswerSlot>, answers: WorksheetAnswers): Promise<{ restored: string[]; left: string[] }> {
  let kept: unknown;
  try {
    kept = JSON.parse(json);
  } catch {
    return { restored: [], left: [HIDDEN_ANSWERS_FIELD] };
  }
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return { restored: [], left: [HIDDEN_ANSWERS_FIELD] };
  const ignored: string[] = [];
  const restored: string[] = [];
  for (const [key, value] of Object.entries(kept)) {
    const slot = slots.get(key);
    const values = slot && (slot.kind === 'choice' || slot.kind === 'choices') ? choiceOptions(slot.field as ChoiceField).map((option) => option.value) : [];
    let fits = false;
    if (!slot) fits = false;
    else if (slot.kind === 'checkbox') fits = typeof value === 'boolean';
    else if (slot.kind === 'choices') fits = Array.isArray(value) && value.every((pick) => values.includes(pick as string));
    else if (typeof value !== 'string') fits = false;
    else if (slot.kind === 'choice') fits = value === '' || values.includes(value);
    else if (slot.kind === 'signature') fits = value === '' || (await isSignatureValue(value));
    else fits = true;
    if (fits && slot) {
      answers[slot.key] = slot.kind === 'choices' ? values.filter((option) => (value as string[]).includes(option)) : (value as string | boolean);
      restored.push(slot.key);
    } else ignored.push(key);
  }
  return { restored, left: ignored };
}

/** Why the structure check refused a file, as the patient is told it. */
const structureFailure = (verdict: Exclude<StructureVerdict, 'ok'>): ReadFailureReason =>
  verdict === 'encrypted' ? 'encrypted' : verdict === 'too-many-objects' || verdict === 'too-much-content' ? 'too-complex' : 'damaged';

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
export async function readWorksheetPdf(bytes: ArrayBuffer | Uint8Array, definition: WorksheetDefinition): Promise<ReadResult> {
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
    if (verdict === 'encrypted' && encryption && (await opensWithoutPassword(encryption))) return failure('encrypted-no-password');
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
    if (found.length === 0 && unreadable.length === 0 && !ignored.some(isAnswerShaped)) return failure('flattened');
    return { ok: true, answers, version: marker.version, ignored, found, unreadable };
  } catch (error) {
    return failure(error instanceof TooManyFields ? 'too-complex' : 'damaged');
  }
}

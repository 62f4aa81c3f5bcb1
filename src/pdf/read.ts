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
import { HIDDEN_ANSWERS_FIELD, isCardFieldName, MARKER_FIELD, MARKER_INFO_KEY, MARKER_KEYWORD_PREFIX, parseContinuationName, parseMarkerValue } from './field-names';
import { inflateAtMost } from './inflate';
import { MAX_PDF_BYTES } from './limits';
import { checkStructure, type StructureVerdict } from './pdf-structure';
import { decodePdfText } from './pdf-text';
import { isSignatureValue } from './signature-image';

/**
 * Reads a worksheet PDF made by `generate.ts` — and perhaps edited since in any reader — back
 * into answers ("resume"). Runs on the device like everything else; the file is never sent.
 */

/**
 * Why a file could not be read. `too-complex`: far more objects, fields or text than any worksheet
 * PDF (see `pdf-structure.ts`), or, in the browser, a read that ran out of time (`read-in-worker.ts`).
 */
export type ReadFailureReason = 'empty' | 'not-pdf' | 'encrypted' | 'damaged' | 'not-from-kit' | 'other-worksheet' | 'too-large' | 'too-complex';

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
    }
  | {
      ok: false;
      reason: ReadFailureReason;
      /** What went wrong and what to do, in plain words for the patient (GOV.UK style). */
      message: string;
    };

export { MAX_PDF_BYTES };

/** Most fields walked: a worksheet has a few hundred at most; this only bounds a hostile file's cost. */
const MAX_FIELDS = 10_000;
/** Deepest field hierarchy walked (ours is 2 deep). */
const MAX_DEPTH = 32;
/** Most bytes read from text values stored as streams, all together, once inflated (an answer is a few KB). */
const MAX_STREAM_VALUE_BYTES = 1024 * 1024;
/**
 * Acrobat accepts the `%PDF-` header anywhere in the first 1,024 bytes and `%%EOF` anywhere in the
 * last 1,024 (PDF Reference 1.7, Appendix H, implementation notes 13 and 18); so do we.
 */
const HEADER_WINDOW = 1024;

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const PDF_HEADER = ascii('%PDF-');
const END_OF_FILE = ascii('%%EOF');

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

/** Lower-cases the first letter of a title for use mid-sentence: "your intention worksheet". */
const midSentence = (title: string) => title.charAt(0).toLowerCase() + title.slice(1);

function failure(reason: ReadFailureReason, definition: WorksheetDefinition): ReadResult {
  const yours = `the PDF of your ${midSentence(definition.title)}`;
  const messages: Record<ReadFailureReason, string> = {
    'too-large': 'The selected file must be smaller than 20 MB',
    'too-complex': `The selected file holds far more than a worksheet PDF. Choose ${yours} that you saved from this site`,
    empty: 'The selected file is empty',
    'not-pdf': 'The selected file must be a PDF',
    encrypted: `The selected file is password protected. Choose a copy of ${yours} without a password`,
    damaged: `The selected file is damaged or incomplete. Choose another copy of ${yours}`,
    'not-from-kit': `The selected file was not made with KAP Prep Kit. Choose ${yours} that you saved from this site`,
    'other-worksheet': `The selected file is a different worksheet. Choose ${yours}`,
  };
  return { ok: false, reason, message: messages[reason] };
}

/** One terminal form field, as read. */
interface FieldRecord {
  name: string;
  kind: 'text' | 'checkbox' | 'radio' | 'choice' | 'other';
  /** Text, the picked export value, or `"on"`/`""` for a checkbox. */
  value: string;
  /** A text value stored as a stream, read after the walk by {@link readStreamValues}. */
  stream?: PDFRawStream;
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
    const partialName = partial instanceof PDFString || partial instanceof PDFHexString ? decodePdfText(partial.asBytes()) : undefined;
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
    if (object instanceof PDFString || object instanceof PDFHexString) return decodePdfText(object.asBytes());
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
      // The state is /V; a reader that only updated the widgets' /AS is read from those.
      let state = value instanceof PDFName ? value.decodeText() : undefined;
      if (state === undefined) {
        for (const widget of widgets) {
          const appearanceState = resolve(widget.get(PDFName.of('AS')));
          if (appearanceState instanceof PDFName && appearanceState.decodeText() !== 'Off') state = appearanceState.decodeText();
        }
      }
      const on = state !== undefined && state !== 'Off' && state !== '';
      if (!(field.flags & RADIO)) return { name, kind: 'checkbox', value: on ? 'on' : '' };
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
    if (bytes === undefined) continue;
    room -= bytes.length;
    field.value = decodePdfText(bytes);
  }
}

/** The `<id>@<version>` marker: the hidden field, else the Info entry, else a Keywords token. */
function findMarker(doc: PDFDocument, fields: FieldRecord[]): { id: string; version: number } | undefined {
  const fromField = fields.find((field) => field.name === MARKER_FIELD && field.kind === 'text');
  const candidates = [fromField?.value];
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) {
    const entry = info.lookup(PDFName.of(MARKER_INFO_KEY));
    if (entry instanceof PDFString || entry instanceof PDFHexString) candidates.push(decodePdfText(entry.asBytes()));
    const keywords = info.lookup(PDFName.of('Keywords'));
    if (keywords instanceof PDFString || keywords instanceof PDFHexString) {
      for (const token of decodePdfText(keywords.asBytes()).split(/[\s,;]+/)) {
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
async function restoreAnswers(definition: WorksheetDefinition, fields: FieldRecord[]): Promise<{ answers: WorksheetAnswers; ignored: string[] }> {
  const answers = emptyAnswers(definition);
  const slots = new Map(answerSlots(definition).map((slot) => [slot.key, slot]));
  const pieces = new Map<string, Map<number, string>>();
  const picked = new Map<string, Set<string>>();
  const ignored = new Set<string>();

  // Answers of fields that were not shown come first, so a field drawn on the page wins.
  for (const field of fields) {
    if (field.name !== HIDDEN_ANSWERS_FIELD || field.kind !== 'text') continue;
    for (const key of await restoreHiddenAnswers(field.value, slots, answers)) ignored.add(key);
  }

  for (const field of fields) {
    if (field.name === MARKER_FIELD || (field.name === HIDDEN_ANSWERS_FIELD && field.kind === 'text')) continue;
    if (field.kind === 'text') {
      const signature = slots.get(field.name);
      if (signature?.kind === 'signature') {
        if (field.value === '' || (await isSignatureValue(field.value))) {
          answers[signature.key] = field.value;
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
        continue;
      }
    } else if (field.kind === 'checkbox') {
      const slot = slots.get(field.name);
      if (slot?.kind === 'checkbox') {
        answers[slot.key] = field.value === 'on';
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
        continue;
      }
    } else if (field.kind === 'radio' || field.kind === 'choice') {
      const slot = slots.get(field.name);
      if (slot?.kind === 'choice') {
        if (field.value === '') continue;
        if (choiceOptions(slot.field as ChoiceField).some((option) => option.value === field.value)) {
          answers[slot.key] = field.value;
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
  return { answers, ignored: [...ignored] };
}

/**
 * Puts the answers kept in {@link HIDDEN_ANSWERS_FIELD} (a JSON object, see field-names.ts) into
 * `answers`, each only when it has its slot's type and the slot can hold it (a pick it offers, a
 * drawing that decodes), as for the page's own fields.
 * @returns keys left out: of no slot, or of a value that does not fit; the field's own name when
 * it is not a JSON object at all
 */
async function restoreHiddenAnswers(json: string, slots: ReadonlyMap<string, AnswerSlot>, answers: WorksheetAnswers): Promise<string[]> {
  let kept: unknown;
  try {
    kept = JSON.parse(json);
  } catch {
    return [HIDDEN_ANSWERS_FIELD];
  }
  if (typeof kept !== 'object' || kept === null || Array.isArray(kept)) return [HIDDEN_ANSWERS_FIELD];
  const ignored: string[] = [];
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
    if (fits && slot) answers[slot.key] = slot.kind === 'choices' ? values.filter((option) => (value as string[]).includes(option)) : (value as string | boolean);
    else ignored.push(key);
  }
  return ignored;
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
 * header, the `%%EOF` end marker (a file cut short in a download or copy lacks it, and reading what
 * is left could silently lose answers), a linear scan of the structure with object streams
 * inflated up to a limit (see `pdf-structure.ts`: it keeps pdf-lib off inputs it would take
 * minutes or gigabytes over), a parse, encryption, then the kit's marker and worksheet id. The walk
 * of the form is capped too, so every step is bounded by the file's size. Never throws: anything
 * unexpected is reported as damaged.
 *
 * @param bytes the file's contents
 * @param definition the worksheet being resumed; a PDF of an older version fills what still exists
 */
export async function readWorksheetPdf(bytes: ArrayBuffer | Uint8Array, definition: WorksheetDefinition): Promise<ReadResult> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (data.byteLength > MAX_PDF_BYTES) return failure('too-large', definition);
  if (data.byteLength === 0) return failure('empty', definition);
  if (indexOf(data, PDF_HEADER, 0, HEADER_WINDOW) < 0) return failure('not-pdf', definition);
  if (indexOf(data, END_OF_FILE, data.length - HEADER_WINDOW, data.length) < 0) return failure('damaged', definition);
  // pdf-lib is very slow on junk between objects, on floods of objects and on long strings, and
  // inflates object streams in full: refuse those first.
  try {
    const verdict = await checkStructure(data);
    if (verdict !== 'ok') return failure(structureFailure(verdict), definition);
  } catch {
    return failure('damaged', definition);
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
    return failure('damaged', definition);
  }
  if (doc.isEncrypted) return failure('encrypted', definition);

  try {
    const fields = readFields(doc);
    await readStreamValues(fields);
    const marker = findMarker(doc, fields);
    if (!marker) return failure('not-from-kit', definition);
    if (marker.id !== definition.id) return failure('other-worksheet', definition);
    const { answers, ignored } = await restoreAnswers(definition, fields);
    return { ok: true, answers, version: marker.version, ignored };
  } catch (error) {
    return failure(error instanceof TooManyFields ? 'too-complex' : 'damaged', definition);
  }
}

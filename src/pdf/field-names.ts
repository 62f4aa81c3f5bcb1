import type { WorksheetDefinition } from '../worksheets/types';

/**
 * How answers are named inside a worksheet PDF — the one place the names are written down: the
 * contract between drawing and reading (each field kind's `src/worksheets/kinds/<kind>/pdf.ts`,
 * `generate.ts`, `read.ts`), and with every PDF a patient has already saved, so it never changes
 * once released. Reading sorts each field to its answer with {@link parseAnswerFieldName}.
 *
 * - A text answer is the text field `<key>` (the answer slot's key: a field id, or `<id>Other`).
 * - An answer too tall for one page continues in `<key>__2`, `<key>__3`, … on the next pages.
 *   The pieces are cut at line starts and hold the original string's characters exactly, so
 *   `<key>` + `<key>__2` + … (plain concatenation, no separator) IS the answer. Field ids are
 *   camelCase letters and digits (enforced by `answerSlots`), so `__` can never be part of one.
 * - A yes/no answer is the checkbox `<key>`.
 * - A pick-one answer (radio or select) is the radio group `<key>`; each button's export value is
 *   the option's `value`.
 * - A pick-several answer is one checkbox per option, `<key>.<optionValue>`: a field hierarchy
 *   (ISO 32000-1 §12.7.3.2, "." separates partial names), so readers list them under the question.
 *   Option values are letters, digits and dashes, never a ".".
 * - A drawn signature (the pad's strokes, or an older answer's PNG `data:` URL) is the hidden,
 *   read-only text field `<key>`, holding the value exactly (or nothing when there is no drawing);
 *   the page shows the drawing in a box.
 * - The card pages (`definition.cards`) add fields that are NOT answers, which resume skips without
 *   listing them in `ignored`:
 *   - `card<Key>` for each phone number, `<Key>` being the entry's `answerKey` with its first
 *     letter capitalised (`providerPhone` → `cardProviderPhone`): a large-type copy of that
 *     answer that a chaperone can correct in a reader. The answer itself stays in `<key>`.
 *   - `log<Row><Column>` for each cell of a log grid, rows numbered from 1 and the column id
 *     capitalised (`log3Time`, `log3BloodPressure`): the chaperone's own notes, blank when made.
 *   An answer key always wins over these patterns, and generation refuses a definition where a
 *   card field would take an answer's name.
 * - Answers of fields not shown (a `showWhen` that does not hold) are not printed: the page is
 *   what the patient saw. Those that are not empty are kept, so resume brings them back, as one
 *   JSON object `{ "<key>": value }` (values as in `WorksheetAnswers`) in the hidden, read-only
 *   text field {@link HIDDEN_ANSWERS_FIELD}, absent when there are none. A field drawn on the
 *   page wins over the same key there.
 * - The worksheet id and version are the hidden read-only text field {@link MARKER_FIELD}, and are
 *   repeated in the document information: the custom entry {@link MARKER_INFO_KEY} and a Keywords
 *   token `KapPrepKit:<id>@<version>`. Three copies because readers that rewrite a file on save may
 *   drop custom Info entries or Keywords; resume accepts any one of them.
 */

/** Separator of continuation fields: `<key>__<n>`. */
const CONTINUATION = '__';

/** The name of the `index`-th piece of an answer (0-based): `<key>`, then `<key>__2`, … */
export function continuationName(key: string, index: number): string {
  return index === 0 ? key : `${key}${CONTINUATION}${index + 1}`;
}

/**
 * Splits a text field's name into its answer key and 0-based piece number, or `undefined` when the
 * name is not of the form `<key>` / `<key>__<n>` (n ≥ 2).
 */
export function parseContinuationName(name: string): { key: string; index: number } | undefined {
  const match = /^([a-z][a-zA-Z0-9]*)(?:__([1-9][0-9]{0,3}))?$/.exec(name);
  if (!match) return undefined;
  const piece = match[2] === undefined ? 1 : Number(match[2]);
  if (piece < 2 && match[2] !== undefined) return undefined;
  return { key: match[1]!, index: piece - 1 };
}

/** Which part of an answer a PDF field holds: a piece of its text (0-based), or one option of a pick-several answer. */
export type AnswerFieldPart = { piece: number } | { option: string };

/** An option value as it may appear in `<key>.<optionValue>`: letters, digits and dashes (checked by the choice kinds). */
const OPTION_PART = /^([a-z][a-zA-Z0-9]*)\.([a-zA-Z0-9-]+)$/;

/**
 * The answer key a PDF field's name belongs to, and which part of the answer it holds: `<key>`
 * (piece 0: the whole answer, or its first piece), `<key>__<n>` (piece n − 1) or
 * `<key>.<optionValue>`. `undefined` for any other name (the marker, card fields, a reader's own).
 * Whether the answer's kind takes that part is for the kind to say (`kinds/<kind>/pdf.ts`).
 */
export function parseAnswerFieldName(name: string): { key: string; part: AnswerFieldPart } | undefined {
  const piece = parseContinuationName(name);
  if (piece) return { key: piece.key, part: { piece: piece.index } };
  const option = OPTION_PART.exec(name);
  return option ? { key: option[1]!, part: { option: option[2]! } } : undefined;
}

/**
 * Whether a field name is shaped like one of the kit's answers, of this version or an older one
 * (see {@link parseAnswerFieldName}).
 */
export const isAnswerFieldName = (name: string): boolean => parseAnswerFieldName(name) !== undefined;

const capitalised = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

/** The card page's large-type copy of the answer `answerKey`: `card<AnswerKey>`. */
export function cardFieldName(answerKey: string): string {
  return `card${capitalised(answerKey)}`;
}

/** One cell of a card's log grid: `log<row><ColumnId>`, rows from 1. */
export function logFieldName(row: number, columnId: string): string {
  return `log${row}${capitalised(columnId)}`;
}

/** Whether a field name has the shape of a card field ({@link cardFieldName}, {@link logFieldName}). */
export function isCardFieldName(name: string): boolean {
  return /^card[A-Z][a-zA-Z0-9]*$/.test(name) || /^log[1-9][0-9]{0,4}[A-Z][a-zA-Z0-9]*$/.test(name);
}

/** The checkbox of one option of a pick-several answer. */
export function optionFieldName(key: string, optionValue: string): string {
  return `${key}.${optionValue}`;
}

/**
 * The hidden field naming the worksheet. It starts with "_", which no field id can, so it never
 * collides with an answer. Form fields are the part of a PDF every form-filling reader must keep
 * (they hold the answers), which makes this the sturdiest place for the marker.
 */
export const MARKER_FIELD = '_kapPrepKit';

/**
 * The hidden field keeping the answers of fields not shown, as JSON (see above). Starts with "_"
 * like the marker, so it never collides with an answer.
 */
export const HIDDEN_ANSWERS_FIELD = '_kapHiddenAnswers';

/** The custom document-information entry holding the marker (ISO 32000-1 §14.3.3 allows any key). */
export const MARKER_INFO_KEY = 'KapPrepKit';

/** Start of the Keywords token holding the marker: `KapPrepKit:intention@1`. */
export const MARKER_KEYWORD_PREFIX = 'KapPrepKit:';

/** What the marker says: `<worksheet id>@<version>`, e.g. `intention@1`. */
export function markerValue(definition: Pick<WorksheetDefinition, 'id' | 'version'>): string {
  return `${definition.id}@${definition.version}`;
}

/** Reads a marker value back, or `undefined` when it is not one. */
export function parseMarkerValue(value: string): { id: string; version: number } | undefined {
  const match = /^\s*([a-z][a-z0-9-]*)@([0-9]{1,6})\s*$/.exec(value);
  return match ? { id: match[1]!, version: Number(match[2]) } : undefined;
}

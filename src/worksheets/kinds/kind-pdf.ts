import type { PDFDocument } from 'pdf-lib';
import type { FieldCanvas } from '../../pdf/field-canvas';
import type { AnswerFieldPart } from '../../pdf/field-names';
import type { FieldRecord, UnreadableReason } from '../../pdf/field-record';
import type { AnswerSlot } from '../answers';
import type { AnswerValue } from '../types';
import type { FieldBase } from './field-kind';

/**
 * A field kind's `pdf.ts`: how a question of that kind is drawn into the worksheet PDF and how its
 * answer is read back from the PDF's form fields. Only the PDF engine loads these (see
 * `pdf-table.ts`), so the worksheet page ships no pdf-lib before "Download PDF". The names the
 * fields get are in `src/pdf/field-names.ts`, the one place they are written down.
 */

/** One question to draw: its field, its answers and what to draw with. */
export interface FieldDrawing<F, P = unknown> {
  field: F;
  /**
   * The question as a PDF reader names the field (its accessible name, `/TU`) and heads an answer
   * continued on the next page: the label, or in a repeated section's entry "Entry 2: " and the
   * label, since every entry asks the same questions.
   */
  name: string;
  /** The field's own answer, coerced to its kind's type. */
  value: AnswerValue;
  /** Every answer of the worksheet by key (a choice field's "Other" text is `<id>Other`). */
  values: ReadonlyMap<string, AnswerValue>;
  /** What {@link KindPdf.prepare} made for it, if anything. */
  prepared: P | undefined;
  canvas: FieldCanvas;
}

/** A PDF field that belongs to one answer slot, with the part of the answer its name says it holds. */
export interface SlotFieldRecord extends FieldRecord {
  part: AnswerFieldPart;
}

/** What a kind read back for one answer slot. */
export interface SlotReading {
  /** Whether the PDF had a field the slot takes (it then counts as found, or as unreadable). */
  found: boolean;
  /** The answer read back; `undefined` when there was none to take. */
  value?: AnswerValue;
  /** Why the answer could not be read, when it could not (its value is then the empty value). */
  unreadable?: UnreadableReason;
  /** Names of the slot's fields the kind did not take (a field of another type, a pick no longer offered). */
  ignored: string[];
}

/**
 * The PDF side of one field kind.
 * @typeParam F the field's type
 * @typeParam P what {@link prepare} makes for drawing (an embedded image, say)
 */
export interface KindPdf<F extends FieldBase & { kind: string }, P = unknown> {
  /** The kind's name; the same as its folder's. */
  readonly kind: F['kind'];
  /**
   * Runs before any page is drawn, for work that is asynchronous (decoding and embedding a drawing).
   * @returns the value to draw and keep (a value the PDF cannot carry becomes the empty value, never
   * stopping the download) and what {@link draw} needs
   */
  prepare?(value: AnswerValue, doc: PDFDocument): Promise<{ value: AnswerValue; prepared?: P }>;
  /**
   * The text the question draws besides its label and hint — its options, its typed answers — so
   * the engine knows which fonts the page needs.
   */
  texts(field: F, values: ReadonlyMap<string, AnswerValue>): string[];
  /**
   * Height that must fit below a section heading when this is the section's first question, so the
   * heading is not left alone at the foot of a page.
   */
  keepHeight(drawing: FieldDrawing<F, P>): number;
  /** Draws the question at the cursor: its label and the form fields that hold its answers. */
  draw(drawing: FieldDrawing<F, P>): void;
  /**
   * The answer of one slot of a field of this kind (its own, or its "Other" text), from the PDF's
   * fields whose names belong to that slot (`<key>`, `<key>__<n>`, `<key>.<option>`), in the order
   * the PDF lists them.
   */
  read(slot: AnswerSlot, field: F, records: readonly SlotFieldRecord[]): Promise<SlotReading>;
  /**
   * Whether the PDF engine can carry a value its kind's `fit` already keeps, when that takes more
   * than `fit` can say without the engine (a drawing must decode). Applied to answers kept hidden
   * in a PDF, as to the ones drawn. All values, by default.
   */
  carries?(value: AnswerValue): Promise<boolean>;
}

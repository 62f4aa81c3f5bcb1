import type { FieldCanvas, TextAnswerOptions } from '../../../pdf/field-canvas';
import { shortBoxWidth } from '../../../pdf/page-style';
import type { PdfWording } from '../../../pdf/wording';
import type { FieldBase } from '../field-kind';
import type { KindPdf, SlotFieldRecord, SlotReading } from '../kind-pdf';

/**
 * The PDF side of typed text: one text field `<key>` sized to the answer, continued in `<key>__2`, …
 * when it is taller than a page (see pdf/field-names.ts), read back by joining the pieces.
 */

/** How a kind of typed text looks in the PDF. */
export interface TextLook {
  /** A line under the label, after the hint: the format of a date or a time. */
  note?: string;
  /** A box of several lines from the start (a textarea), rather than one that grows when it must. */
  multiline: boolean;
  /** Lines the box has even when empty, so there is room to write by hand. */
  minLines: number;
  /** A narrow box while the answer fits (dates, times). */
  short: boolean;
}

/**
 * The options {@link FieldCanvas.textAnswer} draws a field's own text answer with.
 * @param name the question as readers name the field (`FieldDrawing.name`)
 */
export function textOptions(canvas: FieldCanvas, field: FieldBase, name: string, look: TextLook): TextAnswerOptions {
  return {
    label: canvas.printedLabel(field),
    notes: [field.hint, look.note].filter((note): note is string => Boolean(note)),
    accessibleName: name,
    multiline: look.multiline,
    minLines: look.minLines,
    preferredWidth: look.short ? shortBoxWidth : canvas.flow.width,
  };
}

/**
 * A text answer from its fields: the text fields `<key>`, `<key>__2`, … joined in order with
 * nothing between them (the pieces hold the original characters exactly). Any other field of the
 * slot's name (a checkbox, a list) is not this answer.
 */
export function readText(records: readonly SlotFieldRecord[]): SlotReading {
  const pieces = new Map<number, string>();
  const ignored: string[] = [];
  let unreadable: SlotReading['unreadable'];
  for (const record of records) {
    if (record.kind !== 'text' || !('piece' in record.part)) {
      ignored.push(record.name);
      continue;
    }
    pieces.set(record.part.piece, record.value);
    unreadable ??= record.unreadable;
  }
  if (pieces.size === 0) return { found: false, ignored };
  const value = [...pieces.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, text]) => text)
    .join('');
  return { found: true, value, unreadable, ignored };
}

/**
 * The `pdf.ts` of a kind of typed text.
 * @param look how a field of it looks, from its definition and the PDF's words (a date's format
 * note is `wording.dateFormat`, in the PDF's language)
 */
export function textPdf<F extends FieldBase & { kind: string }>(
  kind: F['kind'],
  look: (field: F, wording: PdfWording) => TextLook,
): KindPdf<F> {
  return {
    kind,
    texts: (field, values) => {
      const value = values.get(field.id);
      return typeof value === 'string' ? [value] : [];
    },
    keepHeight: ({ field, name, value, canvas }) =>
      canvas.planText(String(value), textOptions(canvas, field, name, look(field, canvas.wording))).keep,
    draw: ({ field, name, value, canvas }) =>
      canvas.textAnswer(field.id, String(value), textOptions(canvas, field, name, look(field, canvas.wording))),
    read: async (_slot, _field, records) => readText(records),
  };
}

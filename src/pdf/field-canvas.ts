import type { PDFCheckBox, PDFForm, PDFPage } from 'pdf-lib';
import type { WorksheetField } from '../worksheets/types';
import {
  addTextWidget,
  answerAppearance,
  boxHeight,
  createTextField,
  defaultAppearance,
  innerWidth,
  linesThatFit,
  setAccessibleName,
  setTextAppearance,
  type AnswerMetrics,
} from './answer-box';
import { continuationName } from './field-names';
import type { DrawingFont, WorksheetFonts } from './fonts';
import { hasLineBreak, type LaidOutLine } from './line-breaking';
import type { PageFlow } from './page-flow';
import { colour, fontSize, leading, space, toggle } from './page-style';
import type { PdfWording } from './wording';

/**
 * What a field kind draws a question with (`kinds/<kind>/pdf.ts`): its label, text boxes that grow
 * with the answer and continue on later pages, and checkboxes with their labels, each at the
 * cursor of the page flow and in reading order (which is also the Tab order in readers).
 */

/** Lines a text box keeps below its label when the rest of a tall answer must go on later pages. */
const MIN_LINES_WITH_LABEL = 3;

/**
 * The label as printed: "(optional)" after fields that are not required; never an asterisk.
 * @param wording the PDF's words, in its language (`FieldCanvas.wording`)
 */
export function printedLabel(
  field: Pick<WorksheetField, 'label' | 'required'>,
  wording: Pick<PdfWording, 'optional'>,
): string {
  return field.required ? field.label : `${field.label} ${wording.optional}`;
}

/** How a text answer is drawn: its label, notes under the label, and its box. */
export interface TextAnswerOptions {
  label: string;
  /** Lines under the label: the hint, the date or time format. */
  notes: readonly string[];
  /** The field's `/TU`: the label without "(optional)". */
  accessibleName: string;
  multiline: boolean;
  /** Lines the box has even when empty, so there is room to write. */
  minLines: number;
  /** Box width while the answer fits on one line (dates and times are narrower). */
  preferredWidth: number;
}

/** The result of {@link FieldCanvas.planText}. */
export interface TextPlan {
  lines: LaidOutLine[];
  width: number;
  singleLine: boolean;
  /** Lines of the box: the text's, or the minimum when the text is shorter. */
  totalLines: number;
  /** Height to keep together below the cursor before the label is drawn. */
  keep: number;
}

/** Draws questions onto a worksheet's pages; one per PDF. */
export class FieldCanvas {
  constructor(
    /** The pages and the cursor. */
    readonly flow: PageFlow,
    /** The PDF's form, which every answer's field joins. */
    readonly form: PDFForm,
    readonly fonts: WorksheetFonts,
    /** Font size and padding of answer boxes. */
    readonly metrics: AnswerMetrics,
    /** The words the engine adds ("(optional)", the date format, "continued"), in the PDF's language. */
    readonly wording: PdfWording,
  ) {}

  /** A question's label as printed (see {@link printedLabel}), in the PDF's language. */
  printedLabel(field: Pick<WorksheetField, 'label' | 'required'>): string {
    return printedLabel(field, this.wording);
  }

  /** The font of labels' notes, answers and options. */
  get body(): DrawingFont {
    return this.fonts.body;
  }

  /** A question's label and its notes (hint, format), drawn at the cursor. */
  drawLabel(label: string, notes: readonly string[]): void {
    this.flow.drawText(label, { font: this.fonts.heading, size: fontSize.label, color: colour.text });
    for (const note of notes) this.flow.drawText(note, { font: this.body, size: fontSize.hint, color: colour.muted });
    this.flow.advance(space.afterLabel);
  }

  /** Height of a label and its notes, as {@link drawLabel} draws them. */
  labelHeight(label: string, notes: readonly string[]): number {
    let height = this.flow.measureText(label, this.fonts.heading, fontSize.label) + space.afterLabel;
    for (const note of notes) height += this.flow.measureText(note, this.body, fontSize.hint);
    return height;
  }

  /** How a text answer will be laid out: its lines, box width and whether it stays single-line. */
  planText(value: string, options: TextAnswerOptions): TextPlan {
    const { flow, metrics } = this;
    const breaker = flow.breaker(this.body, metrics.size);
    let width = options.preferredWidth;
    let lines = breaker.lines(value, innerWidth(metrics, width));
    let singleLine = !options.multiline && lines.length === 1 && !hasLineBreak(value);
    if (!options.multiline && !singleLine && width < flow.width) {
      width = flow.width;
      lines = breaker.lines(value, innerWidth(metrics, width));
      singleLine = lines.length === 1 && !hasLineBreak(value);
    }
    const totalLines = singleLine ? 1 : Math.max(lines.length, options.minLines);
    const labelHeight = this.labelHeight(options.label, options.notes);
    const whole = labelHeight + boxHeight(metrics, totalLines);
    // What must fit below the cursor before the label is drawn: the whole question when it fits on
    // a page (so a box is cut only when it must be), else the label and its first lines.
    const keep =
      whole <= flow.freshPageHeight
        ? whole
        : labelHeight + boxHeight(metrics, Math.min(totalLines, MIN_LINES_WITH_LABEL));
    return { lines, width, singleLine, totalLines, keep };
  }

  /**
   * A text answer: its label, then one text field sized to the text — or, for an answer taller
   * than a page, one field per page (`<key>`, `<key>__2`, …) cut at line starts. Single-line
   * answers (names, dates, times, "Other") use a single-line field while the text fits on one
   * line; a longer one becomes a multiline field, so printing never clips an answer. An answer that
   * fits on a page is never cut: it moves to the next page whole, since one box is easier to edit.
   */
  textAnswer(key: string, value: string, options: TextAnswerOptions): void {
    const { flow, metrics } = this;
    const { lines, width, singleLine, totalLines, keep } = this.planText(value, options);
    flow.ensure(keep);
    this.drawLabel(options.label, options.notes);

    let index = 0;
    for (let piece = 0; ; piece++) {
      let capacity = linesThatFit(metrics, flow.remaining);
      if (capacity < 1) {
        flow.newPage();
        capacity = Math.max(1, linesThatFit(metrics, flow.remaining));
      }
      const last = lines.length - index <= capacity;
      const textLines = last ? lines.slice(index) : lines.slice(index, index + capacity);
      const boxLines = last ? Math.max(textLines.length, Math.min(totalLines - index, capacity)) : capacity;
      const end = last ? value.length : lines[index + capacity]!.start;
      const pieceValue = value.slice(lines[index]!.start, end);
      const height = boxHeight(metrics, boxLines);
      const name = continuationName(key, piece);
      const field = createTextField(this.form, name);
      if (!singleLine) field.enableMultiline();
      addTextWidget(field, flow.page, { x: flow.left, y: flow.y - height, width, height });
      field.acroField.setDefaultAppearance(defaultAppearance(this.body, metrics.size));
      if (pieceValue !== '') field.setText(pieceValue);
      setTextAppearance(
        field,
        this.body,
        answerAppearance(textLines, this.body, metrics, { width, height }, singleLine),
      );
      setAccessibleName(
        field,
        piece === 0 ? options.accessibleName : `${options.accessibleName} ${this.wording.continuedField(piece + 1)}`,
      );
      flow.advance(height);
      if (last) return;
      index += capacity;
      flow.newPage();
      // Say which question the box on the new page belongs to.
      flow.drawText(this.wording.continued(options.accessibleName), {
        font: this.body,
        size: fontSize.hint,
        color: colour.muted,
      });
      flow.advance(space.afterLabel);
    }
  }

  /**
   * A checkbox with its label (and hint) beside it. The whole block is kept on one page.
   * @returns the checkbox; the cursor is left below the block
   */
  checkbox(name: string, checked: boolean, label: string, accessibleName: string, hint?: string): PDFCheckBox {
    const box = this.form.createCheckBox(name);
    this.toggleRow(label, hint, (x, y, page) => {
      box.addToPage(page, {
        ...toggleWidget(x, y),
        textColor: colour.text,
        borderColor: colour.border,
        backgroundColor: undefined,
      });
    });
    if (checked) box.check();
    setAccessibleName(box, accessibleName);
    return box;
  }

  /** Height of a toggle row: the label and hint beside the box. */
  toggleRowHeight(label: string, hint: string | undefined): number {
    const textWidth = this.flow.width - toggle.size - toggle.gap;
    const labelHeight = this.flow.measureText(label, this.body, fontSize.option, textWidth);
    const hintHeight = hint ? this.flow.measureText(hint, this.body, fontSize.hint, textWidth) : 0;
    return Math.max(labelHeight + hintHeight, toggle.size);
  }

  /**
   * A row: a toggle (checkbox or radio button) drawn by `addWidget` with the options of
   * {@link toggleWidget}, then its label and hint.
   */
  toggleRow(label: string, hint: string | undefined, addWidget: (x: number, y: number, page: PDFPage) => void): void {
    const { flow } = this;
    const indent = toggle.size + toggle.gap;
    flow.ensure(this.toggleRowHeight(label, hint));
    // Centre the box on the first line of the label.
    const lineHeight = fontSize.option * leading;
    addWidget(flow.left, flow.y - (lineHeight + toggle.size) / 2, flow.page);
    flow.drawText(label, { font: this.body, size: fontSize.option, color: colour.text, indent });
    if (hint) flow.drawText(hint, { font: this.body, size: fontSize.hint, color: colour.muted, indent });
  }
}

/** Widget options for a toggle whose final rectangle is exactly `toggle.size` square at (x, y). */
export function toggleWidget(x: number, y: number) {
  // pdf-lib grows the rectangle by the border width (half on each side); undo that.
  const border = 1;
  return {
    x: x + border / 2,
    y: y + border / 2,
    width: toggle.size - border,
    height: toggle.size - border,
    borderWidth: border,
  };
}

import {
  concatTransformationMatrix,
  drawObject,
  PDFHexString,
  PDFName,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setLineWidth,
  setStrokingColor,
  stroke,
  type PDFCheckBox,
  type PDFDocument,
  type PDFForm,
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import { isSectionShown, isShown, offeredOptions, otherKey, type AnswerSlot } from '../worksheets/answers';
import type { ChoiceField, WorksheetDefinition, WorksheetField } from '../worksheets/types';
import {
  addTextWidget,
  answerAppearance,
  answerMetrics,
  boxHeight,
  createTextField,
  defaultAppearance,
  innerWidth,
  linesThatFit,
  setAccessibleName,
  setTextAppearance,
  type AnswerMetrics,
} from './answer-box';
import type { CardContent } from './card-content';
import { CardLayout } from './card-layout';
import type { DrawableText } from './drawable-text';
import { continuationName, HIDDEN_ANSWERS_FIELD, MARKER_FIELD, optionFieldName } from './field-names';
import type { DrawingFont, WorksheetFonts } from './fonts';
import { hasLineBreak, type LaidOutLine } from './line-breaking';
import { PageFlow } from './page-flow';
import { colour, fontSize, footerBaseline, leading, margin, shortBoxWidth, signatureBox, space, toggle } from './page-style';
import { pdfWording } from './wording';

/**
 * Draws a worksheet — header, sections, questions and one form field per answer — onto pages, in
 * reading order, which is also the order of the fields (and so the Tab order in readers).
 */

/** An answer as the layout uses it: already coerced to its slot's kind. */
export type SlotValue = string | boolean | string[];

/** A drawn signature ready to place: its image XObject and size in pixels (for the aspect ratio). */
export interface SignatureImage {
  ref: PDFRef;
  width: number;
  height: number;
}

/** Lines a text box keeps below its label when the rest of a tall answer must go on later pages. */
const MIN_LINES_WITH_LABEL = 3;

/** Rows of an empty textarea when the definition does not say (matches the form's default). */
const DEFAULT_ROWS = 5;

/** The label as printed: "(optional)" after fields that are not required; never an asterisk. */
export function printedLabel(field: WorksheetField): string {
  return field.required ? field.label : `${field.label} ${pdfWording.optional}`;
}

/** How a text answer is drawn: its label, notes under the label, and its box. */
interface TextAnswerOptions {
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

/** The result of {@link WorksheetLayout.planText}. */
interface TextPlan {
  lines: LaidOutLine[];
  width: number;
  singleLine: boolean;
  /** Lines of the box: the text's, or the minimum when the text is shorter. */
  totalLines: number;
  /** Height to keep together below the cursor before the label is drawn. */
  keep: number;
}

/** Lays out one worksheet. */
export class WorksheetLayout {
  private readonly flow: PageFlow;
  private readonly form: PDFForm;
  private readonly metrics: AnswerMetrics;
  private signatures: ReadonlyMap<string, SignatureImage> = new Map();

  constructor(
    doc: PDFDocument,
    private readonly fonts: WorksheetFonts,
    drawable: DrawableText,
    pageSize: [number, number],
    private readonly definition: WorksheetDefinition,
    private readonly clinicName: string,
  ) {
    this.form = doc.getForm();
    this.metrics = answerMetrics(fonts.body);
    this.flow = new PageFlow(doc, pageSize, drawable, (flow) => {
      flow.drawText(this.runningHeader(), { font: fonts.body, size: fontSize.runningHeader, color: colour.muted });
      flow.advance(space.afterTitle);
    });
  }

  /** Text of the small header on every page after the first. */
  runningHeader(): string {
    return `${this.clinicName} · ${pdfWording.continued(this.definition.title)}`;
  }

  private get body(): DrawingFont {
    return this.fonts.body;
  }

  /** Clinic name, title and description at the top of the first page. */
  drawHeader(): void {
    const { flow } = this;
    flow.drawText(this.clinicName, { font: this.body, size: fontSize.clinic, color: colour.muted });
    flow.drawText(this.definition.title, { font: this.fonts.heading, size: fontSize.title, color: colour.text });
    flow.advance(2);
    flow.drawText(this.definition.description, { font: this.body, size: fontSize.description, color: colour.muted });
    flow.advance(space.afterTitle);
  }

  /**
   * Every section shown, with its questions shown and their fields: a section or field whose
   * `showWhen` does not hold for these answers is not drawn (see `isShown`).
   * @param signatures the embedded image of each signature slot whose value is a usable PNG (the
   * others are drawn as empty boxes, and their values must already be '')
   */
  drawSections(slots: AnswerSlot[], values: ReadonlyMap<string, SlotValue>, signatures: ReadonlyMap<string, SignatureImage> = new Map()): void {
    this.signatures = signatures;
    const slotByKey = new Map(slots.map((slot) => [slot.key, slot]));
    const answers = Object.fromEntries(values);
    for (const section of this.definition.sections) {
      if (!isSectionShown(section, answers)) continue;
      const fields = section.fields.filter((field) => isShown(slotByKey.get(field.id)!, answers));
      const first = fields[0];
      const introHeight = section.intro ? this.flow.measureText(section.intro, this.body, fontSize.intro) + space.afterIntro : 0;
      const keep = first ? this.keepHeight(first, slotByKey.get(first.id)!, values) : 0;
      // Keep the heading (and intro) with the start of the first question.
      this.flow.ensure(
        space.beforeHeading + this.flow.measureText(section.title, this.fonts.heading, fontSize.heading) + space.afterHeading + introHeight + keep,
      );
      this.flow.advance(space.beforeHeading);
      this.flow.drawText(section.title, { font: this.fonts.heading, size: fontSize.heading, color: colour.text });
      this.flow.advance(space.afterHeading);
      if (section.intro) {
        this.flow.drawText(section.intro, { font: this.body, size: fontSize.intro, color: colour.muted });
        this.flow.advance(space.afterIntro);
      }
      for (const field of fields) {
        const slot = slotByKey.get(field.id)!;
        this.drawField(field, slot, values);
        this.flow.advance(space.afterField);
      }
    }
  }

  private drawField(field: WorksheetField, slot: AnswerSlot, values: ReadonlyMap<string, SlotValue>): void {
    const value = values.get(slot.key);
    const label = printedLabel(field);
    switch (slot.kind) {
      case 'text':
      case 'date':
      case 'time':
      case 'multiline': {
        this.textAnswer(slot.key, String(value ?? ''), this.textOptions(field, slot));
        return;
      }
      case 'checkbox':
        this.checkbox(slot.key, value === true, label, field.label, field.hint);
        return;
      case 'choice':
      case 'choices':
        this.choice(field as ChoiceField, slot.kind, value, values);
        return;
      case 'signature':
        this.signature(field, slot.key, typeof value === 'string' ? value : '');
        return;
    }
  }

  /**
   * A drawn signature: its label, then a bordered box with the drawing inside (scaled to fit, its
   * aspect kept, centred) — or empty, as room to sign on paper. The value itself goes in a hidden,
   * read-only text field `<key>` for resume (see field-names.ts); only a value that decoded to an
   * image reaches here non-empty.
   */
  private signature(field: WorksheetField, key: string, value: string): void {
    const { flow } = this;
    const notes = field.hint ? [field.hint] : [];
    flow.ensure(this.labelHeight(printedLabel(field), notes) + signatureBox.height);
    this.drawLabel(printedLabel(field), notes);
    const box = { x: flow.left, y: flow.y - signatureBox.height, width: signatureBox.width, height: signatureBox.height };
    const page = flow.page;
    page.pushOperators(
      pushGraphicsState(),
      setStrokingColor(colour.border),
      setLineWidth(1),
      rectangle(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1),
      stroke(),
      popGraphicsState(),
    );
    const image = value === '' ? undefined : this.signatures.get(key);
    if (image) {
      const inner = { width: box.width - 2 * signatureBox.padding, height: box.height - 2 * signatureBox.padding };
      const scale = Math.min(inner.width / image.width, inner.height / image.height);
      const [width, height] = [image.width * scale, image.height * scale];
      const name = page.node.newXObject('Signature', image.ref);
      page.pushOperators(
        pushGraphicsState(),
        concatTransformationMatrix(width, 0, 0, height, box.x + (box.width - width) / 2, box.y + (box.height - height) / 2),
        drawObject(name),
        popGraphicsState(),
      );
    }

    const hidden = createTextField(this.form, key);
    addTextWidget(hidden, page, { x: box.x, y: box.y, width: 0, height: 0 }, { hidden: true });
    hidden.acroField.setDefaultAppearance(defaultAppearance(this.body, this.metrics.size));
    // A literal string, not UTF-16: a data URL is ASCII without parentheses or backslashes, and
    // this halves its size in the file.
    if (image) hidden.acroField.dict.set(PDFName.of('V'), PDFString.of(value));
    hidden.enableReadOnly();
    setTextAppearance(hidden, this.body, []);
    setAccessibleName(hidden, field.label);
    flow.advance(signatureBox.height);
  }

  /** The card page (`definition.card`), after every question; see card-layout.ts. */
  drawCard(card: CardContent): void {
    new CardLayout(this.flow, this.form, this.fonts, this.clinicName).draw(card);
  }

  /** A question's label and its notes (hint, format), drawn at the cursor. */
  private drawLabel(label: string, notes: readonly string[]): void {
    this.flow.drawText(label, { font: this.fonts.heading, size: fontSize.label, color: colour.text });
    for (const note of notes) this.flow.drawText(note, { font: this.body, size: fontSize.hint, color: colour.muted });
    this.flow.advance(space.afterLabel);
  }

  private labelHeight(label: string, notes: readonly string[]): number {
    let height = this.flow.measureText(label, this.fonts.heading, fontSize.label) + space.afterLabel;
    for (const note of notes) height += this.flow.measureText(note, this.body, fontSize.hint);
    return height;
  }

  /** How a text answer will be laid out: its lines, box width and whether it stays single-line. */
  private planText(value: string, options: TextAnswerOptions): TextPlan {
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
    const keep = whole <= flow.freshPageHeight ? whole : labelHeight + boxHeight(metrics, Math.min(totalLines, MIN_LINES_WITH_LABEL));
    return { lines, width, singleLine, totalLines, keep };
  }

  /** Text options of a field (label, notes, box) for {@link textAnswer}. */
  private textOptions(field: WorksheetField, slot: AnswerSlot): TextAnswerOptions {
    const notes = [field.hint, slot.kind === 'date' ? pdfWording.dateFormat : slot.kind === 'time' ? pdfWording.timeFormat : undefined];
    return {
      label: printedLabel(field),
      notes: notes.filter((note): note is string => Boolean(note)),
      accessibleName: field.label,
      multiline: slot.kind === 'multiline',
      minLines: slot.kind === 'multiline' && field.kind === 'textarea' ? (field.rows ?? DEFAULT_ROWS) : 1,
      preferredWidth: slot.kind === 'date' || slot.kind === 'time' ? shortBoxWidth : this.flow.width,
    };
  }

  /**
   * Height that must fit below a section heading so the heading is not left alone at the foot of
   * a page: what the first question needs before it would move to the next page.
   */
  private keepHeight(field: WorksheetField, slot: AnswerSlot, values: ReadonlyMap<string, SlotValue>): number {
    switch (slot.kind) {
      case 'checkbox':
        return this.toggleRowHeight(printedLabel(field), field.hint);
      case 'choice':
      case 'choices':
        return this.choiceKeepHeight(field as ChoiceField, values.get(slot.key));
      case 'signature':
        return this.labelHeight(printedLabel(field), field.hint ? [field.hint] : []) + signatureBox.height;
      default:
        return this.planText(String(values.get(slot.key) ?? ''), this.textOptions(field, slot)).keep;
    }
  }

  /**
   * A text answer: its label, then one text field sized to the text — or, for an answer taller
   * than a page, one field per page (`<key>`, `<key>__2`, …) cut at line starts. Single-line
   * answers (names, dates, times, "Other") use a single-line field while the text fits on one
   * line; a longer one becomes a multiline field, so printing never clips an answer. An answer that
   * fits on a page is never cut: it moves to the next page whole, since one box is easier to edit.
   */
  private textAnswer(key: string, value: string, options: TextAnswerOptions): void {
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
      setTextAppearance(field, this.body, answerAppearance(textLines, this.body, metrics, { width, height }, singleLine));
      setAccessibleName(field, piece === 0 ? options.accessibleName : `${options.accessibleName} ${pdfWording.continuedField(piece + 1)}`);
      flow.advance(height);
      if (last) return;
      index += capacity;
      flow.newPage();
      // Say which question the box on the new page belongs to.
      flow.drawText(pdfWording.continued(options.accessibleName), { font: this.body, size: fontSize.hint, color: colour.muted });
      flow.advance(space.afterLabel);
    }
  }

  /**
   * A checkbox with its label (and hint) beside it. The whole block is kept on one page.
   * @returns the checkbox; the cursor is left below the block
   */
  private checkbox(name: string, checked: boolean, label: string, accessibleName: string, hint?: string): PDFCheckBox {
    const box = this.form.createCheckBox(name);
    this.toggleRow(label, hint, (x, y, page) => {
      box.addToPage(page, { ...toggleWidget(x, y), textColor: colour.text, borderColor: colour.border, backgroundColor: undefined });
    });
    if (checked) box.check();
    setAccessibleName(box, accessibleName);
    return box;
  }

  /** Height of a toggle row: the label and hint beside the box. */
  private toggleRowHeight(label: string, hint: string | undefined): number {
    const textWidth = this.flow.width - toggle.size - toggle.gap;
    const labelHeight = this.flow.measureText(label, this.body, fontSize.option, textWidth);
    const hintHeight = hint ? this.flow.measureText(hint, this.body, fontSize.hint, textWidth) : 0;
    return Math.max(labelHeight + hintHeight, toggle.size);
  }

  /**
   * What must fit below the cursor before a choice question starts: the label and every option
   * (the "Other" text follows on its own), so a group is not split across pages — unless the group
   * is taller than a page, when the label and first option are kept together.
   */
  private choiceKeepHeight(field: ChoiceField, value: SlotValue | undefined): number {
    const options = offeredOptions(field, value);
    const label = this.labelHeight(printedLabel(field), field.hint ? [field.hint] : []);
    const rows = options.map((option) => this.toggleRowHeight(option.label, option.hint) + space.betweenOptions);
    const whole = label + rows.reduce((sum, height) => sum + height, 0);
    return whole <= this.flow.freshPageHeight ? whole : label + (rows[0] ?? 0);
  }

  /** A row: a toggle (checkbox or radio button) drawn by `addWidget`, then its label and hint. */
  private toggleRow(label: string, hint: string | undefined, addWidget: (x: number, y: number, page: PDFPage) => void): void {
    const { flow } = this;
    const indent = toggle.size + toggle.gap;
    flow.ensure(this.toggleRowHeight(label, hint));
    // Centre the box on the first line of the label.
    const lineHeight = fontSize.option * leading;
    addWidget(flow.left, flow.y - (lineHeight + toggle.size) / 2, flow.page);
    flow.drawText(label, { font: this.body, size: fontSize.option, color: colour.text, indent });
    if (hint) flow.drawText(hint, { font: this.body, size: fontSize.hint, color: colour.muted, indent });
  }

  /**
   * A pick-one (radio group) or pick-several (one checkbox per option) question, with its "Other"
   * text box when it has one. Select fields are drawn as radio groups too: a printed page then shows
   * every option and which was picked, where a dropdown would print only the pick, and radio
   * buttons need no font to draw their state. Retired options are drawn only when picked
   * (`offeredOptions`), so the page shows what was chosen and offers nothing retired.
   */
  private choice(field: ChoiceField, kind: 'choice' | 'choices', value: SlotValue | undefined, values: ReadonlyMap<string, SlotValue>): void {
    const { flow } = this;
    const options = offeredOptions(field, value);
    const notes = field.hint ? [field.hint] : [];
    flow.ensure(this.choiceKeepHeight(field, value));
    this.drawLabel(printedLabel(field), notes);

    if (kind === 'choice') {
      const group = this.form.createRadioGroup(field.id);
      for (const option of options) {
        this.toggleRow(option.label, option.hint, (x, y, page) => {
          group.addOptionToPage(option.value, page, { ...toggleWidget(x, y), textColor: colour.text, borderColor: colour.border, backgroundColor: undefined });
        });
        flow.advance(space.betweenOptions);
      }
      if (typeof value === 'string' && options.some((option) => option.value === value)) group.select(value);
      setAccessibleName(group, field.label);
    } else {
      const picked = new Set(Array.isArray(value) ? value : []);
      let box: PDFCheckBox | undefined;
      for (const option of options) {
        box = this.checkbox(optionFieldName(field.id, option.value), picked.has(option.value), option.label, `${field.label} ${option.label}`, option.hint);
        flow.advance(space.betweenOptions);
      }
      // The options' checkboxes hang under a parent field named after the question (see field-names.ts).
      box?.acroField.getParent()?.dict.set(PDFName.of('TU'), PDFHexString.fromText(field.label));
    }

    if (field.other) {
      flow.advance(space.beforeOtherText);
      const key = otherKey(field);
      this.textAnswer(key, String(values.get(key) ?? ''), {
        label: field.other.textLabel,
        notes: [],
        accessibleName: `${field.label} ${field.other.textLabel}`,
        multiline: false,
        minLines: 1,
        preferredWidth: flow.width,
      });
    }
  }

  /** Footer and page number on every page; called once all pages exist. */
  drawFooters(): void {
    const pages = this.flow.pages;
    const { side } = margin;
    pages.forEach((page, index) => {
      const size = fontSize.footer;
      const style = { font: this.body, size, color: colour.muted };
      const breaker = this.flow.breaker(this.body, size);
      const [footer] = breaker.lines(pdfWording.footer, Number.POSITIVE_INFINITY);
      const [number] = breaker.lines(pdfWording.pageOf(index + 1, pages.length), Number.POSITIVE_INFINITY);
      this.flow.drawLine(page, footer!.text, side, footerBaseline, style);
      this.flow.drawLine(page, number!.text, page.getWidth() - side - number!.width, footerBaseline, style);
    });
  }

  /**
   * The hidden, read-only field keeping the answers of fields not shown, as JSON (see
   * field-names.ts), on the first page; nothing when there are none.
   */
  addHiddenAnswersField(hidden: Readonly<Record<string, SlotValue>>): void {
    if (Object.keys(hidden).length === 0) return;
    const field = createTextField(this.form, HIDDEN_ANSWERS_FIELD);
    addTextWidget(field, this.flow.pages[0]!, { x: 0, y: 0, width: 0, height: 0 }, { hidden: true });
    field.acroField.setDefaultAppearance(defaultAppearance(this.body, this.metrics.size));
    field.setText(JSON.stringify(hidden));
    field.enableReadOnly();
    setTextAppearance(field, this.body, []);
  }

  /**
   * The hidden, read-only marker field on the first page: which worksheet and version this is
   * (see field-names.ts). It has an (empty) appearance like every other field.
   */
  addMarkerField(marker: string): void {
    const field = createTextField(this.form, MARKER_FIELD);
    addTextWidget(field, this.flow.pages[0]!, { x: 0, y: 0, width: 0, height: 0 }, { hidden: true });
    field.acroField.setDefaultAppearance(defaultAppearance(this.body, this.metrics.size));
    field.setText(marker);
    field.enableReadOnly();
    setTextAppearance(field, this.body, []);
  }
}

/** Widget options for a toggle whose final rectangle is exactly `toggle.size` square at (x, y). */
function toggleWidget(x: number, y: number) {
  // pdf-lib grows the rectangle by the border width (half on each side); undo that.
  const border = 1;
  return { x: x + border / 2, y: y + border / 2, width: toggle.size - border, height: toggle.size - border, borderWidth: border };
}

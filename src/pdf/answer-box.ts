import {
  AnnotationFlags,
  beginMarkedContent,
  beginText,
  clip,
  endMarkedContent,
  endPath,
  endText,
  PDFHexString,
  PDFAcroText,
  PDFName,
  PDFTextField,
  PDFWidgetAnnotation,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingColor,
  setFontAndSize,
  setLineWidth,
  setStrokingColor,
  setTextMatrix,
  showText,
  stroke,
  type PDFField,
  type PDFForm,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import type { DrawingFont } from './fonts';
import type { LaidOutLine } from './line-breaking';
import { colour, fontSize } from './page-style';

/**
 * The box a text answer is printed and edited in: its metrics, its widget, and its appearance
 * stream. Sizing and drawing share these numbers, so a box is always exactly tall enough for the
 * lines drawn in it.
 */

/** Border width of answer boxes, in points. */
const BORDER = 1;
/** Space between the border and the text, in points (border included). */
const PADDING = 4;

/** Vertical metrics of answer text in one font. */
export interface AnswerMetrics {
  size: number;
  /** Distance between baselines. */
  lineHeight: number;
  /** Space between the box edge and the text, border included. */
  padding: number;
  /** Ascender height at `size`: from the top of a line slot down to its baseline, after centring. */
  ascent: number;
  /** Ascender + descender at `size`, centred in each line slot. */
  glyphHeight: number;
}

/**
 * Metrics for answers drawn in `font` at `size` (11 pt unless said). The line height is the font's own ascender-to-descender
 * height or 1.25 × the size, whichever is larger: readers re-lay a field with the font's metrics
 * when the patient edits it (Noto Sans's are 1.36 em), and a box sized tighter than that would
 * scroll on screen.
 */
export function answerMetrics(font: DrawingFont, size: number = fontSize.answer): AnswerMetrics {
  const glyphHeight = font.heightAtSize(size);
  return {
    size,
    lineHeight: Math.max(size * 1.25, glyphHeight),
    padding: PADDING,
    ascent: font.heightAtSize(size, { descender: false }),
    glyphHeight,
  };
}

/** Height of a box holding `lineCount` lines. */
export function boxHeight(metrics: AnswerMetrics, lineCount: number): number {
  return lineCount * metrics.lineHeight + 2 * metrics.padding;
}

/** How many lines fit in a box at most `height` tall (0 when not even one does). */
export function linesThatFit(metrics: AnswerMetrics, height: number): number {
  return Math.max(0, Math.floor((height - 2 * metrics.padding + 1e-6) / metrics.lineHeight));
}

/** Width available to text inside a box `width` wide. */
export function innerWidth(metrics: AnswerMetrics, width: number): number {
  return width - 2 * metrics.padding;
}

/** The default appearance string (`/DA`): the font and size readers use when the patient types. */
export function defaultAppearance(font: DrawingFont, size: number): string {
  return `/${font.name} ${size} Tf 0 g`;
}

/** Text field names this engine has created, per form. */
const textFieldNames = new WeakMap<PDFForm, Set<string>>();

/**
 * Creates a top-level text field named `name` (no "." in it), as pdf-lib's
 * `PDFForm.createTextField` would — but without its search of every existing field for the name,
 * which wraps each one and so is quadratic: 110 fields took 50–90 ms here, most of a card page's
 * time. The engine's names are unique by construction (`answerSlots` and `resolveCard` refuse
 * clashes; see field-names.ts); a set of the names given out keeps that checked at no cost.
 * @throws when this form already has a text field of that name (a programming error)
 */
export function createTextField(form: PDFForm, name: string): PDFTextField {
  let names = textFieldNames.get(form);
  if (!names) {
    names = new Set();
    textFieldNames.set(form, names);
  }
  if (names.has(name) || name.includes('.') || name === '')
    throw new Error(`Cannot create the text field "${name}": the name is taken or not a plain name.`);
  names.add(name);
  const acroField = PDFAcroText.create(form.doc.context);
  acroField.setPartialName(name);
  form.acroForm.addField(acroField.ref);
  return PDFTextField.of(acroField, acroField.ref, form.doc);
}

/**
 * Adds a widget for `field` on `page` at the given rectangle (bottom-left origin), with a grey
 * border and no background (nothing to waste ink on). Written here rather than with pdf-lib's
 * `PDFTextField.addToPage`, because that also runs pdf-lib's default appearance provider — the
 * slow layout this engine avoids — and leaves its stream behind as an unused object.
 * @param options.hidden a field only resume reads (the marker, a signature's value): not shown or printed
 * @param options.border `false` for cells whose lines the page draws (the card's log grid)
 */
export function addTextWidget(
  field: PDFTextField,
  page: PDFPage,
  rect: { x: number; y: number; width: number; height: number },
  options: { hidden?: boolean; border?: boolean } = {},
): void {
  const { hidden = false, border = !hidden } = options;
  const context = field.doc.context;
  const widget = PDFWidgetAnnotation.create(context, field.ref);
  widget.setRectangle(rect);
  widget.setP(page.ref);
  const characteristics = widget.getOrCreateAppearanceCharacteristics();
  if (border) characteristics.setBorderColor([colour.border.gray]);
  widget.getOrCreateBorderStyle().setWidth(border ? BORDER : 0);
  widget.setFlagTo(AnnotationFlags.Print, !hidden);
  widget.setFlagTo(AnnotationFlags.Hidden, hidden);
  const widgetRef = context.register(widget.dict);
  field.acroField.addWidget(widgetRef);
  page.node.addAnnot(widgetRef);
}

/**
 * The appearance stream of an answer box: its border, then the lines already laid out by
 * `LineBreaker`, inside `/Tx BMC … EMC` — the marked content readers replace when they redraw the
 * text after an edit (ISO 32000-1 §12.7.3.3), so the border is kept.
 */
export function answerAppearance(
  lines: readonly LaidOutLine[],
  font: DrawingFont,
  metrics: AnswerMetrics,
  box: { width: number; height: number },
  singleLine: boolean,
): PDFOperator[] {
  const { width, height } = box;
  const operators: PDFOperator[] = [
    pushGraphicsState(),
    setStrokingColor(colour.border),
    setLineWidth(BORDER),
    rectangle(BORDER / 2, BORDER / 2, width - BORDER, height - BORDER),
    stroke(),
    popGraphicsState(),
    beginMarkedContent('Tx'),
    pushGraphicsState(),
    rectangle(BORDER, BORDER, width - 2 * BORDER, height - 2 * BORDER),
    clip(),
    endPath(),
  ];
  const drawn = lines.filter((line) => line.text !== '');
  if (drawn.length > 0) {
    operators.push(beginText(), setFillingColor(colour.text), setFontAndSize(font.name, metrics.size));
    // Each line sits centred in a slot `lineHeight` tall; a single-line box centres its one slot.
    const slack = (metrics.lineHeight - metrics.glyphHeight) / 2;
    const top = singleLine ? (height + metrics.lineHeight) / 2 : height - metrics.padding;
    lines.forEach((line, index) => {
      if (line.text === '') return;
      const baseline = top - index * metrics.lineHeight - slack - metrics.ascent;
      operators.push(setTextMatrix(1, 0, 0, 1, metrics.padding, baseline), showText(font.encode(line.text)));
    });
    operators.push(endText());
  }
  operators.push(popGraphicsState(), endMarkedContent());
  return operators;
}

/**
 * Sets the normal appearance of a text field's (only) widget to `operators`, drawn with `font`.
 * Done here rather than with pdf-lib's `updateAppearances`, which needs a pdf-lib `PDFFont` — the
 * Unicode font is embedded by this engine (see `unicode-font.ts`), not by pdf-lib.
 */
export function setTextAppearance(field: PDFTextField, font: DrawingFont, operators: PDFOperator[]): void {
  const context = field.doc.context;
  for (const widget of field.acroField.getWidgets()) {
    const { width, height } = widget.getRectangle();
    const stream = context.formXObject(operators, {
      Resources: { Font: { [font.name]: font.ref } },
      BBox: context.obj([0, 0, width, height]),
      Matrix: context.obj([1, 0, 0, 1, 0, 0]),
    });
    widget.setNormalAppearance(context.register(stream));
  }
}

/** Sets the accessible name (`/TU`: read by screen readers, shown as a tooltip) of a field. */
export function setAccessibleName(field: PDFField, name: string): void {
  field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(name));
}

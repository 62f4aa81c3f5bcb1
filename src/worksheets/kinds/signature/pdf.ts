import {
  concatTransformationMatrix,
  drawObject,
  PDFName,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setLineWidth,
  setStrokingColor,
  stroke,
  type PDFRef,
} from 'pdf-lib';
import {
  addTextWidget,
  createTextField,
  defaultAppearance,
  setAccessibleName,
  setTextAppearance,
} from '../../../pdf/answer-box';
import { colour, signatureBox } from '../../../pdf/page-style';
import { decodeSignature, embedSignature, isSignatureValue } from '../../../pdf/signature-image';
import { strokeOperators } from '../../../pdf/signature-strokes';
import type { KindPdf, SlotReading } from '../kind-pdf';
import type { SignatureField } from './kind';
import { decodeStrokes, type StrokeDrawing } from './strokes';

/**
 * A drawn signature ready to place: its strokes (drawn as paths), or an older answer's PNG as an
 * image XObject with its size in pixels (for the aspect ratio).
 */
export type SignatureDrawing =
  { kind: 'strokes'; drawing: StrokeDrawing } | { kind: 'image'; ref: PDFRef; width: number; height: number };

/** Whether a value is a drawing the PDF draws (strokes that read, a PNG that decodes), or ''. Never throws. */
const carried = async (value: unknown) => value === '' || decodeStrokes(value) !== undefined || isSignatureValue(value);

/**
 * A drawn signature: its label, then a bordered box with the drawing inside (scaled to fit, its
 * aspect kept, centred) — or empty, as room to sign on paper. The value itself goes in a hidden,
 * read-only text field `<key>` for resume (see pdf/field-names.ts).
 */
const pdf: KindPdf<SignatureField, SignatureDrawing> = {
  kind: 'signature',
  // Read (strokes) or decoded and embedded (an older answer's PNG) before drawing. A value that is
  // neither (see strokes.ts and signature-image.ts) becomes '': an empty box on paper, and '' on
  // resume — a bad signature never stops the download.
  prepare: async (value, doc) => {
    if (typeof value !== 'string' || value === '') return { value: '' };
    const drawing = decodeStrokes(value);
    if (drawing) return { value, prepared: { kind: 'strokes', drawing } };
    const bitmap = await decodeSignature(value);
    if (!bitmap) return { value: '' };
    return {
      value,
      prepared: { kind: 'image', ref: await embedSignature(doc, bitmap), width: bitmap.width, height: bitmap.height },
    };
  },
  texts: () => [],
  keepHeight: ({ field, canvas }) =>
    canvas.labelHeight(canvas.printedLabel(field), field.hint ? [field.hint] : []) + signatureBox.height,
  draw: ({ field, name, value, prepared: drawing, canvas }) => {
    const { flow } = canvas;
    const notes = field.hint ? [field.hint] : [];
    flow.ensure(canvas.labelHeight(canvas.printedLabel(field), notes) + signatureBox.height);
    canvas.drawLabel(canvas.printedLabel(field), notes);
    const box = {
      x: flow.left,
      y: flow.y - signatureBox.height,
      width: signatureBox.width,
      height: signatureBox.height,
    };
    const page = flow.page;
    page.pushOperators(
      pushGraphicsState(),
      setStrokingColor(colour.border),
      setLineWidth(1),
      rectangle(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1),
      stroke(),
      popGraphicsState(),
    );
    const inner = {
      x: box.x + signatureBox.padding,
      y: box.y + signatureBox.padding,
      width: box.width - 2 * signatureBox.padding,
      height: box.height - 2 * signatureBox.padding,
    };
    if (drawing?.kind === 'strokes' && value !== '') page.pushOperators(...strokeOperators(drawing.drawing, inner));
    if (drawing?.kind === 'image' && value !== '') {
      const image = drawing;
      const scale = Math.min(inner.width / image.width, inner.height / image.height);
      const [width, height] = [image.width * scale, image.height * scale];
      const xObject = page.node.newXObject('Signature', image.ref);
      page.pushOperators(
        pushGraphicsState(),
        concatTransformationMatrix(
          width,
          0,
          0,
          height,
          box.x + (box.width - width) / 2,
          box.y + (box.height - height) / 2,
        ),
        drawObject(xObject),
        popGraphicsState(),
      );
    }

    const hidden = createTextField(canvas.form, field.id);
    addTextWidget(hidden, page, { x: box.x, y: box.y, width: 0, height: 0 }, { hidden: true });
    hidden.acroField.setDefaultAppearance(defaultAppearance(canvas.body, canvas.metrics.size));
    // A literal string, not UTF-16: both formats are ASCII without parentheses or backslashes,
    // and this halves the size in the file.
    if (drawing && value !== '') hidden.acroField.dict.set(PDFName.of('V'), PDFString.of(String(value)));
    hidden.enableReadOnly();
    setTextAppearance(hidden, canvas.body, []);
    setAccessibleName(hidden, name);
    flow.advance(signatureBox.height);
  },
  // The hidden text field `<key>`, taken only when it is blank or holds a drawing that reads.
  read: async (_slot, _field, records) => {
    const reading: SlotReading = { found: false, ignored: [] };
    for (const record of records) {
      const own = record.kind === 'text' && 'piece' in record.part && record.part.piece === 0;
      if (own && record.unreadable) {
        reading.found = true;
        reading.unreadable ??= record.unreadable;
      } else if (own && (await carried(record.value))) {
        reading.found = true;
        reading.value = record.value;
      } else reading.ignored.push(record.name);
    }
    return reading;
  },
  // Exactly the values the next PDF will show: resume takes back what reads.
  carries: carried,
};

export default pdf;

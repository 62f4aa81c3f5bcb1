import {
  appendBezierCurve,
  clip,
  concatTransformationMatrix,
  endPath,
  LineCapStyle,
  LineJoinStyle,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingColor,
  stroke,
  type PDFOperator,
} from 'pdf-lib';
import { PEN, type StrokeDrawing } from '../worksheets/kinds/signature/strokes';
import { strokeShapes, type InkShape } from './signature-curves';

/**
 * A drawing kept as strokes, drawn as PDF vector paths: sharp at any zoom and on any printer, a
 * few KB of page content where the pad's PNG was an image of tens of KB (measured in
 * docs/decisions/0004-signature-format.md).
 *
 * The pad draws a stroke as a run of discs along each curve, their radius going from the curve's
 * start width to its end width; here each curve is one stroked Bézier with round caps and joins,
 * as wide as those discs are on average. Curves of the same width (to 0.1 px) are one path, so a
 * stroke of a steady pen is a single `S`. Nothing is drawn outside the pad's rectangle: a pen that
 * left the pad is cut at its edge, as on the canvas.
 */

/** Line widths are rounded to this, in pad pixels (0.04 pt in a 240-pt box): runs of curves share one. */
const WIDTH_STEP = 0.1;
/** Coordinates are written to this, in pad pixels: a tenth of a pixel, as the points are kept. */
const COORDINATE_STEP = 0.1;

const round = (value: number, step: number) => Math.round(value / step) * step;
/** A coordinate rounded for writing, without the float noise of `n * 0.1` (12.300000000000001). */
const at = (value: number) => Number(round(value, COORDINATE_STEP).toFixed(1));

/**
 * The line width a shape is drawn with, in pad pixels: twice the mean radius of the pad's discs.
 * signature_pad moves the radius from the start's to the end's as t³ along the curve, so the mean
 * is a quarter of the way.
 */
function lineWidth(shape: InkShape): number {
  const radius = shape.kind === 'curve' ? shape.startRadius + (shape.endRadius - shape.startRadius) / 4 : shape.radius;
  return Math.max(WIDTH_STEP, Number(round(2 * radius, WIDTH_STEP).toFixed(1)));
}

/** The pen colour (`#rrggbb`) as pdf-lib's RGB. */
function penColour() {
  const hex = Number.parseInt(PEN.penColor.slice(1), 16);
  return rgb(((hex >> 16) & 0xff) / 255, ((hex >> 8) & 0xff) / 255, (hex & 0xff) / 255);
}

/** The path operators of one shape, continuing the current path when it starts where the last ended. */
function pathOf(shape: InkShape, from: { x: number; y: number } | undefined): PDFOperator[] {
  const start = shape.kind === 'dot' ? shape.at : shape.start;
  const [x, y] = [at(start.x), at(start.y)];
  const operators = from && from.x === x && from.y === y ? [] : [moveTo(x, y)];
  if (shape.kind === 'dot') operators.push(lineTo(x, y));
  else if (shape.kind === 'line') operators.push(lineTo(at(shape.end.x), at(shape.end.y)));
  else
    operators.push(
      appendBezierCurve(
        at(shape.control1.x),
        at(shape.control1.y),
        at(shape.control2.x),
        at(shape.control2.y),
        at(shape.end.x),
        at(shape.end.y),
      ),
    );
  return operators;
}

/** Where a shape's path ends, as written. */
const endOf = (shape: InkShape) => {
  const end = shape.kind === 'dot' ? shape.at : shape.end;
  return { x: at(end.x), y: at(end.y) };
};

/**
 * The page operators that draw `drawing` into `area` (PDF points, origin at the bottom left):
 * scaled to fit, its aspect kept, centred — as the PNG was placed.
 */
export function strokeOperators(
  drawing: StrokeDrawing,
  area: { x: number; y: number; width: number; height: number },
): PDFOperator[] {
  const scale = Math.min(area.width / drawing.width, area.height / drawing.height);
  const [width, height] = [drawing.width * scale, drawing.height * scale];
  const operators: PDFOperator[] = [
    pushGraphicsState(),
    // Pad pixels, y down (as the canvas), into the area, y up.
    concatTransformationMatrix(
      scale,
      0,
      0,
      -scale,
      area.x + (area.width - width) / 2,
      area.y + (area.height + height) / 2,
    ),
    rectangle(0, 0, drawing.width, drawing.height),
    clip(),
    endPath(),
    setStrokingColor(penColour()),
    // Round caps also draw a dot: a zero-length path is painted as a disc only with round caps (ISO 32000-1 §8.5.3.2).
    setLineCap(LineCapStyle.Round),
    setLineJoin(LineJoinStyle.Round),
  ];
  for (const points of drawing.strokes) {
    let width: number | undefined;
    let end: { x: number; y: number } | undefined;
    for (const shape of strokeShapes(points)) {
      const next = lineWidth(shape);
      if (next !== width) {
        if (width !== undefined) operators.push(stroke());
        operators.push(setLineWidth(next));
        width = next;
        end = undefined;
      }
      operators.push(...pathOf(shape, end));
      end = endOf(shape);
    }
    if (width !== undefined) operators.push(stroke());
  }
  operators.push(popGraphicsState());
  return operators;
}

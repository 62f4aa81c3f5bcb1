import { STROKES_PREFIX } from './kind';

/**
 * The signature pad's strokes as an answer (version 1), and back: the format new drawings are kept
 * in — in the form, a draft and the PDF's hidden field — since it is a few KB where the pad's PNG
 * was tens of KB, and the PDF draws it as sharp vector paths (docs/decisions/0004-signature-format.md).
 *
 *     data:application/vnd.kap.strokes;v=1,<width>x<height>;<stroke>;<stroke>…
 *     <stroke> = <x>,<y>[,<dx>,<dy>,<dt>]…
 *
 * `width` × `height` is the pad's size in CSS pixels (the drawing is scaled into the PDF's box by
 * it, as the PNG was). A stroke is one touch of the pen: its first point in tenths of a CSS pixel,
 * then each next point as the change from the one before (tenths of a pixel, and milliseconds: the
 * pad's pen width follows the pen's speed). Only digits, `-`, `,`, `;` and `x`: a valid `data:`
 * URL with nothing to escape, and a PDF literal string with nothing to escape either.
 *
 * Canonical: every number is an integer without leading zeros or `-0`, so a value the parser
 * accepts is exactly the value {@link encodeStrokes} would write for it — what resume takes back is
 * what the next PDF shows, byte for byte. Anything else (longer than the limits below, a number out
 * of range, NaN, a stray character) is not a drawing, never clamped into one: the PDF gets an empty
 * box and the form says to draw it again. Clamping happens once, when the pad's points are encoded.
 *
 * No zod, no pdf-lib: the form loads this with signature_pad, the checks and the PDF engine with theirs.
 */

/** A point of a stroke: CSS pixels from the pad's top left, and milliseconds (from 1, see {@link decodeStrokes}). */
export interface StrokePoint {
  x: number;
  y: number;
  time: number;
}

/** A drawing: the pad's size in CSS pixels and its strokes, each of at least one point. */
export interface StrokeDrawing {
  width: number;
  height: number;
  strokes: StrokePoint[][];
}

/**
 * The pen the pad draws with (signature_pad's options), which the PDF draws the strokes with too:
 * a near-black ink, and a line 1–5 px wide (a radius of 0.5–2.5 px), thinner the faster the pen
 * moves. These are signature_pad's defaults, written out so the pad and the PDF cannot drift apart.
 */
export const PEN = {
  penColor: '#0b0c0c',
  minWidth: 0.5,
  maxWidth: 2.5,
  dotSize: 0,
  velocityFilterWeight: 0.7,
  minDistance: 5,
} as const;

/** Longest value accepted, in characters: about 10,000 points (a pad's signature has 100–600). */
export const MAX_STROKES_VALUE_LENGTH = 120_000;
/** Most points in a drawing. */
export const MAX_STROKE_POINTS = 10_000;
/** Most strokes in a drawing (a dot is a stroke). */
export const MAX_STROKES = 1_000;
/** Widest or tallest pad, in CSS pixels (a 40rem form at 400 % text size is 2,560). */
export const MAX_PAD_SIDE = 4_096;
/** Longest pause kept between two points of a stroke, in milliseconds; longer ones are cut to it. */
export const MAX_POINT_GAP_MS = 60_000;

/**
 * How far outside the pad a point may be, in pad sizes: the pen can leave the pad while drawing
 * (signature_pad keeps following it), and the canvas and the PDF cut the line at the pad's edge.
 * Points further out are moved in to this margin when encoded.
 */
const OUTSIDE = 1;

/** Tenths of a CSS pixel per pixel. */
const UNIT = 10;

/** A canonical integer: 0, or an optional minus and digits without a leading zero (at most 7). */
const INTEGER = /^(?:0|-?[1-9][0-9]{0,6})$/;
const SIZE = /^([1-9][0-9]{0,3})x([1-9][0-9]{0,3})$/;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/**
 * Reads a strokes value; `undefined` when it is not one exactly as {@link encodeStrokes} writes
 * them, within the limits. Never throws. Times start at 1 ms: signature_pad takes a time of 0 for
 * "now".
 */
export function decodeStrokes(value: unknown): StrokeDrawing | undefined {
  if (typeof value !== 'string' || value.length > MAX_STROKES_VALUE_LENGTH || !value.startsWith(STROKES_PREFIX))
    return undefined;
  const [size, ...parts] = value.slice(STROKES_PREFIX.length).split(';');
  const pad = SIZE.exec(size ?? '');
  if (!pad || parts.length === 0 || parts.length > MAX_STROKES) return undefined;
  const [width, height] = [Number(pad[1]), Number(pad[2])];
  if (width > MAX_PAD_SIDE || height > MAX_PAD_SIDE) return undefined;
  const [lowX, highX, lowY, highY] = [
    -OUTSIDE * width * UNIT,
    (1 + OUTSIDE) * width * UNIT,
    -OUTSIDE * height * UNIT,
    (1 + OUTSIDE) * height * UNIT,
  ];
  const strokes: StrokePoint[][] = [];
  let points = 0;
  for (const part of parts) {
    const numbers = part.split(',');
    if (numbers.length < 2 || (numbers.length - 2) % 3 !== 0) return undefined;
    points += (numbers.length + 1) / 3;
    if (points > MAX_STROKE_POINTS || !numbers.every((number) => INTEGER.test(number))) return undefined;
    const values = numbers.map(Number);
    let [x, y, time] = [values[0]!, values[1]!, 1];
    if (x < lowX || x > highX || y < lowY || y > highY) return undefined;
    const stroke: StrokePoint[] = [{ x: x / UNIT, y: y / UNIT, time }];
    for (let index = 2; index < values.length; index += 3) {
      const dt = values[index + 2]!;
      x += values[index]!;
      y += values[index + 1]!;
      time += dt;
      if (x < lowX || x > highX || y < lowY || y > highY || dt < 0 || dt > MAX_POINT_GAP_MS) return undefined;
      stroke.push({ x: x / UNIT, y: y / UNIT, time });
    }
    strokes.push(stroke);
  }
  return { width, height, strokes };
}

/**
 * Writes a drawing as a strokes value, or '' when it has no points (or the pad no size). Points
 * are rounded to a tenth of a pixel and moved in to the margin around the pad; a point that is not
 * a number is left out (signature_pad never makes one); pauses are cut to 0–{@link MAX_POINT_GAP_MS}
 * (a time that is not a number counts as no pause). A drawing past the limits comes out past them too: the form's checks
 * then ask for it to be drawn again, rather than a part of it being kept silently.
 * @param drawing the pad's size (rounded to whole CSS pixels) and its strokes, as signature_pad's
 *   `toData()` gives them (any extra properties are ignored)
 */
export function encodeStrokes(drawing: {
  width: number;
  height: number;
  strokes: readonly { readonly points: readonly StrokePoint[] }[];
}): string {
  if (!Number.isFinite(drawing.width) || !Number.isFinite(drawing.height)) return '';
  const width = clamp(Math.round(drawing.width), 1, MAX_PAD_SIDE);
  const height = clamp(Math.round(drawing.height), 1, MAX_PAD_SIDE);
  const toX = (x: number) => clamp(Math.round(x * UNIT), -OUTSIDE * width * UNIT, (1 + OUTSIDE) * width * UNIT);
  const toY = (y: number) => clamp(Math.round(y * UNIT), -OUTSIDE * height * UNIT, (1 + OUTSIDE) * height * UNIT);
  const strokes: string[] = [];
  for (const stroke of drawing.strokes) {
    const points = stroke.points.filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
    const first = points[0];
    if (!first) continue;
    let [x, y, time] = [toX(first.x), toY(first.y), first.time];
    const numbers = [x, y];
    for (const point of points.slice(1)) {
      const [nextX, nextY] = [toX(point.x), toY(point.y)];
      const gap = clamp(Math.round(point.time - time), 0, MAX_POINT_GAP_MS) || 0;
      numbers.push(nextX - x, nextY - y, gap);
      [x, y, time] = [nextX, nextY, point.time];
    }
    // String(-0) is "0" (a rounded -0.04 writes as the parser wants it).
    strokes.push(numbers.join(','));
  }
  return strokes.length === 0 ? '' : `${STROKES_PREFIX}${width}x${height};${strokes.join(';')}`;
}

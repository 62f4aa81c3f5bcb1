import { PEN, type StrokePoint } from '../worksheets/kinds/signature/strokes';

/**
 * The shapes signature_pad draws for a drawing's points — the same cubic Béziers and pen widths,
 * computed the way signature_pad 5's `fromData` computes them (its `_fromData`, `Bezier.fromPoints`
 * and `_calculateCurveWidths`: the math its own `toSVG` uses), so the PDF shows what the pad showed
 * after resume. signature_pad does not export these, so they are restated here, and
 * tests/unit/pdf/signature-strokes.test.ts checks them against signature_pad's `toSVG` output
 * point for point: an update of signature_pad that changed them fails that test.
 *
 * Quirks kept on purpose, because the pad has them: a stroke's last segment is not drawn; a curve's
 * first control point is the one signature_pad calls `control1` (computed at the segment's end);
 * a two-point stroke is a straight line and a one-point stroke a dot, both of the mean width.
 */

/** A point. */
export interface Vector {
  x: number;
  y: number;
}

/** One piece of ink, in pad pixels. `radius` is half the line width. */
export type InkShape =
  | {
      kind: 'curve';
      start: Vector;
      control1: Vector;
      control2: Vector;
      end: Vector;
      startRadius: number;
      endRadius: number;
    }
  | { kind: 'line'; start: Vector; end: Vector; radius: number }
  | { kind: 'dot'; at: Vector; radius: number };

/** signature_pad's `calculateControlPoints`: the control points either side of `s2`. */
function controlPoints(s1: Vector, s2: Vector, s3: Vector): { c1: Vector; c2: Vector } {
  const [dx1, dy1, dx2, dy2] = [s1.x - s2.x, s1.y - s2.y, s2.x - s3.x, s2.y - s3.y];
  const m1 = { x: (s1.x + s2.x) / 2, y: (s1.y + s2.y) / 2 };
  const m2 = { x: (s2.x + s3.x) / 2, y: (s2.y + s3.y) / 2 };
  const l1 = Math.sqrt(dx1 * dx1 + dy1 * dy1);
  const l2 = Math.sqrt(dx2 * dx2 + dy2 * dy2);
  const k = l1 + l2 === 0 ? 0 : l2 / (l1 + l2);
  const cm = { x: m2.x + (m1.x - m2.x) * k, y: m2.y + (m1.y - m2.y) * k };
  const [tx, ty] = [s2.x - cm.x, s2.y - cm.y];
  return { c1: { x: m1.x + tx, y: m1.y + ty }, c2: { x: m2.x + tx, y: m2.y + ty } };
}

/** signature_pad's `Point.velocityFrom`: pixels per millisecond, 0 for points at the same time. */
function velocity(from: StrokePoint, to: StrokePoint): number {
  return to.time !== from.time ? Math.hypot(to.x - from.x, to.y - from.y) / (to.time - from.time) : 0;
}

/** The radius of a dot, and of a two-point stroke's line: signature_pad's `_getDotSize`. */
const DOT_RADIUS = PEN.dotSize > 0 ? PEN.dotSize : (PEN.minWidth + PEN.maxWidth) / 2;

/** The ink of one stroke, in drawing order. */
export function strokeShapes(points: readonly StrokePoint[]): InkShape[] {
  if (points.length === 0) return [];
  if (points.length === 1) return [{ kind: 'dot', at: points[0]!, radius: DOT_RADIUS }];
  if (points.length === 2) return [{ kind: 'line', start: points[0]!, end: points[1]!, radius: DOT_RADIUS }];
  const shapes: InkShape[] = [];
  const last: StrokePoint[] = [];
  let lastVelocity = 0;
  let lastWidth = (PEN.minWidth + PEN.maxWidth) / 2;
  for (const point of points) {
    last.push(point);
    if (last.length < 3) continue;
    if (last.length === 3) last.unshift(last[0]!);
    const [p0, p1, p2, p3] = last as [StrokePoint, StrokePoint, StrokePoint, StrokePoint];
    const speed = PEN.velocityFilterWeight * velocity(p1, p2) + (1 - PEN.velocityFilterWeight) * lastVelocity;
    const width = Math.max(PEN.maxWidth / (speed + 1), PEN.minWidth);
    shapes.push({
      kind: 'curve',
      start: p1,
      control1: controlPoints(p1, p2, p3).c1,
      control2: controlPoints(p0, p1, p2).c2,
      end: p2,
      startRadius: lastWidth,
      endRadius: width,
    });
    lastVelocity = speed;
    lastWidth = width;
    last.shift();
  }
  return shapes;
}

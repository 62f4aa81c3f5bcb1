// @vitest-environment jsdom
import SignaturePad from 'signature_pad';
import { beforeAll, describe, expect, it } from 'vitest';
import { strokeShapes } from '../../../src/pdf/signature-curves';
import { kindExamples } from '../../../src/worksheets/kinds/examples-table';
import { decodeStrokes, PEN, type StrokeDrawing } from '../../../src/worksheets/kinds/signature/strokes';
import type { SignatureField } from '../../../src/worksheets/types';
import { drawnSignatureStrokes } from '../../fixtures/pdf/signature-strokes';

/**
 * The PDF draws the curves signature_pad draws: for the same points, the shapes of
 * `src/pdf/signature-curves.ts` are those in signature_pad's own `toSVG()` — its public output of
 * the math it draws the canvas with — to its three decimals. An update of signature_pad that drew
 * differently fails here.
 */

beforeAll(() => {
  // jsdom has no 2D canvas; signature_pad only needs one to exist for toSVG (which draws nothing on it).
  const context = new Proxy({}, { get: () => () => undefined, set: () => true });
  HTMLCanvasElement.prototype.getContext = (() => context) as never;
});

/** signature_pad's SVG of a drawing, on a canvas the drawing's size. */
function padSvg(drawing: StrokeDrawing): Document {
  const canvas = document.createElement('canvas');
  [canvas.width, canvas.height] = [drawing.width, drawing.height];
  const { minDistance: _, ...pen } = PEN;
  const pad = new SignaturePad(canvas, PEN);
  pad.fromData(
    drawing.strokes.map((points) => ({
      ...pen,
      compositeOperation: 'source-over',
      points: points.map((point) => ({ ...point, pressure: 0 })),
    })),
  );
  return new DOMParser().parseFromString(pad.toSVG(), 'image/svg+xml');
}

const fixed = (value: number) => value.toFixed(3);

/** Our shapes as signature_pad writes them in its SVG. */
function ourSvgShapes(drawing: StrokeDrawing): string[] {
  return drawing.strokes.flatMap(strokeShapes).map((shape) => {
    if (shape.kind === 'dot') return `circle r=${shape.radius} cx=${shape.at.x} cy=${shape.at.y}`;
    if (shape.kind === 'line')
      return `line ${shape.start.x},${shape.start.y} ${shape.end.x},${shape.end.y} width=${shape.radius * 2}`;
    const { start, control1, control2, end } = shape;
    const d = `M ${fixed(start.x)},${fixed(start.y)} C ${fixed(control1.x)},${fixed(control1.y)} ${fixed(control2.x)},${fixed(control2.y)} ${fixed(end.x)},${fixed(end.y)}`;
    // signature_pad's SVG gives each curve 2.25 × its end radius (its choice for SVG, not the canvas's).
    return `path ${d} width=${fixed(shape.endRadius * 2.25)}`;
  });
}

/** The shapes of signature_pad's SVG, in order. */
function padSvgShapes(svg: Document): string[] {
  return [...svg.documentElement.children].map((element) => {
    const get = (name: string) => element.getAttribute(name);
    if (element.tagName === 'circle') return `circle r=${get('r')} cx=${get('cx')} cy=${get('cy')}`;
    if (element.tagName === 'line')
      return `line ${get('x1')},${get('y1')} ${get('x2')},${get('y2')} width=${get('stroke-width')}`;
    return `path ${get('d')} width=${get('stroke-width')}`;
  });
}

const example = kindExamples.signature.answers(kindExamples.signature.field('example') as SignatureField);
const drawings: [string, string][] = [
  ['a signature signed on a real pad', example.typical.example as string],
  ['the tests’ drawn signature', drawnSignatureStrokes()],
  [
    'a dot, a two-point line and a three-point curve',
    'data:application/vnd.kap.strokes;v=1,600x200;3000,1000;100,100,2500,900,16;10,10,40,0,16,40,30,5',
  ],
  [
    'a pause, and two points in the same millisecond',
    'data:application/vnd.kap.strokes;v=1,600x200;1000,1000,50,0,60000,50,0,0,60,60,16',
  ],
];

describe('the curves the PDF draws', () => {
  it.each(drawings)('are signature_pad’s own, for %s', (_, value) => {
    const drawing = decodeStrokes(value)!;
    const theirs = padSvgShapes(padSvg(drawing));

    expect(theirs.length).toBeGreaterThan(0);
    expect(ourSvgShapes(drawing)).toEqual(theirs);
  });
});

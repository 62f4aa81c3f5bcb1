import SignaturePad from 'signature_pad';
import { isPngDataUrl } from './kind';
import { decodeStrokes, encodeStrokes, PEN } from './strokes';

/**
 * The drawing pad behind a signature field: signature_pad on the field's canvas, and what goes
 * between it and the answer. Loaded when the field appears (with signature_pad and the strokes
 * format), so the worksheet page carries only the input's markup.
 *
 * The answer is the pad's strokes (`strokes.ts`). A drawing an older version kept as a PNG still
 * comes back, as a picture; drawing on it keeps the answer a PNG, since a picture cannot become
 * strokes. Undo takes back the last stroke; on such a picture, the new strokes one by one, then
 * the picture.
 */

/** What the signature input does with its pad. */
export interface PadControl {
  /** Draws an answer from elsewhere (resume, a draft, a reset), unless it is the one the pad last gave. */
  show(answer: string): void;
  undo(): Promise<void>;
  clear(): void;
  /** Stops listening to the pen (the field is going away). */
  off(): void;
}

/**
 * Sets signature_pad up on `canvas` and reports each change of the drawing as an answer.
 * @param onChange called with the new answer after every stroke, Undo and Clear ('' for none)
 */
export function openPad(canvas: HTMLCanvasElement, onChange: (answer: string) => void): PadControl {
  // Match the canvas's pixels to its CSS size and the screen's density, or strokes blur and land
  // away from the finger (signature_pad's documented set-up).
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  const size = { width: canvas.offsetWidth, height: canvas.offsetHeight };
  canvas.width = size.width * ratio;
  canvas.height = size.height * ratio;
  canvas.getContext('2d')?.scale(ratio, ratio);
  const pad = new SignaturePad(canvas, { ...PEN, backgroundColor: 'rgba(0,0,0,0)' });
  /** The answer the pad shows or last gave, so it redraws only for an answer from elsewhere. */
  let last = '';
  /** The older answer's PNG under the strokes, or ''. */
  let picture = '';

  const save = () => {
    if (pad.isEmpty()) last = '';
    else if (picture) last = pad.toDataURL('image/png');
    else last = encodeStrokes({ ...size, strokes: pad.toData() });
    onChange(last);
  };
  pad.addEventListener('endStroke', save);

  const clear = () => {
    pad.clear();
    picture = '';
    save();
  };

  return {
    show(answer) {
      if (answer === last) return;
      last = answer;
      picture = '';
      pad.clear();
      const drawing = decodeStrokes(answer);
      if (drawing) {
        // Made on a larger pad (a desktop's, shown on a phone): shrunk to fit, never enlarged.
        const scale = Math.min(1, size.width / drawing.width, size.height / drawing.height);
        const { minDistance: _, ...pen } = PEN;
        pad.fromData(
          drawing.strokes.map((points) => ({
            ...pen,
            compositeOperation: 'source-over' as const,
            points: points.map(({ x, y, time }) => ({ x: x * scale, y: y * scale, time, pressure: 0 })),
          })),
        );
      } else if (isPngDataUrl(answer)) {
        picture = answer;
        // A PNG the browser cannot decode shows nothing; the form's checks pass it and the PDF
        // engine, which decodes it itself, leaves the box empty.
        pad.fromDataURL(answer).catch(() => undefined);
      }
    },
    async undo() {
      const strokes = [...pad.toData()];
      // Nothing drawn since an older drawing came back: that picture is what Undo takes back.
      if (strokes.length === 0) return clear();
      strokes.pop();
      if (picture) {
        pad.clear();
        await pad.fromDataURL(picture).catch(() => undefined);
        pad.fromData(strokes, { clear: false });
      } else pad.fromData(strokes);
      save();
    },
    clear,
    off: () => pad.off(),
  };
}

import type { FieldBase } from '../field-kind';
import { textKind } from '../shared/text';

/**
 * A drawn signature (pointer or touch). Optional by nature: the typed full name beside it (a
 * separate text field) is the keyboard-accessible way to sign. Stored as the pad's strokes (a
 * `data:application/vnd.kap.strokes;v=1,…` value, see `strokes.ts`), or '' — or, for a drawing
 * made before strokes were kept (and one drawn on top of such a drawing), a PNG `data:` URL.
 */
export interface SignatureField extends FieldBase {
  kind: 'signature';
}

declare module '../field-kind' {
  interface FieldKinds {
    signature: SignatureField;
  }
}

/** How a drawing kept as strokes starts (version 1 of the format: `strokes.ts`). */
export const STROKES_PREFIX = 'data:application/vnd.kap.strokes;v=1,';

/** Whether a signature answer is a drawing as older versions saved it: a PNG `data:` URL. */
export const isPngDataUrl = (value: string) => value.startsWith('data:image/png;base64,');

/** Whether a signature answer is a drawing in either format the kit has saved: strokes, or a PNG. */
export const isDrawingValue = (value: string) => value.startsWith(STROKES_PREFIX) || isPngDataUrl(value);

// A signature is the patient's own: a link never signs for them. Only the format is checked here,
// as this ships with the page: whether the drawing also reads (strokes within the limits, a PNG
// that decodes) is for the checks, the pad and the PDF engine, which load later.
export default textKind<SignatureField>('signature', 'signature', false, isDrawingValue);

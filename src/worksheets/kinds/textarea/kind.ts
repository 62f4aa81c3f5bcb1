import type { FieldBase } from '../field-kind';
import { textKind } from '../shared/text';

/** Several lines of text, with a character count. */
export interface LongTextField extends FieldBase {
  kind: 'textarea';
  /** Most characters allowed (at least 2,000 for free-text answers). */
  maxLength: number;
  /** Visible rows on screen. Defaults to {@link DEFAULT_ROWS}. */
  rows?: number;
}

/** Rows of a textarea when the definition does not say: on screen, and the empty box in the PDF. */
export const DEFAULT_ROWS = 5;

declare module '../field-kind' {
  interface FieldKinds {
    textarea: LongTextField;
  }
}

export default textKind<LongTextField>('textarea', 'multiline', true);

import type { PDFRawStream } from 'pdf-lib';

/**
 * Why one answer could not be read back. `appearance-only`: its field shows text but holds no
 * value (a reader flattened that one field); `too-long`: its value is stored as a stream past the
 * size limit (or in a compression the reader does not take); `conflicting`: a radio group whose
 * buttons show more than one pick, none of them the one its value names.
 */
export type UnreadableReason = 'appearance-only' | 'too-long' | 'conflicting';

/** One terminal form field of a PDF, as `read.ts` finds it, before any answer is made of it. */
export interface FieldRecord {
  /** Its full name (partial names joined with "."). */
  name: string;
  /** A text field, a checkbox, a radio group, a choice (list or combo box) field, or anything else. */
  kind: 'text' | 'checkbox' | 'radio' | 'choice' | 'other';
  /** Text, the picked export value, or `"on"`/`""` for a checkbox. */
  value: string;
  /** A text value stored as a stream, read after the walk (with a limit). */
  stream?: PDFRawStream;
  /**
   * A text or choice field with no `/V` at all: its widgets' normal appearances, looked at to tell
   * a blank field from one that only shows its text.
   */
  appearances?: PDFRawStream[];
  /** Why the value could not be read (`value` is then blank). */
  unreadable?: UnreadableReason;
}

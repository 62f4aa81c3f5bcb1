import { textKind, type LineFieldOf } from '../shared/text';

/** A single line of text, such as a name or an address. */
export type TextInputField = LineFieldOf<'text'>;

declare module '../field-kind' {
  interface FieldKinds {
    text: TextInputField;
  }
}

export default textKind<TextInputField>('text', 'text', true);

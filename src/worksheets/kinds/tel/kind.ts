import { textKind, type LineFieldOf } from '../shared/text';

/**
 * A phone number, checked with libphonenumber-js when the form is sent (see `checks.ts`); numbers
 * without a +code are read as the clinic's `country`. Stored as typed.
 */
export type TelField = LineFieldOf<'tel'>;

declare module '../field-kind' {
  interface FieldKinds {
    tel: TelField;
  }
}

// Any text fits: whether it is a number someone can dial is the form's to say (asynchronously, with
// the phone library), never a reason to drop what a draft or a file holds.
export default textKind<TelField>('tel', 'text', true);

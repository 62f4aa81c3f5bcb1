import { textKind, type LineFieldOf } from '../shared/text';

/** An email address, checked when the form is sent (see `checks.ts`). Stored as typed. */
export type EmailField = LineFieldOf<'email'>;

declare module '../field-kind' {
  interface FieldKinds {
    email: EmailField;
  }
}

export default textKind<EmailField>('email', 'text', true);

import type { FieldBase, FieldKind } from '../field-kind';
import { yesNoStorage } from '../shared/storage';

/** One yes/no checkbox, e.g. an agreement. Stored as `true`/`false`. */
export interface CheckboxField extends FieldBase {
  kind: 'checkbox';
}

declare module '../field-kind' {
  interface FieldKinds {
    checkbox: CheckboxField;
  }
}

const checkbox: FieldKind<CheckboxField> = {
  kind: 'checkbox',
  answerKind: 'checkbox',
  storage: yesNoStorage,
  fit: (value) => value === true,
  // An agreement is the patient's own: a link never ticks it for them.
  prefillable: false,
};

export default checkbox;

import { choiceKind, type ChoiceFieldOf } from '../shared/choices';

/** Pick one of many options, from a list (drawn as a radio group in the PDF, so every option prints). */
export type SelectField = ChoiceFieldOf<'select'>;

declare module '../field-kind' {
  interface FieldKinds {
    select: SelectField;
  }
}

export default choiceKind('select', false, true);

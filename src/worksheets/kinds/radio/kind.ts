import { choiceKind, type ChoiceFieldOf } from '../shared/choices';

/** Pick one of a few options, all shown at once. */
export type RadioField = ChoiceFieldOf<'radio'>;

declare module '../field-kind' {
  interface FieldKinds {
    radio: RadioField;
  }
}

export default choiceKind('radio', false, true);

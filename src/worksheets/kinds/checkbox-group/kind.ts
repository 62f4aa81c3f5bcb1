import { choiceKind, type ChoiceFieldOf } from '../shared/choices';

/** Pick any number of options. Stored as the values picked. */
export type CheckboxGroupField = ChoiceFieldOf<'checkbox-group'>;

declare module '../field-kind' {
  interface FieldKinds {
    'checkbox-group': CheckboxGroupField;
  }
}

// A provider's link carries one value per field (`f.<id>=…`, see src/schemas/link-fragment.ts),
// so it cannot pick several.
export default choiceKind('checkbox-group', true, false);

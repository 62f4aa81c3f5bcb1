import { ChoiceGroup } from '../../../components/forms/ChoiceGroup';
import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';

/** A `checkbox-group` field: pick any number of options, stored as the list of values picked. */
export default function CheckboxGroupInput(props: FieldInputProps<FieldOf<'checkbox-group'>>) {
  return <ChoiceGroup {...props} type="checkbox" />;
}

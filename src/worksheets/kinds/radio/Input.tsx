import { ChoiceGroup } from '../../../components/forms/ChoiceGroup';
import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';

/** A `radio` field: pick one of a few options, all in view (clearer than a drop-down for short lists). */
export default function RadioInput(props: FieldInputProps<FieldOf<'radio'>>) {
  return <ChoiceGroup {...props} type="radio" />;
}

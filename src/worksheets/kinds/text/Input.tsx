import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { SingleLineInput } from '../../../components/forms/SingleLineInput';

/** A `text` field: one line of words, spelling checked as the browser does by default. */
export default function TextInput(props: FieldInputProps<FieldOf<'text'>>) {
  return <SingleLineInput {...props} type="text" />;
}

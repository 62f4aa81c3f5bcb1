import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { SingleLineInput } from '../../../components/forms/SingleLineInput';

/** A `date` field: the browser's date picker, which stores `YYYY-MM-DD` whatever it shows. */
export default function DateInput(props: FieldInputProps<FieldOf<'date'>>) {
  return <SingleLineInput {...props} type="date" short spellCheck={false} />;
}

import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { SingleLineInput } from '../../../components/forms/SingleLineInput';

/** A `time` field: the browser's time picker, which stores 24-hour `HH:MM` whatever it shows. */
export default function TimeInput(props: FieldInputProps<FieldOf<'time'>>) {
  return <SingleLineInput {...props} type="time" short spellCheck={false} />;
}

import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { SingleLineInput } from '../../../components/forms/SingleLineInput';

/** A `tel` field: a phone number, with the phone's number keypad and no spelling check. */
export default function TelInput(props: FieldInputProps<FieldOf<'tel'>>) {
  return <SingleLineInput {...props} type="tel" spellCheck={false} />;
}

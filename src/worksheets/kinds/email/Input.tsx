import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { SingleLineInput } from '../../../components/forms/SingleLineInput';

/** An `email` field: the phone's email keyboard (with @), no spelling check. */
export default function EmailInput(props: FieldInputProps<FieldOf<'email'>>) {
  return <SingleLineInput {...props} type="email" spellCheck={false} />;
}

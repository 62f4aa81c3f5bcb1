import type { HTMLInputTypeAttribute } from 'react';
import { autocompleteToken } from '../../worksheets/answers';
import type { DateField, TextField, TimeField } from '../../worksheets/types';
import type { FieldInputProps } from './field-input';
import { FieldWrapper } from './FieldWrapper';

interface Props extends FieldInputProps<TextField | DateField | TimeField> {
  /** The input's `type`, which picks the phone's keyboard and the browser's date or time picker. */
  type: HTMLInputTypeAttribute;
  /** A narrow box, for answers of a fixed short length (dates, times). */
  short?: boolean;
  /** `false` for answers a spelling checker would only mark wrong (numbers, addresses, dates). */
  spellCheck?: false;
}

/**
 * One labelled input on one line: the building block of the text, phone, email, date and time
 * kinds, which differ only in the `type` and size they ask for.
 */
export function SingleLineInput({ field, form, errors, type, short, spellCheck }: Props) {
  return (
    <FieldWrapper field={field} error={errors[field.id]}>
      {(control) => (
        <input
          {...control}
          type={type}
          className={short ? 'input input--short' : 'input'}
          autoComplete={autocompleteToken(field)}
          spellCheck={spellCheck}
          {...form.register(field.id)}
        />
      )}
    </FieldWrapper>
  );
}

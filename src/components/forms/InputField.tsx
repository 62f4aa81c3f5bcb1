import type { UseFormRegister } from 'react-hook-form';
import { autocompleteToken } from '../../worksheets/answers';
import type { DateField, TextField, TimeField, WorksheetAnswers } from '../../worksheets/types';
import { FieldLabel } from './FieldLabel';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './field-ids';

interface Props {
  field: TextField | DateField | TimeField;
  register: UseFormRegister<WorksheetAnswers>;
  error?: string;
}

/** Text, phone, email, date and time answers: one labelled input. */
export function InputField({ field, register, error }: Props) {
  const ids = fieldIds(field.id);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldLabel htmlFor={ids.input} text={field.label} optional={!field.required} />
      <FieldMessages hintId={ids.hint} hint={field.hint} errorId={ids.error} error={error} />
      <input
        id={ids.input}
        type={field.kind}
        className={field.kind === 'date' || field.kind === 'time' ? 'input input--short' : 'input'}
        autoComplete={autocompleteToken(field)}
        spellCheck={field.kind === 'text' ? undefined : false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.hint && ids.hint, error && ids.error)}
        {...register(field.id)}
      />
    </div>
  );
}

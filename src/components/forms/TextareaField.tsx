import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { autocompleteToken } from '../../worksheets/answers';
import { characterLength } from '../../worksheets/text-length';
import type { LongTextField, WorksheetAnswers } from '../../worksheets/types';
import { CharacterCount } from './CharacterCount';
import { FieldLabel } from './FieldLabel';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './field-ids';

interface Props {
  field: LongTextField;
  register: UseFormRegister<WorksheetAnswers>;
  control: Control<WorksheetAnswers>;
  error?: string;
}

/** A long answer with a character count. No `maxlength`: typing past the limit is never blocked. */
export function TextareaField({ field, register, control, error }: Props) {
  const ids = fieldIds(field.id);
  const value = useWatch({ control, name: field.id });
  const length = typeof value === 'string' ? characterLength(value) : 0;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldLabel htmlFor={ids.input} text={field.label} optional={!field.required} />
      <FieldMessages hintId={ids.hint} hint={field.hint} errorId={ids.error} error={error} />
      <textarea
        id={ids.input}
        className="textarea"
        rows={field.rows ?? 5}
        autoComplete={autocompleteToken(field)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.hint && ids.hint, error && ids.error, ids.count)}
        {...register(field.id)}
      />
      <CharacterCount id={ids.count} length={length} maxLength={field.maxLength} />
    </div>
  );
}

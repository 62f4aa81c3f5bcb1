import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { offeredOptions } from '../../worksheets/answers';
import type { ChoiceField, WorksheetAnswers } from '../../worksheets/types';
import { FieldLabel } from './FieldLabel';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './field-ids';

interface Props {
  field: ChoiceField & { kind: 'select' };
  register: UseFormRegister<WorksheetAnswers>;
  control: Control<WorksheetAnswers>;
  error?: string;
}

/**
 * A drop-down for long option lists (radios are clearer for short ones, so prefer `radio`). A
 * retired option is listed only while it is the answer.
 */
export function SelectField({ field, register, control, error }: Props) {
  const ids = fieldIds(field.id);
  const picked = useWatch({ control, name: field.id });
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldLabel htmlFor={ids.input} text={field.label} optional={!field.required} />
      <FieldMessages hintId={ids.hint} hint={field.hint} errorId={ids.error} error={error} />
      <select
        id={ids.input}
        className="select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(field.hint && ids.hint, error && ids.error)}
        {...register(field.id)}
      >
        <option value="" />
        {offeredOptions(field, picked).map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

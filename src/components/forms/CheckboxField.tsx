import type { UseFormRegister } from 'react-hook-form';
import type { CheckboxField as CheckboxFieldDefinition, WorksheetAnswers } from '../../worksheets/types';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './field-ids';

interface Props {
  field: CheckboxFieldDefinition;
  register: UseFormRegister<WorksheetAnswers>;
  error?: string;
}

/** One yes/no statement, such as an agreement; the label is the statement itself. */
export function CheckboxField({ field, register, error }: Props) {
  const ids = fieldIds(field.id);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldMessages hintId={ids.hint} hint={field.hint} errorId={ids.error} error={error} />
      <div className="choice">
        <input
          id={ids.input}
          type="checkbox"
          className="choice__input"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(field.hint && ids.hint, error && ids.error)}
          {...register(field.id)}
        />
        <label className="choice__label" htmlFor={ids.input}>
          {field.label}
        </label>
      </div>
    </div>
  );
}

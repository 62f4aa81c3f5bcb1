import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { autocompleteToken, offeredOptions, OTHER_VALUE, otherKey } from '../../worksheets/answers';
import type { ChoiceField, WorksheetAnswers } from '../../worksheets/types';
import { FieldLabel } from './FieldLabel';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './field-ids';

interface Props {
  field: ChoiceField & { kind: 'radio' | 'checkbox-group' };
  register: UseFormRegister<WorksheetAnswers>;
  control: Control<WorksheetAnswers>;
  error?: string;
  otherError?: string;
}

/**
 * Radios or checkboxes in a fieldset whose legend is the question (GOV.UK). Picking "Other"
 * reveals a text box right under it; the box is only hidden, never emptied, so nothing typed is lost.
 * A retired option is listed only while it is the answer (from an older PDF, a draft or a link).
 */
export function ChoiceGroup({ field, register, control, error, otherError }: Props) {
  const ids = fieldIds(field.id);
  const other = fieldIds(otherKey(field));
  const type = field.kind === 'radio' ? 'radio' : 'checkbox';
  const picked = useWatch({ control, name: field.id });
  const otherPicked = Array.isArray(picked) ? picked.includes(OTHER_VALUE) : picked === OTHER_VALUE;

  return (
    <div className={error || otherError ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy(field.hint && ids.hint, error && ids.error)}>
        <FieldLabel as="legend" text={field.label} optional={!field.required} />
        <FieldMessages hintId={ids.hint} hint={field.hint} errorId={ids.error} error={error} />
        <div className={`choices choices--${type}`}>
          {offeredOptions(field, picked).map((option, index) => {
            // The first option carries the field's own id, so the error summary can link to it.
            const id = index === 0 ? ids.input : `${ids.input}-${option.value}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  id={id}
                  type={type}
                  className="choice__input"
                  value={option.value}
                  aria-invalid={error ? true : undefined}
                  {...register(field.id)}
                />
                <label className="choice__label" htmlFor={id}>
                  {option.label}
                </label>
                {option.value === OTHER_VALUE && field.other && (
                  <div className="choice__reveal" hidden={!otherPicked}>
                    <label className="field__label field__label--small" htmlFor={other.input}>
                      {field.other.textLabel}
                    </label>
                    <FieldMessages hintId={other.hint} errorId={other.error} error={otherError} />
                    <input
                      id={other.input}
                      type="text"
                      className="input"
                      autoComplete={autocompleteToken(field)}
                      aria-invalid={otherError ? true : undefined}
                      aria-describedby={describedBy(otherError && other.error)}
                      {...register(otherKey(field))}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

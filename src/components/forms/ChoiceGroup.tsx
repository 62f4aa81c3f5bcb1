import { useWatch } from 'react-hook-form';
import { autocompleteToken, offeredOptions, OTHER_VALUE, otherKey } from '../../worksheets/answers';
import type { ChoiceField } from '../../worksheets/types';
import type { FieldInputProps } from './field-input';
import { FieldMessages } from './FieldMessages';
import { FieldWrapper } from './FieldWrapper';
import { describedBy, fieldIds } from './field-ids';

interface Props extends FieldInputProps<ChoiceField> {
  /** Radios (pick one) or checkboxes (pick any). */
  type: 'radio' | 'checkbox';
}

/**
 * Radios or checkboxes in a fieldset whose legend is the question (GOV.UK): the building block of
 * the `radio` and `checkbox-group` kinds. Picking "Other" reveals a text box right under it; the
 * box is only hidden, never emptied, so nothing typed is lost. A retired option is listed only
 * while it is the answer (from an older PDF, a draft or a link).
 */
export function ChoiceGroup({ field, form, errors, type }: Props) {
  const other = fieldIds(otherKey(field));
  const otherError = errors[otherKey(field)];
  const picked = useWatch({ control: form.control, name: field.id });
  const otherPicked = Array.isArray(picked) ? picked.includes(OTHER_VALUE) : picked === OTHER_VALUE;

  return (
    <FieldWrapper field={field} error={errors[field.id]} question="legend" innerError={Boolean(otherError)}>
      {(control) => (
        <div className={`choices choices--${type}`}>
          {offeredOptions(field, picked).map((option, index) => {
            // The first option carries the field's own id, so the error summary can link to it.
            const id = index === 0 ? control.id : `${control.id}-${option.value}`;
            return (
              <div className="choice" key={option.value}>
                <input
                  id={id}
                  type={type}
                  className="choice__input"
                  value={option.value}
                  aria-invalid={control['aria-invalid']}
                  {...form.register(field.id)}
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
                      {...form.register(otherKey(field))}
                    />
                  </div>
                )}
              </div>
            );
          })}
        </div>
      )}
    </FieldWrapper>
  );
}

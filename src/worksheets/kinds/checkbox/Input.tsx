import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { FieldWrapper } from '../../../components/forms/FieldWrapper';

/**
 * A `checkbox` field: one yes/no statement, such as an agreement. The label is the statement
 * itself and follows the box (GOV.UK checkboxes), so it carries no "(optional)".
 */
export default function CheckboxInput({ field, form, errors }: FieldInputProps<FieldOf<'checkbox'>>) {
  return (
    <FieldWrapper field={field} error={errors[field.id]} question="after">
      {(control) => (
        <div className="choice">
          <input {...control} type="checkbox" className="choice__input" {...form.register(field.id)} />
          <label className="choice__label" htmlFor={control.id}>
            {field.label}
          </label>
        </div>
      )}
    </FieldWrapper>
  );
}

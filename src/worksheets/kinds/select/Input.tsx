import { useWatch } from 'react-hook-form';
import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { FieldWrapper } from '../../../components/forms/FieldWrapper';
import { offeredOptions } from '../../answers';

/**
 * A `select` field: a drop-down for long option lists (radios are clearer for short ones, so
 * prefer `radio`). A retired option is listed only while it is the answer.
 */
export default function SelectInput({ field, form, errors }: FieldInputProps<FieldOf<'select'>>) {
  const picked = useWatch({ control: form.control, name: field.id });
  return (
    <FieldWrapper field={field} error={errors[field.id]}>
      {(control) => (
        <select {...control} className="select" {...form.register(field.id)}>
          <option value="" />
          {offeredOptions(field, picked).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldWrapper>
  );
}

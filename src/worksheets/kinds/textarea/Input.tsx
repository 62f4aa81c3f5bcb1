import { useWatch } from 'react-hook-form';
import { CharacterCount } from '../../../components/forms/CharacterCount';
import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { FieldWrapper } from '../../../components/forms/FieldWrapper';
import { fieldIds } from '../../../components/forms/field-ids';
import { autocompleteToken } from '../../answers';
import { characterLength } from '../../text-length';

/**
 * A `textarea` field: a long answer with a character count. No `maxlength`: typing past the limit
 * is never blocked (the answer is kept and the error comes on submit).
 */
export default function TextareaInput({ field, form, errors }: FieldInputProps<FieldOf<'textarea'>>) {
  const count = fieldIds(field.id).count;
  const value = useWatch({ control: form.control, name: field.id });
  const length = typeof value === 'string' ? characterLength(value) : 0;
  return (
    <FieldWrapper field={field} error={errors[field.id]} describedByAlso={count}>
      {(control) => (
        <>
          <textarea
            {...control}
            className="textarea"
            rows={field.rows ?? 5}
            autoComplete={autocompleteToken(field)}
            {...form.register(field.id)}
          />
          <CharacterCount id={count} length={length} maxLength={field.maxLength} />
        </>
      )}
    </FieldWrapper>
  );
}

import type { HTMLAttributes } from 'react';
import { FieldLabel } from '../forms/FieldLabel';
import { FieldMessages } from '../forms/FieldMessages';
import { describedBy, fieldIds } from '../forms/field-ids';

/** One choice of a {@link BuilderField} drop-down. */
export interface BuilderOption {
  value: string;
  label: string;
}

interface Props {
  /** The key in the link (`f.providerName`, `o.fasting.food`); the element ids follow from it. */
  name: string;
  label: string;
  hint?: string;
  /** Shown, GOV.UK style, between the hint and the input; the input is marked invalid. */
  error?: string;
  value: string;
  onChange: (value: string) => void;
  /** Called when the input loses focus: errors wait for it, so nobody is told off mid-typing. */
  onBlur: () => void;
  type?: 'text' | 'tel' | 'email' | 'date' | 'time' | 'textarea';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  /** A narrow input, for numbers, dates and times (GOV.UK: width hints at the answer's length). */
  short?: boolean;
  /** A drop-down with a blank first choice labelled `emptyLabel`, instead of a text input. */
  options?: readonly BuilderOption[];
  emptyLabel?: string;
}

/** Element ids for the input of link key `name` (dots are valid in ids but awkward in selectors). */
export const builderFieldIds = (name: string) => fieldIds(`builder-${name.replace(/[^\w-]/g, '-')}`);

/**
 * A controlled, optional input for the link builder with the worksheet forms' label, hint and
 * inline error (the same components and classes). Nothing here is required, so no "(optional)":
 * every input says what leaving it empty means instead.
 */
export function BuilderField(props: Props) {
  const {
    name,
    label,
    hint,
    error,
    value,
    onChange,
    onBlur,
    type = 'text',
    inputMode,
    short,
    options,
    emptyLabel,
  } = props;
  const ids = builderFieldIds(name);
  const common = {
    id: ids.input,
    value,
    onBlur,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint && ids.hint, error && ids.error),
  };
  let control;
  if (options) {
    control = (
      <select {...common} className="select" onChange={(event) => onChange(event.target.value)}>
        <option value="">{emptyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (type === 'textarea') {
    control = <textarea {...common} className="textarea" rows={3} onChange={(event) => onChange(event.target.value)} />;
  } else {
    control = (
      <input
        {...common}
        type={type}
        inputMode={inputMode}
        className={short ? 'input input--short' : 'input'}
        // These are care-team details, never the provider's own: a browser's saved name or phone would be wrong here.
        autoComplete="off"
        spellCheck={type === 'text' ? undefined : false}
        onChange={(event) => onChange(event.target.value)}
      />
    );
  }
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldLabel htmlFor={ids.input} text={label} optional={false} />
      <FieldMessages hintId={ids.hint} hint={hint} errorId={ids.error} error={error} />
      {control}
    </div>
  );
}

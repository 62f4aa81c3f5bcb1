import type { ReactNode } from 'react';
import type { WorksheetField } from '../../worksheets/types';
import { FieldLabel } from './FieldLabel';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './field-ids';

/** What a field's control (input, textarea, select, canvas) carries, from {@link FieldWrapper}. */
export interface ControlAttributes {
  /** `field-<id>`: what the label points at and the error summary links to. */
  id: string;
  'aria-invalid': true | undefined;
  /** Hint, error and any `describedByAlso`, for a control that is not inside a fieldset. */
  'aria-describedby'?: string;
}

interface Props {
  /** The question: its id, label, hint and whether it is required. */
  field: Pick<WorksheetField, 'id' | 'label' | 'hint' | 'required'>;
  /** The field's own message after a failed submit. */
  error?: string;
  /**
   * Where the question goes:
   * - `label` (default): a `<label>` above one control, which is described by the hint and error;
   * - `legend`: a fieldset whose legend is the question, for several controls (radios, checkboxes,
   *   a drawing pad and its buttons); the fieldset is described by the hint and error (GOV.UK);
   * - `after`: the control's own label comes after it (a single checkbox, whose label is the
   *   statement itself), so only the hint and error are above.
   */
  question?: 'label' | 'legend' | 'after';
  /** More ids describing the control, after the hint and error (a character count's limit). */
  describedByAlso?: string;
  /** An answer inside this field (an "Other" box) has an error too: the field shows as in error. */
  innerError?: boolean;
  /** The control(s), given the attributes that tie them to the question. */
  children: (control: ControlAttributes) => ReactNode;
}

/**
 * The one frame every field kind's input sits in, so each GOV.UK pattern is written once: the
 * question ("(optional)" in words for optional answers), then the hint, then the inline error
 * (prefixed "Error:" for screen readers), each joined to the control by `aria-describedby`, and
 * the red error bar on the whole field.
 */
export function FieldWrapper({ field, error, question = 'label', describedByAlso, innerError, children }: Props) {
  const ids = fieldIds(field.id);
  const optional = !field.required;
  const messages = <FieldMessages hintId={ids.hint} hint={field.hint} errorId={ids.error} error={error} />;
  const described = describedBy(field.hint && ids.hint, error && ids.error, describedByAlso);
  const invalid = error ? true : undefined;

  return (
    <div className={error || innerError ? 'field field--error' : 'field'}>
      {question === 'legend' ? (
        <fieldset className="fieldset" aria-describedby={describedBy(field.hint && ids.hint, error && ids.error)}>
          <FieldLabel as="legend" text={field.label} optional={optional} />
          {messages}
          {children({ id: ids.input, 'aria-invalid': invalid })}
        </fieldset>
      ) : (
        <>
          {question === 'label' && <FieldLabel htmlFor={ids.input} text={field.label} optional={optional} />}
          {messages}
          {children({ id: ids.input, 'aria-invalid': invalid, 'aria-describedby': described })}
        </>
      )}
    </div>
  );
}

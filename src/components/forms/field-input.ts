import type { ComponentType } from 'react';
import type { Control, UseFormClearErrors, UseFormRegister, UseFormSetValue } from 'react-hook-form';
import type { FieldKindName, FieldKinds } from '../../worksheets/kinds/field-kind';
import type { WorksheetAnswers, WorksheetField } from '../../worksheets/types';

/** The definition type of one kind's fields, as its `kind.ts` declares it: `FieldOf<'tel'>`. */
export type FieldOf<K extends FieldKindName> = FieldKinds[K];

/** The parts of react-hook-form's `useForm` a field's input uses. */
export interface FieldForm {
  register: UseFormRegister<WorksheetAnswers>;
  control: Control<WorksheetAnswers>;
  setValue: UseFormSetValue<WorksheetAnswers>;
  /**
   * Clears messages of answers that moved (a repeated section's entries move up when one is
   * removed, and a message would stay on the wrong entry until the next submit).
   */
  clearErrors?: UseFormClearErrors<WorksheetAnswers>;
}

/**
 * What the form gives every field kind's input (`src/worksheets/kinds/<kind>/Input.tsx`).
 * @typeParam F the kind's field definition
 */
export interface FieldInputProps<F extends WorksheetField = WorksheetField> {
  /** The field, with clinic values already filled into its text. */
  field: F;
  form: FieldForm;
  /**
   * Messages after a failed submit, by answer key: the field's own (`field.id`) and any other
   * answer it holds (a choice's "Other" text, `<id>Other`). The same words as the error summary.
   */
  errors: Readonly<Record<string, string | undefined>>;
}

/** A field kind's input component: the default export of its `Input.tsx`. */
export type FieldInput<F extends WorksheetField = WorksheetField> = ComponentType<FieldInputProps<F>>;

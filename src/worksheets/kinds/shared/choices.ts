import type { AnswerValue } from '../../types';
import type { AnswerKind, FieldBase, FieldKind } from '../field-kind';
import { picksStorage, textStorage } from './storage';

/**
 * What the three kinds that pick from options — radio, select (pick one) and checkbox-group
 * (pick several) — share: their options, the "Other" text box, and what an answer may hold.
 */

/** One choice in a radio group, checkbox group or select. `value` is what is stored and printed in the PDF field. */
export interface ChoiceOption {
  /** Stable value (letters, digits and dashes); never shown, never changes once released. */
  value: string;
  /** What the patient reads. */
  label: string;
  /** Optional hint under the option. */
  hint?: string;
  /**
   * No longer offered, but still read. A retired value stays valid everywhere an answer is read
   * or checked (resume from a PDF, drafts, a provider's link, validation), so an older answer is
   * never lost or refused; the form and the PDF show the option only while the answer already
   * holds it, so the patient sees what they chose and can change it, and nobody new is offered it.
   * Keep retired options in the list (their value must never be reused for something else).
   */
  retired?: boolean;
}

/** The "Other" option of a choice field, which reveals a text box. */
export interface ChoiceOther {
  /** The option's label, e.g. "Something else". */
  label: string;
  /** The text box's label, e.g. "What else will you bring". */
  textLabel: string;
  /** Most characters of the text. */
  maxLength: number;
  /** The error when "Other" is picked and the text box is empty. */
  requiredMessage: string;
}

/** A field that picks from fixed options; `K` is its kind. */
export interface ChoiceFieldOf<K extends string> extends FieldBase {
  kind: K;
  options: ChoiceOption[];
  /**
   * Adds an "Other" option that reveals a text box. Its answer is stored under `<id>Other`
   * (a PDF text field of that name).
   */
  other?: ChoiceOther;
}

/** Pick one (radio, select) or several (checkbox-group) from fixed options. */
export type ChoiceField = ChoiceFieldOf<'radio' | 'select' | 'checkbox-group'>;

/** The value a choice field stores when "Other" is picked. */
export const OTHER_VALUE = 'other';

/** The key of the "Other" text answer of a choice field. */
export const otherKey = (field: Pick<ChoiceField, 'id'>) => `${field.id}Other`;

/**
 * The options of a choice field, "Other" included when it has one: every value an answer may hold,
 * retired ones too (what validation, drafts, resume and links accept).
 */
export function choiceOptions(field: Pick<ChoiceField, 'options' | 'other'>): ChoiceOption[] {
  return field.other ? [...field.options, { value: OTHER_VALUE, label: field.other.label }] : field.options;
}

/**
 * The options the form and the PDF show: {@link choiceOptions} less retired ones, except a retired
 * one the answer already holds (from an older PDF, a draft or a link), so it is shown as chosen.
 * @param answer the field's current answer
 */
export function offeredOptions(field: Pick<ChoiceField, 'options' | 'other'>, answer: unknown): ChoiceOption[] {
  const picked = (value: string) => (Array.isArray(answer) ? answer.includes(value) : answer === value);
  return choiceOptions(field).filter((option) => !option.retired || picked(option.value));
}

/** Whether the answer of a choice field has "Other" picked. */
export const picksOther = (answer: unknown) =>
  Array.isArray(answer) ? answer.includes(OTHER_VALUE) : answer === OTHER_VALUE;

const values = (field: ChoiceField) => choiceOptions(field).map((option) => option.value);

/** A PDF field name is `<id>.<option>` for a group's options (see pdf/field-names.ts), so values keep to these. */
const OPTION_VALUE = /^[a-zA-Z0-9-]+$/;

/** What is wrong with a choice field's options, for {@link FieldKind.problem}. */
function optionsProblem(field: ChoiceField): string | undefined {
  const all = values(field);
  const bad = all.find((value) => !OPTION_VALUE.test(value));
  if (bad !== undefined) return `option "${bad}" must be letters, digits and dashes`;
  const twice = all.find((value, index) => all.indexOf(value) !== index);
  if (twice !== undefined)
    return `option "${twice}" is there twice${twice === OTHER_VALUE ? ' (the "Other" option is added for you)' : ''}`;
  return undefined;
}

/**
 * The `kind.ts` of a choice kind.
 * @param kind its name
 * @param several whether it picks several (checkbox-group) rather than one
 * @param prefillable whether a provider's link may pick for the patient
 */
export function choiceKind<K extends ChoiceField['kind']>(
  kind: K,
  several: boolean,
  prefillable: boolean,
): FieldKind<ChoiceFieldOf<K>> {
  const answerKind: AnswerKind = several ? 'choices' : 'choice';
  return {
    kind,
    answerKind,
    storage: several ? picksStorage : textStorage,
    // Picks it offers (retired ones too), each once, in the order given; one pick: '' if not an option.
    fit: (value: AnswerValue, field) => {
      const offered = values(field);
      if (Array.isArray(value))
        return value.filter((pick, index) => offered.includes(pick) && value.indexOf(pick) === index);
      return typeof value === 'string' && (value === '' || offered.includes(value)) ? value : textStorage.empty;
    },
    prefillable,
    choices: choiceOptions,
    other: (field) => field.other,
    problem: optionsProblem,
  };
}

import type { AnswerValue, ChoiceField, OwnDetailToken, WorksheetAnswers, WorksheetDefinition, WorksheetField } from './types';

/** How one answer is stored: the unit the form, the schema, the PDF and resume all agree on. */
export type AnswerKind = 'text' | 'multiline' | 'date' | 'time' | 'checkbox' | 'choice' | 'choices' | 'signature';

/** One stored answer: a field's own value, or the "Other" text of a choice field. */
export interface AnswerSlot {
  /** Key in {@link WorksheetAnswers} and the PDF field name. */
  key: string;
  kind: AnswerKind;
  field: WorksheetField;
  /** For `<id>Other` slots: the choice field they belong to. */
  otherOf?: ChoiceField;
  /** Most characters, for text slots. */
  maxLength?: number;
}

const kindOf = (field: WorksheetField): AnswerKind => {
  switch (field.kind) {
    case 'text':
    case 'tel':
    case 'email':
      return 'text';
    case 'textarea':
      return 'multiline';
    case 'date':
    case 'time':
    case 'checkbox':
    case 'signature':
      return field.kind;
    case 'radio':
    case 'select':
      return 'choice';
    case 'checkbox-group':
      return 'choices';
  }
};

/**
 * The `autocomplete` attribute of a field's input (and of a choice field's "Other" box): the
 * patient's own name or phone number where the definition allows it, "off" for everything else.
 * The one place the default is set, so a new field cannot forget it.
 */
export const autocompleteToken = (field: WorksheetField): OwnDetailToken | 'off' =>
  ('autocomplete' in field && field.autocomplete) || 'off';

/** The key of the "Other" text answer of a choice field. */
export const otherKey = (field: ChoiceField) => `${field.id}Other`;

/** The value a choice field stores when "Other" is picked. */
export const OTHER_VALUE = 'other';

/** Every field of a definition, in order. */
export const allFields = (definition: WorksheetDefinition): WorksheetField[] =>
  definition.sections.flatMap((section) => section.fields);

/**
 * Every answer slot of a definition, in reading order, "Other" text right after its field.
 * @throws when two slots share a key, or an id is not plain camelCase, so a bad definition fails
 * the build rather than a patient's PDF.
 */
export function answerSlots(definition: WorksheetDefinition): AnswerSlot[] {
  const slots: AnswerSlot[] = [];
  for (const field of allFields(definition)) {
    if (!/^[a-z][a-zA-Z0-9]*$/.test(field.id)) {
      throw new Error(`${definition.id}: field id "${field.id}" must be camelCase letters and digits.`);
    }
    if (field.required && !field.requiredMessage) {
      throw new Error(`${definition.id}: required field "${field.id}" needs a requiredMessage.`);
    }
    const maxLength = 'maxLength' in field ? field.maxLength : undefined;
    slots.push({ key: field.id, kind: kindOf(field), field, maxLength });
    if ((field.kind === 'radio' || field.kind === 'select' || field.kind === 'checkbox-group') && field.other) {
      slots.push({ key: otherKey(field), kind: 'text', field, otherOf: field, maxLength: field.other.maxLength });
    }
  }
  const seen = new Set<string>();
  for (const slot of slots) {
    if (seen.has(slot.key)) throw new Error(`${definition.id}: two answers share the key "${slot.key}".`);
    seen.add(slot.key);
  }
  return slots;
}

/** The empty value of each kind: what a blank form holds. */
export function emptyValue(kind: AnswerKind): AnswerValue {
  if (kind === 'checkbox') return false;
  if (kind === 'choices') return [];
  return '';
}

/** A blank set of answers for a definition. */
export function emptyAnswers(definition: WorksheetDefinition): WorksheetAnswers {
  return Object.fromEntries(answerSlots(definition).map((slot) => [slot.key, emptyValue(slot.kind)]));
}

/**
 * The answers a form starts with: blank, except fields whose definition names a clinic value
 * (`defaultFrom`), which start with that value.
 * @param clinicValue looks up a clinic value's text, e.g. from `formatClinicValue`
 */
export function initialAnswers(
  definition: WorksheetDefinition,
  clinicValue: (name: NonNullable<WorksheetField['defaultFrom']>) => string,
): WorksheetAnswers {
  const answers = emptyAnswers(definition);
  for (const field of allFields(definition)) {
    if (field.defaultFrom) answers[field.id] = clinicValue(field.defaultFrom);
  }
  return answers;
}

/** The options of a choice field, "Other" included when it has one. */
export function choiceOptions(field: ChoiceField): { value: string; label: string; hint?: string }[] {
  return field.other ? [...field.options, { value: OTHER_VALUE, label: field.other.label }] : field.options;
}

/**
 * Coerces raw form values into {@link WorksheetAnswers}: an unpicked radio (`null`), a missing
 * key or a lone checkbox value become the kind's empty value, so validation, the PDF and resume
 * all see one shape whatever the browser reported.
 */
export function normalizeAnswers(definition: WorksheetDefinition, raw: Record<string, unknown>): WorksheetAnswers {
  const answers: WorksheetAnswers = {};
  for (const slot of answerSlots(definition)) {
    const value = raw[slot.key];
    if (slot.kind === 'checkbox') answers[slot.key] = value === true;
    else if (slot.kind === 'choices')
      answers[slot.key] = Array.isArray(value) ? value.map(String) : typeof value === 'string' && value ? [value] : [];
    else answers[slot.key] = typeof value === 'string' ? value : '';
  }
  return answers;
}

import type {
  AnswerValue,
  ChoiceField,
  ChoiceOption,
  OwnDetailToken,
  ShowWhen,
  WorksheetAnswers,
  WorksheetDefinition,
  WorksheetField,
  WorksheetSection,
} from './types';

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
  /**
   * The conditions the slot is shown under: its section's `showWhen`, then its field's (none for
   * most). See {@link isShown}.
   */
  conditions: readonly ShowWhen[];
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
  for (const section of definition.sections) for (const field of section.fields) {
    const conditions = [section.showWhen, field.showWhen].filter((condition): condition is ShowWhen => condition !== undefined);
    for (const condition of conditions) checkCondition(definition, slots, field.id, condition);
    if (!/^[a-z][a-zA-Z0-9]*$/.test(field.id)) {
      throw new Error(`${definition.id}: field id "${field.id}" must be camelCase letters and digits.`);
    }
    if (field.required && !field.requiredMessage) {
      throw new Error(`${definition.id}: required field "${field.id}" needs a requiredMessage.`);
    }
    const maxLength = 'maxLength' in field ? field.maxLength : undefined;
    slots.push({ key: field.id, kind: kindOf(field), field, maxLength, conditions });
    if ((field.kind === 'radio' || field.kind === 'select' || field.kind === 'checkbox-group') && field.other) {
      slots.push({ key: otherKey(field), kind: 'text', field, otherOf: field, maxLength: field.other.maxLength, conditions });
    }
  }
  const seen = new Set<string>();
  for (const slot of slots) {
    if (seen.has(slot.key)) throw new Error(`${definition.id}: two answers share the key "${slot.key}".`);
    seen.add(slot.key);
  }
  return slots;
}

/**
 * Refuses a `showWhen` that could not work: it must name a radio, select or checkbox-group field
 * that comes earlier and is always shown (so conditions never chain or loop), and only its options.
 */
function checkCondition(definition: WorksheetDefinition, earlier: readonly AnswerSlot[], id: string, condition: ShowWhen): void {
  const where = `${definition.id}: "${id}" shows when "${condition.field}"`;
  const controller = earlier.find((slot) => slot.key === condition.field && !slot.otherOf);
  if (!controller) throw new Error(`${where}, which is not a field before it.`);
  if (controller.kind !== 'choice' && controller.kind !== 'choices') throw new Error(`${where}, which is not a radio, select or checkbox-group field.`);
  if (controller.conditions.length > 0) throw new Error(`${where}, which is itself shown only sometimes: conditions cannot chain.`);
  const values = choiceOptions(controller.field as ChoiceField).map((option) => option.value);
  const unknown = condition.equals.filter((value) => !values.includes(value));
  if (condition.equals.length === 0 || unknown.length > 0) {
    throw new Error(`${where} equals ${unknown.length > 0 ? `"${unknown.join('", "')}", not an option of it` : 'nothing'}.`);
  }
}

/** Whether one condition holds for these answers: the controlling answer is (or, for a group, includes) one of its values. */
export function conditionHolds(condition: ShowWhen, answers: Readonly<Record<string, unknown>>): boolean {
  const answer = answers[condition.field];
  return Array.isArray(answer) ? answer.some((value) => condition.equals.includes(value as string)) : condition.equals.includes(answer as string);
}

/**
 * Whether a slot is shown for these answers: every condition of its section and field holds. The
 * one rule the form (what it hides), validation (what it skips) and the PDF (what it prints)
 * share. A hidden slot's answer is kept, never blanked.
 * @param answers raw form values or {@link WorksheetAnswers}
 */
export function isShown(slot: Pick<AnswerSlot, 'conditions'>, answers: Readonly<Record<string, unknown>>): boolean {
  return slot.conditions.every((condition) => conditionHolds(condition, answers));
}

/**
 * Whether a section is shown: its own condition holds and at least one of its fields is shown
 * (a heading with nothing under it is not shown either).
 */
export function isSectionShown(section: WorksheetSection, answers: Readonly<Record<string, unknown>>): boolean {
  if (section.showWhen && !conditionHolds(section.showWhen, answers)) return false;
  return section.fields.some((field) => !field.showWhen || conditionHolds(field.showWhen, answers));
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

/**
 * The options of a choice field, "Other" included when it has one: every value an answer may hold,
 * retired ones too (what validation, drafts, resume and links accept).
 */
export function choiceOptions(field: ChoiceField): ChoiceOption[] {
  return field.other ? [...field.options, { value: OTHER_VALUE, label: field.other.label }] : field.options;
}

/**
 * The options the form and the PDF show: {@link choiceOptions} less retired ones, except a retired
 * one the answer already holds (from an older PDF, a draft or a link), so it is shown as chosen.
 * @param answer the field's current answer
 */
export function offeredOptions(field: ChoiceField, answer: unknown): ChoiceOption[] {
  const picked = (value: string) => (Array.isArray(answer) ? answer.includes(value) : answer === value);
  return choiceOptions(field).filter((option) => !option.retired || picked(option.value));
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

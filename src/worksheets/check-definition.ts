import { answerSlots, type AnswerSlot, type SlotEntry } from './answers';
import { MAX_ENTRIES } from './entries';
import { kindOf } from './kinds/kind-table';
import type { ShowWhen, WorksheetDefinition, WorksheetSection } from './types';

/**
 * The rules a worksheet definition must keep, checked once when the site is built (the registry,
 * `orderedDefinitions`, checks every shipped definition; tests check their fixtures), not in the
 * patient's browser, which only reads definitions the build has already checked.
 */

/**
 * Checks a definition and gives its answer slots.
 * @throws when two slots share a key (an entry's `<id><n>` included), an id is not plain camelCase,
 * a required field has no message, a `showWhen` could not work, a repeated section breaks a rule of
 * `SectionRepeat` (types.ts), or the field's kind finds a problem with it (`FieldKind.problem`), so
 * a bad definition fails the build rather than a patient's PDF
 */
export function checkDefinition(definition: WorksheetDefinition): AnswerSlot[] {
  for (const section of definition.sections) if (section.repeat) checkRepeat(definition, section);
  const slots = answerSlots(definition);
  slots.forEach((slot, index) => {
    if (slot.otherOf) return;
    const { field } = slot;
    for (const condition of slot.conditions)
      checkCondition(definition, slots.slice(0, index), field.id, condition, slot.entry);
    if (!/^[a-z][a-zA-Z0-9]*$/.test(field.id))
      throw new Error(`${definition.id}: field id "${field.id}" must be camelCase letters and digits.`);
    if (field.required && !field.requiredMessage)
      throw new Error(`${definition.id}: required field "${field.id}" needs a requiredMessage.`);
    const problem = kindOf(field).problem?.(field);
    if (problem) throw new Error(`${definition.id}: field "${field.id}": ${problem}.`);
  });
  const seen = new Set<string>();
  for (const slot of slots) {
    if (seen.has(slot.key)) throw new Error(`${definition.id}: two answers share the key "${slot.key}".`);
    seen.add(slot.key);
  }
  return slots;
}

/** Refuses a repeated section that breaks a rule of `SectionRepeat` (types.ts), naming the rule. */
function checkRepeat(definition: WorksheetDefinition, section: WorksheetSection): void {
  const where = `${definition.id}: repeated section "${section.id}"`;
  const { max, entryTitle, addLabel, removeLabel } = section.repeat!;
  if (!Number.isInteger(max) || max < 2 || max > MAX_ENTRIES)
    throw new Error(`${where}: set repeat.max to a whole number from 2 to ${MAX_ENTRIES}.`);
  for (const [name, words] of Object.entries({ entryTitle, addLabel, removeLabel })) {
    if (typeof words !== 'string' || words.trim() === '') throw new Error(`${where}: give repeat.${name} some words.`);
  }
  for (const field of section.fields) {
    // `day1` in entry 2 would be `day12`, which reads as `day` in entry 12 too.
    if (!/[a-zA-Z]$/.test(field.id))
      throw new Error(`${where}: field id "${field.id}" must end in a letter (each entry adds its number).`);
    if (field.prefillable)
      throw new Error(`${where}: "${field.id}" cannot be prefillable (each entry is the patient's own).`);
    if (field.defaultFrom)
      throw new Error(`${where}: "${field.id}" cannot have a defaultFrom (it would put every entry in use).`);
  }
}

/**
 * Refuses a `showWhen` that could not work: it must name a radio, select or checkbox-group field
 * that comes earlier and is always shown (so conditions never chain or loop), and only its options;
 * an answer of a repeated section's entry only from within the same entry.
 * @param entry the entry of the field or section that has the condition, if it is in one
 */
function checkCondition(
  definition: WorksheetDefinition,
  earlier: readonly AnswerSlot[],
  id: string,
  condition: ShowWhen,
  entry: SlotEntry | undefined,
): void {
  const where = `${definition.id}: "${id}" shows when "${condition.field}"`;
  const controller = earlier.find((slot) => slot.key === condition.field && !slot.otherOf);
  if (!controller) throw new Error(`${where}, which is not a field before it.`);
  if (controller.entry && (controller.entry.section !== entry?.section || controller.entry.n !== entry.n)) {
    throw new Error(
      `${where}, an answer of one entry of a repeated section: only a field of that section can depend on it, in each entry.`,
    );
  }
  const options = kindOf(controller.field).choices?.(controller.field);
  if (!options) throw new Error(`${where}, which is not a radio, select or checkbox-group field.`);
  if (controller.conditions.length > 0)
    throw new Error(`${where}, which is itself shown only sometimes: conditions cannot chain.`);
  const values = options.map((option) => option.value);
  const unknown = condition.equals.filter((value) => !values.includes(value));
  if (condition.equals.length === 0 || unknown.length > 0) {
    throw new Error(
      `${where} equals ${unknown.length > 0 ? `"${unknown.join('", "')}", not an option of it` : 'nothing'}.`,
    );
  }
}

import type { UiTranslator } from '../i18n/strings';
import { allFields, sectionEntries } from './entries';
import type { AnswerKind, AnswerType } from './kinds/field-kind';
import { kindOf } from './kinds/kind-table';
import { otherKey, type ChoiceField } from './kinds/shared/choices';
import { asSubject } from './kinds/shared/label-words';
import { textStorage } from './kinds/shared/storage';
import type {
  AnswerValue,
  OwnDetailToken,
  ShowWhen,
  WorksheetAnswers,
  WorksheetDefinition,
  WorksheetField,
  WorksheetSection,
} from './types';

export type { AnswerKind } from './kinds/field-kind';
export { choiceOptions, offeredOptions, OTHER_VALUE, otherKey } from './kinds/shared/choices';
export { allFields, entryKey, entryTitle, removeEntryLabel, sectionEntries, type SectionEntry } from './entries';

/**
 * What one stored answer is: how it is coerced from raw input and what of a value it can hold.
 * Taken from the field's kind (`kinds/<kind>/kind.ts`), or, for "Other" text, a line of text.
 */
export interface SlotAnswer {
  /** The type of the stored answer. */
  readonly type: AnswerType;
  /** What a blank form holds. */
  readonly empty: AnswerValue;
  /** THE coercion from raw input (form values, a draft, a link, the PDF engine's input, a resumed file). */
  coerce(raw: unknown): AnswerValue;
  /** What of a coerced value the slot can hold: the value when it fits, else less ('' or fewer picks). */
  fit(value: AnswerValue): AnswerValue;
}

/** Where an answer of a repeated section sits: its section and entry (see `SectionRepeat` in types.ts). */
export interface SlotEntry {
  section: WorksheetSection;
  /** The entry's number, from 1. */
  n: number;
  /** The entry's heading, "Entry 2": what names the answer to the patient ("Entry 2: Enter the date"). */
  title: string;
}

/** One stored answer: a field's own value, or the "Other" text of a choice field. */
export interface AnswerSlot {
  /** Key in {@link WorksheetAnswers} and the PDF field name. */
  key: string;
  kind: AnswerKind;
  /** The field as it is asked: in a repeated section, its entry's copy (id `<id><n>`). */
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
  /** How the answer is coerced and fitted: its kind's rules, or a line of text's for "Other". */
  answer: SlotAnswer;
  /** For an answer of a repeated section: which entry it belongs to. */
  entry?: SlotEntry;
}

/** "Other" text: any line of text fits (over-long text is the form's to flag, never cut). */
const otherText: SlotAnswer = {
  type: textStorage.type,
  empty: textStorage.empty,
  coerce: textStorage.coerce,
  fit: (value) => value,
};

/** A field's own answer, as its kind keeps it. */
function ownAnswer(field: WorksheetField): SlotAnswer {
  const kind = kindOf(field);
  return {
    type: kind.storage.type,
    empty: kind.storage.empty,
    coerce: (raw) => kind.storage.coerce(raw),
    fit: (value) => kind.fit(value, field),
  };
}

/**
 * The `autocomplete` attribute of a field's input (and of a choice field's "Other" box): the
 * patient's own name or phone number where the definition allows it, "off" for everything else.
 * The one place the default is set, so a new field cannot forget it.
 */
export const autocompleteToken = (field: WorksheetField): OwnDetailToken | 'off' =>
  ('autocomplete' in field && field.autocomplete) || 'off';

/**
 * The slots of one field as it is asked (its own answer, then its "Other" text if it has one), with
 * the conditions they are shown under and, in a repeated section, their entry.
 */
function fieldSlots(
  field: WorksheetField,
  conditions: readonly ShowWhen[],
  entry: SlotEntry | undefined,
): AnswerSlot[] {
  const kind = kindOf(field);
  const maxLength = 'maxLength' in field ? field.maxLength : undefined;
  const slots: AnswerSlot[] = [
    {
      key: field.id,
      kind: kind.answerKind,
      field,
      maxLength,
      conditions,
      answer: ownAnswer(field),
      ...(entry ? { entry } : {}),
    },
  ];
  const other = kind.other?.(field);
  if (other) {
    slots.push({
      key: otherKey(field),
      kind: 'text',
      field,
      otherOf: field as ChoiceField,
      maxLength: other.maxLength,
      conditions,
      answer: otherText,
      ...(entry ? { entry } : {}),
    });
  }
  return slots;
}

/**
 * Every answer slot of a definition, in reading order, "Other" text right after its field; a
 * repeated section's slots entry by entry (entry 1's fields, then entry 2's, …). It does not judge
 * the definition: `checkDefinition` (check-definition.ts) does, once, when the site is built, so
 * the rules and their messages stay out of the page's script.
 */
export function answerSlots(definition: WorksheetDefinition): AnswerSlot[] {
  const slots: AnswerSlot[] = [];
  for (const section of definition.sections) {
    for (const { n, title, fields } of sectionEntries(section)) {
      const entry = n !== undefined && title !== undefined ? { section, n, title } : undefined;
      for (const field of fields) {
        const conditions = [section.showWhen, field.showWhen].filter(
          (condition): condition is ShowWhen => condition !== undefined,
        );
        slots.push(...fieldSlots(field, conditions, entry));
      }
    }
  }
  return slots;
}

/** Whether one condition holds for these answers: the controlling answer is (or, for a group, includes) one of its values. */
export function conditionHolds(condition: ShowWhen, answers: Readonly<Record<string, unknown>>): boolean {
  const answer = answers[condition.field];
  return Array.isArray(answer)
    ? answer.some((value) => condition.equals.includes(value as string))
    : condition.equals.includes(answer as string);
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
 * (a heading with nothing under it is not shown either) — for a repeated section, one of entry 1's,
 * the entry the form always shows.
 */
export function isSectionShown(section: WorksheetSection, answers: Readonly<Record<string, unknown>>): boolean {
  if (section.showWhen && !conditionHolds(section.showWhen, answers)) return false;
  return sectionEntries(section)[0]!.fields.some((field) => !field.showWhen || conditionHolds(field.showWhen, answers));
}

// Each repeated section's slots by entry, made once per section (sections never change once written).
const slotsByEntry = new WeakMap<WorksheetSection, readonly AnswerSlot[][]>();

/**
 * The slots of each entry of a repeated section, in entry order, each entry's in the same order (so
 * slot `i` of one entry is slot `i` of the next: what moving entries up relies on). Their
 * `conditions` are left empty: only keys, entries and empty values are read from them.
 */
export function entrySlots(section: WorksheetSection): readonly AnswerSlot[][] {
  let entries = slotsByEntry.get(section);
  if (!entries) {
    entries = sectionEntries(section).map(({ n, title, fields }) =>
      fields.flatMap((field) => fieldSlots(field, [], { section, n: n!, title: title! })),
    );
    slotsByEntry.set(section, entries);
  }
  return entries;
}

/**
 * How many entries of a repeated section are in use: up to the last one holding any answer, hidden
 * ones and "Other" text included (0 when none does). THE rule the form (which entries it shows at
 * least), validation (which entries it checks) and the PDF (which it prints) share. 1 for a section
 * asked once.
 * @param answers raw form values or {@link WorksheetAnswers}
 */
export function entriesInUse(section: WorksheetSection, answers: Readonly<Record<string, unknown>>): number {
  if (!section.repeat) return 1;
  const entries = entrySlots(section);
  for (let index = entries.length - 1; index >= 0; index--) {
    if (entries[index]!.some((slot) => !isEmptyAnswer(slot, slot.answer.coerce(answers[slot.key])))) return index + 1;
  }
  return 0;
}

/**
 * How many entries of a repeated section the PDF prints: every entry in use, then one blank one to
 * write in on paper (or in a PDF reader: it is fillable, and resume reads it) while the section
 * holds another. 1 for a section asked once.
 */
export function entriesPrinted(section: WorksheetSection, answers: Readonly<Record<string, unknown>>): number {
  return section.repeat ? Math.min(section.repeat.max, entriesInUse(section, answers) + 1) : 1;
}

/**
 * How many entries of a repeated section the form shows whatever the patient has added: entry 1,
 * and every entry in use. 1 for a section asked once.
 */
export function entriesShown(section: WorksheetSection, answers: Readonly<Record<string, unknown>>): number {
  return Math.max(1, entriesInUse(section, answers));
}

/**
 * Whether a slot's answer counts: it is shown ({@link isShown}) and, in a repeated section, in an
 * entry in use ({@link entriesInUse}). What validation checks (a required field in an entry not in
 * use is not required) and the error summary lists.
 */
export function isInUse(
  slot: Pick<AnswerSlot, 'conditions' | 'entry'>,
  answers: Readonly<Record<string, unknown>>,
): boolean {
  return isShown(slot, answers) && (!slot.entry || slot.entry.n <= entriesInUse(slot.entry.section, answers));
}

/**
 * How an answer is named to the patient (a draft's or a PDF's answer left out, say): the question,
 * or the "Other" box's own label, after its entry's title in a repeated section ("Entry 2: How did
 * you sleep", worded by the translator's `form.inEntry`). No closing "?", "." or ":", nor an opening "¿".
 */
export function slotLabel(slot: AnswerSlot, ui: UiTranslator): string {
  const label = asSubject(slot.otherOf?.other?.textLabel ?? slot.field.label);
  return slot.entry ? ui.t('form.inEntry', { entry: slot.entry.title, text: label }) : label;
}

/** A blank set of answers for a definition. */
export function emptyAnswers(definition: WorksheetDefinition): WorksheetAnswers {
  return Object.fromEntries(answerSlots(definition).map((slot) => [slot.key, slot.answer.empty]));
}

/** Whether a value is its slot's empty value: nothing typed, ticked or picked. */
export const isEmptyAnswer = (slot: AnswerSlot, value: AnswerValue): boolean =>
  JSON.stringify(value) === JSON.stringify(slot.answer.empty);

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

const sameAnswer = (kept: AnswerValue, raw: unknown) =>
  Array.isArray(kept)
    ? Array.isArray(raw) && raw.length === kept.length && kept.every((value, index) => value === raw[index])
    : kept === raw;

/**
 * What of a raw value — a draft's, a provider link's, an answer a PDF kept hidden — a slot takes:
 * its value when it is already of the slot's type (coercing leaves it as it is) and its kind's
 * `fit` keeps it whole; less when the kind keeps only part (fewer picks); the empty value when it is
 * of another type. One rule for every answer that comes from outside the form.
 * @returns the value taken, and `whole` when it is exactly the raw value (nothing was left out)
 */
export function fitAnswer(slot: AnswerSlot, raw: unknown): { value: AnswerValue; whole: boolean } {
  const coerced = slot.answer.coerce(raw);
  // Coercing changed it: not the slot's type (a number for text, a word for a yes/no…).
  const value = sameAnswer(coerced, raw) ? slot.answer.fit(coerced) : slot.answer.empty;
  return { value, whole: sameAnswer(value, raw) };
}

/**
 * Coerces raw values into {@link WorksheetAnswers} with each slot's one coercion (see
 * `kinds/shared/storage.ts`): an unpicked radio (`null`), a missing key or a lone checkbox value
 * become the kind's empty value, so validation, drafts, the PDF and resume all see one shape
 * whatever the browser, the device's storage or a file reported.
 */
export function normalizeAnswers(
  definition: WorksheetDefinition,
  raw: Readonly<Record<string, unknown>>,
): WorksheetAnswers {
  return Object.fromEntries(
    answerSlots(definition).map((slot) => [
      slot.key,
      slot.answer.coerce(Object.hasOwn(raw, slot.key) ? raw[slot.key] : undefined),
    ]),
  );
}

import type { SectionRepeat, WorksheetDefinition, WorksheetField, WorksheetSection } from './types';

/**
 * The entries of a repeated section (`repeat`, see `SectionRepeat` in types.ts): which fields each
 * entry has and what they are called. Plain data only — no field kinds — so code that runs outside
 * Vite (the browser tests' helpers) expands a definition exactly as the form, the schema and the PDF do.
 * Which entries are in use is answers.ts's to say, because it needs each kind's empty value.
 */

/** The most entries a repeated section may have (`repeat.max`). */
export const MAX_ENTRIES = 20;

/** The answer key of a repeated field in entry `n` (from 1): `entryDate` → `entryDate2`. */
export const entryKey = (id: string, n: number): string => `${id}${n}`;

/** An entry's heading: "Entry 2". */
export const entryTitle = (repeat: SectionRepeat, n: number): string => `${repeat.entryTitle} ${n}`;

/** An entry's remove button: "Remove entry 2". */
export const removeEntryLabel = (repeat: SectionRepeat, n: number): string => `${repeat.removeLabel} ${n}`;

/** One entry of a section: the fields as they are asked in it. */
export interface SectionEntry {
  /** The entry's number, from 1; absent for a section asked once. */
  n?: number;
  /** The entry's heading ("Entry 2"); absent for a section asked once. */
  title?: string;
  /** The section's fields with this entry's ids (`<id><n>`), or the section's own fields when it is asked once. */
  fields: readonly WorksheetField[];
}

/**
 * A repeated field as it is asked in entry `n`: its id is `<id><n>`, and a `showWhen` naming a field
 * of the same section names that field in the same entry. Everything else is the field as written.
 */
function fieldInEntry(section: WorksheetSection, field: WorksheetField, n: number): WorksheetField {
  const condition = field.showWhen;
  const sameSection = condition !== undefined && section.fields.some((other) => other.id === condition.field);
  return {
    ...field,
    id: entryKey(field.id, n),
    ...(condition && sameSection ? { showWhen: { ...condition, field: entryKey(condition.field, n) } } : {}),
  } as WorksheetField;
}

// Sections are data that never change once written, so each is expanded once: the form's components
// then get the same field objects on every render.
const expanded = new WeakMap<WorksheetSection, readonly SectionEntry[]>();

/**
 * Every entry of a section, in order: `repeat.max` of them for a repeated section, else one holding
 * the section's own fields.
 */
export function sectionEntries(section: WorksheetSection): readonly SectionEntry[] {
  let entries = expanded.get(section);
  if (!entries) {
    const { repeat } = section;
    entries = repeat
      ? // Bounded even before answerSlots has refused a wrong `max` (it names the mistake).
        Array.from({ length: Math.min(Math.max(Math.trunc(repeat.max), 0), MAX_ENTRIES) || 0 }, (_, index) => ({
          n: index + 1,
          title: entryTitle(repeat, index + 1),
          fields: section.fields.map((field) => fieldInEntry(section, field, index + 1)),
        }))
      : [{ fields: section.fields }];
    expanded.set(section, entries);
  }
  return entries;
}

/** Every field of a definition as it is asked, in page order: each entry's copy of a repeated section's fields. */
export const allFields = (definition: WorksheetDefinition): WorksheetField[] =>
  definition.sections.flatMap((section) => sectionEntries(section).flatMap((entry) => entry.fields));

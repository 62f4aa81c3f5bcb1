import { entrySlots } from '../../worksheets/answers';
import type { WorksheetAnswers, WorksheetSection } from '../../worksheets/types';

/*
 * What removing an entry of a repeated section does to the answers. Apart from answers.ts because
 * only the repeated section's component uses it, and that loads only on worksheets that have one.
 */

/**
 * The answers that change when the patient removes entry `n` of a repeated section: each later
 * entry moves up one (entry n + 1's answers become entry n's, …) and the last entry shown becomes
 * blank. Removing is the patient's choice to blank entry `n`, the only way the kit empties an answer
 * without it being typed away. The form applies these with `setValue`.
 * @param answers the form's answers now (at least the section's)
 * @param n the entry removed, from 1
 * @param shown how many entries the form shows (every one in use, and any the patient added)
 * @returns the new value of every answer of entries `n` to `shown`
 */
export function answersWithoutEntry(
  section: WorksheetSection,
  answers: Readonly<Record<string, unknown>>,
  n: number,
  shown: number,
): WorksheetAnswers {
  // Slot i of one entry is slot i of the next (see entrySlots).
  const entries = entrySlots(section);
  const changed: WorksheetAnswers = {};
  for (let index = n - 1; index < Math.min(shown, entries.length); index++) {
    const next = entries[index + 1];
    entries[index]!.forEach((slot, position) => {
      const from = index + 1 < shown && next ? next[position]! : undefined;
      // Coercing nothing gives a fresh empty value (never a shared [] the form could change).
      changed[slot.key] = slot.answer.coerce(from ? answers[from.key] : undefined);
    });
  }
  return changed;
}

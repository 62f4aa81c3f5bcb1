import { answerSlots, choiceOptions, normalizeAnswers, type AnswerSlot } from './answers';
import { isPngDataUrl, isRealDate, isTimeOfDay } from './schema';
import type { AnswerValue, ChoiceField, WorksheetAnswers, WorksheetDefinition } from './types';

/**
 * A worksheet draft as it is kept on the device, under `kap-prep-kit:draft:<worksheet id>`, only
 * after the patient ticks "Keep a draft on this device".
 */
export interface Draft {
  /** The definition's `version` when the draft was saved. */
  version: number;
  /** When it was saved, as an ISO 8601 timestamp. */
  savedAt: string;
  /**
   * The answers that differ from how the form starts (blank, or a clinic value for `defaultFrom`
   * fields), as `normalizeAnswers` gives them, signature drawings included. Untouched answers are
   * left out, so a clinic value the clinic or a provider's link later changes is not brought back stale.
   */
  answers: WorksheetAnswers;
}

/** The key (after the kit's prefix) a worksheet's draft is kept under. */
export const draftKey = (worksheetId: string) => `draft:${worksheetId}`;

/** A kept draft, fitted to the worksheet as it is now. */
export interface FittedDraft {
  savedAt: Date;
  /** For each slot of the current definition the draft holds: what fitted, else the slot's empty value. */
  answers: WorksheetAnswers;
  /** Keys whose saved answer was left out, wholly or partly (a pick no longer offered). */
  ignored: string[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sameAnswer = (kept: AnswerValue, saved: unknown) =>
  Array.isArray(kept)
    ? Array.isArray(saved) && saved.length === kept.length && kept.every((value, index) => value === saved[index])
    : kept === saved;

/** What of a value (already of the slot's type) the field can still hold; '' or fewer picks if not all. */
function fitValue(slot: AnswerSlot, value: AnswerValue): AnswerValue {
  const options = slot.kind === 'choice' || slot.kind === 'choices' ? choiceOptions(slot.field as ChoiceField).map((option) => option.value) : [];
  if (Array.isArray(value)) return value.filter((pick, index) => options.includes(pick) && value.indexOf(pick) === index);
  if (typeof value !== 'string' || value === '') return value;
  const fits =
    slot.kind === 'date'
      ? isRealDate(value)
      : slot.kind === 'time'
        ? isTimeOfDay(value)
        : slot.kind === 'signature'
          ? isPngDataUrl(value)
          : slot.kind !== 'choice' || options.includes(value);
  return fits ? value : '';
}

/**
 * Fits saved answers (anything: they come from storage) to a worksheet definition, the way resume
 * from a PDF does: each slot the saved answers hold gets the saved value when it still fits, else its
 * empty value (slots they do not hold get nothing: the form keeps how it started), and `ignored`
 * names what was left out. A value fits when `normalizeAnswers` leaves it as it is (so it
 * is already the slot's type) and the field can show it: a real date, a 24-hour time, a PNG
 * drawing, options the field still offers. Over-long text is kept: the form flags it, nothing is
 * ever cut. Keys of no current slot are ignored. Never throws for JSON input.
 */
export function fitAnswers(definition: WorksheetDefinition, saved: unknown): { answers: WorksheetAnswers; ignored: string[] } {
  const raw = isRecord(saved) ? saved : {};
  const slots = answerSlots(definition);
  const normal = normalizeAnswers(definition, raw);
  const empty = normalizeAnswers(definition, {});
  const answers: WorksheetAnswers = {};
  const ignored = Object.keys(raw).filter((key) => !slots.some((slot) => slot.key === key));
  for (const slot of slots) {
    if (!Object.hasOwn(raw, slot.key)) continue;
    const value = normal[slot.key]!;
    // Normalizing changed it: not the slot's type (a number for text, a word for a yes/no…).
    const kept = sameAnswer(value, raw[slot.key]) ? fitValue(slot, value) : empty[slot.key]!;
    if (!sameAnswer(kept, raw[slot.key])) ignored.push(slot.key);
    answers[slot.key] = kept;
  }
  return { answers, ignored };
}

/**
 * A kept draft fitted to the definition, or `undefined` when what is kept is not a draft (no
 * `answers` object, or no readable `savedAt`). A draft of another version is fitted all the same,
 * by field id, as resume does with older PDFs.
 */
export function fitDraft(definition: WorksheetDefinition, kept: unknown): FittedDraft | undefined {
  if (!isRecord(kept) || !isRecord(kept.answers)) return undefined;
  const savedAt = new Date(typeof kept.savedAt === 'string' ? kept.savedAt : Number.NaN);
  if (Number.isNaN(savedAt.getTime())) return undefined;
  return { savedAt, ...fitAnswers(definition, kept.answers) };
}

/**
 * Plain words for answers that were left out, each once and in quotes: the question, for a key of
 * a current field (a PDF's `<key>.<option>` and `<key>__2` count as `<key>`), or the words of the
 * id ("favouriteColour" → “favourite colour”) for one the worksheet no longer has. Anything not
 * shaped like a field id was never an answer the kit saved, and is not repeated back.
 */
export function ignoredFieldNames(definition: WorksheetDefinition, keys: readonly string[]): string[] {
  const slots = answerSlots(definition);
  const names = keys.flatMap((key) => {
    const id = /^([a-z][a-zA-Z0-9]{0,39})(?:$|\.|__)/.exec(key)?.[1];
    if (!id) return [];
    const slot = slots.find((candidate) => candidate.key === id);
    const words = slot ? (slot.otherOf?.other?.textLabel ?? slot.field.label) : id.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`);
    return [`“${words.replace(/[?.:]$/, '')}”`];
  });
  return [...new Set(names)];
}

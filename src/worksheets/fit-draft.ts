import type { UiTranslator } from '../i18n/strings';
import { parseAnswerFieldName } from '../pdf/field-names';
import { answerSlots, fitAnswer, slotLabel } from './answers';
import type { WorksheetAnswers, WorksheetDefinition } from './types';

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

/**
 * Fits saved answers (anything: they come from storage) to a worksheet definition, the way resume
 * from a PDF does: each slot the saved answers hold gets the saved value when it still fits, else its
 * empty value (slots they do not hold get nothing: the form keeps how it started), and `ignored`
 * names what was left out. A value fits (`fitAnswer`) when coercing leaves it as it is (so it
 * is already the slot's type) and its kind's `fit` keeps it whole (`kinds/<kind>/kind.ts`): a real
 * date, a 24-hour time, a PNG drawing, options the field still offers — the same rule resume
 * applies to answers kept hidden in a PDF. Over-long text is kept: the form flags it, nothing is
 * ever cut. Keys of no current slot are ignored. Never throws for JSON input.
 */
export function fitAnswers(
  definition: WorksheetDefinition,
  saved: unknown,
): { answers: WorksheetAnswers; ignored: string[] } {
  const raw = isRecord(saved) ? saved : {};
  const slots = answerSlots(definition);
  const answers: WorksheetAnswers = {};
  const ignored = Object.keys(raw).filter((key) => !slots.some((slot) => slot.key === key));
  for (const slot of slots) {
    if (!Object.hasOwn(raw, slot.key)) continue;
    const { value, whole } = fitAnswer(slot, raw[slot.key]);
    if (!whole) ignored.push(slot.key);
    answers[slot.key] = value;
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

/** Longest id named back to the patient in words. */
const MAX_NAMED_ID = 40;

/**
 * Plain words for answers that were left out, each once and in quotes: the question, for a key of
 * a current field (a PDF's `<key>.<option>` and `<key>__2` count as `<key>`; an entry's answer after
 * its entry's title, “Entry 2: What came up”, see `slotLabel`), or the words of the
 * id ("favouriteColour" → “favourite colour”) for one the worksheet no longer has. Anything not
 * shaped like an answer's name (pdf/field-names.ts: `<key>`, `<key>__<n>`, `<key>.<option>`) was
 * never an answer the kit saved, and is not repeated back.
 * @param ui the page's translator: its quotes (`form.quoted`) and entry names (`form.inEntry`)
 */
export function ignoredFieldNames(
  definition: WorksheetDefinition,
  keys: readonly string[],
  ui: UiTranslator,
): string[] {
  const slots = answerSlots(definition);
  const names = keys.flatMap((key) => {
    const id = parseAnswerFieldName(key)?.key;
    // Longer than any id the kit writes: not repeated back, whatever it says.
    if (!id || id.length > MAX_NAMED_ID) return [];
    const slot = slots.find((candidate) => candidate.key === id);
    const words = slot
      ? slotLabel(slot, ui)
      : id.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`).replace(/[?.:]$/, '');
    return [ui.t('form.quoted', { text: words })];
  });
  return [...new Set(names)];
}

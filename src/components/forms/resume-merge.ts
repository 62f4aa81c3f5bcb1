import type { UiTranslator } from '../../i18n/strings';
import { formatList } from '../../lib/format';
import type { ReadResult, UnreadableReason } from '../../pdf/read';
import { answerSlots, normalizeAnswers } from '../../worksheets/answers';
import { ignoredFieldNames } from '../../worksheets/fit-draft';
import type { AnswerValue, WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
import { leftOutMessages } from './draft-keeping';
import { MAX_LISTED_FIELD_NAMES } from './listed-field-names';

/**
 * What "Continue from a saved PDF" does with a file once it is read: which of the patient's answers
 * it would change, how its answers go into the form, and the words for what happened. Loaded only
 * when a file is chosen (see ResumeFromPdf), so worksheet pages do not carry it. The words are the
 * page's translator's (`ui`), whatever language the file was made in: a file is read by its
 * fields' names, which are the same in every language.
 *
 * What counts as "open" (an answer the file may fill in when the patient keeps their answers): an
 * answer still at its empty value ('' / unticked / nothing picked) OR still exactly as the form
 * started (`initial`, e.g. the clinic phone a `defaultFrom` field is prefilled with). The clinic's
 * value is not something the patient wrote: if their saved PDF holds a different number there
 * (they changed it before saving), that number is their answer and comes back. An answer the
 * patient changed, even to match nothing in the file, is theirs and is never overwritten by
 * "fill in only the empty ones". For the same reason an untouched default is not listed as an
 * answer the file would change.
 */

/** Keep my answers and fill in only the open ones, or take the PDF's answers. */
export type MergeMode = 'replace' | 'fill-empty';

/** What the reader gave for a file that could be read (see `ReadResult`). */
export type FileAnswers = Pick<Extract<ReadResult, { ok: true }>, 'answers' | 'found' | 'unreadable' | 'ignored'>;

/** Whether two answers are the same; picks in any order count as the same picks. */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    const picks = new Set(a);
    return b.every((pick) => picks.has(pick));
  }
  return a === b;
}

/** An empty answer of any kind: '', unticked, nothing picked (or missing). */
export const isBlank = (value: AnswerValue | undefined): boolean =>
  value === undefined || value === '' || value === false || (Array.isArray(value) && value.length === 0);

/** Whether the form's answer may be filled from the file when the patient keeps their answers: blank, or still as the form started. */
const isOpen = (key: string, current: WorksheetAnswers, initial: WorksheetAnswers) =>
  isBlank(current[key]) || sameAnswer(current[key], initial[key]);

/**
 * The answer keys the file holds an answer for that could be read, in reading order: those it had a
 * field for, less those it could not read (their `answers` entry is only the empty value, not the
 * patient's). Keys the file had no field for (a question newer than the file) are not the file's
 * to change.
 */
export function readableKeys(
  definition: WorksheetDefinition,
  file: Pick<FileAnswers, 'found' | 'unreadable'>,
): string[] {
  const found = new Set(file.found);
  for (const { key } of file.unreadable) found.delete(key);
  return answerSlots(definition)
    .map((slot) => slot.key)
    .filter((key) => found.has(key));
}

/**
 * The patient's answers the file would change: answers that are not open (see the module comment)
 * and differ from the file's readable answer, the file's being empty included. In reading order.
 * None means taking the file's answers loses nothing the patient wrote, so there is nothing to ask.
 * @param current the form's answers, as `normalizeAnswers` gives them
 */
export function changedAnswers(
  current: WorksheetAnswers,
  fromFile: FileAnswers,
  initial: WorksheetAnswers,
  definition: WorksheetDefinition,
): string[] {
  return readableKeys(definition, fromFile).filter(
    (key) => !isOpen(key, current, initial) && !sameAnswer(current[key], fromFile.answers[key]),
  );
}

/**
 * The form's answers once the file's are put in, and which answers the file filled.
 * - `replace`: every readable answer of the file replaces the form's, empty ones too.
 * - `fill-empty`: only open answers (see the module comment) take the file's, and only when it
 *   has something there: a blank in the file never blanks a default, and an answer the patient
 *   changed is never overwritten.
 * Either way an answer the file has no field for, or could not read, keeps what the form holds.
 * @param current the form's answers, as `normalizeAnswers` gives them
 * @returns `filled`: keys that now hold the file's answer and it is not empty (what "N answers came
 * back" counts: for `replace` every one the file gave back, for `fill-empty` only those it filled in), in reading order
 */
export function mergeAnswers(
  current: WorksheetAnswers,
  fromFile: FileAnswers,
  mode: MergeMode,
  initial: WorksheetAnswers,
  definition: WorksheetDefinition,
): { answers: WorksheetAnswers; filled: string[] } {
  const answers = { ...current };
  const filled: string[] = [];
  for (const key of readableKeys(definition, fromFile)) {
    const value = fromFile.answers[key]!;
    // Filling in: only an open answer, only with something, and only if that is new (a clinic default the file also holds is not "filled in").
    if (mode === 'fill-empty' && (isBlank(value) || !isOpen(key, current, initial) || sameAnswer(value, current[key])))
      continue;
    answers[key] = value;
    if (!isBlank(value)) filled.push(key);
  }
  return { answers, filled };
}

/** How many readable answers in the file are not empty: when none, nothing is put in the form. */
export const answersInFile = (definition: WorksheetDefinition, fromFile: FileAnswers) =>
  readableKeys(definition, fromFile).filter((key) => !isBlank(fromFile.answers[key])).length;

/** The questions of `keys`, in quotes (“Why now”), at most {@link MAX_LISTED_FIELD_NAMES}, and how many more. */
export function questionNames(
  definition: WorksheetDefinition,
  keys: readonly string[],
  ui: UiTranslator,
): { names: string[]; more: number } {
  const names = ignoredFieldNames(definition, keys, ui);
  return { names: names.slice(0, MAX_LISTED_FIELD_NAMES), more: Math.max(0, names.length - MAX_LISTED_FIELD_NAMES) };
}

const REASONS: readonly UnreadableReason[] = ['appearance-only', 'too-long', 'conflicting'];

/**
 * One sentence naming every answer the file holds but could not be read, and why, or nothing:
 * "Some answers in the PDF could not be read back, so the form keeps what it had for them: “Why
 * now” is too long to read back. …" Only keys of this worksheet are named (there are a few dozen
 * at most).
 */
export function unreadableMessages(
  definition: WorksheetDefinition,
  unreadable: FileAnswers['unreadable'],
  ui: UiTranslator,
): string[] {
  const keys = new Set(answerSlots(definition).map((slot) => slot.key));
  const sentences = REASONS.flatMap((reason) => {
    const names = ignoredFieldNames(
      definition,
      unreadable.filter((entry) => entry.reason === reason && keys.has(entry.key)).map((entry) => entry.key),
      ui,
    );
    return names.length > 0
      ? [ui.tPlural(`form.resume.unreadable.${reason}`, names.length, { fields: formatList(names, ui.language) })]
      : [];
  });
  return sentences.length > 0 ? [[ui.t('form.resume.unreadable'), ...sentences].join(' ')] : [];
}

/** What putting a file's answers in did: the form's new answers (none when nothing changes) and the words for it. */
export interface ResumeOutcome {
  /** What the form now holds; `undefined` when nothing in it changes (so nothing to undo). */
  answers?: WorksheetAnswers;
  messages: string[];
}

/**
 * Puts a read file's answers into the form's, and says what happened, truly: how many answers came
 * back (or that none did, and the form is as it was), every answer that could not be read and why,
 * then what no longer fits this worksheet.
 * @param raw the form's values as react-hook-form holds them
 * @param ui the page's translator, which words the messages
 */
export function resumeFrom(
  definition: WorksheetDefinition,
  initial: WorksheetAnswers,
  raw: Record<string, unknown>,
  fromFile: FileAnswers,
  mode: MergeMode,
  fileName: string,
  ui: UiTranslator,
): ResumeOutcome {
  const { t, tPlural } = ui;
  const after = [
    ...unreadableMessages(definition, fromFile.unreadable, ui),
    ...leftOutMessages(definition, fromFile.ignored, ui),
  ];
  if (answersInFile(definition, fromFile) === 0) {
    const had = fromFile.unreadable.length > 0 || fromFile.ignored.length > 0;
    return { messages: [t(had ? 'form.resume.noneBack' : 'form.resume.noAnswers', { fileName }), ...after] };
  }
  const current = normalizeAnswers(definition, raw);
  const { answers, filled } = mergeAnswers(current, fromFile, mode, initial, definition);
  const changed = Object.keys(answers).some((key) => !sameAnswer(answers[key], current[key]));
  const done =
    mode === 'replace'
      ? tPlural('form.resume.done', filled.length, { fileName })
      : filled.length > 0
        ? tPlural('form.resume.filled', filled.length, { fileName })
        : t('form.resume.filledNone', { fileName });
  return { answers: changed ? answers : undefined, messages: [done, ...after] };
}

/**
 * What to ask before putting a file in: the questions whose answer the patient wrote and the file
 * would change, as the choice lists them; none (put it in at once) when the file has no answers.
 * @param raw the form's values as react-hook-form holds them
 * @param ui the page's translator, which names the questions
 */
export function questionsToAsk(
  definition: WorksheetDefinition,
  initial: WorksheetAnswers,
  raw: Record<string, unknown>,
  fromFile: FileAnswers,
  ui: UiTranslator,
): string[] {
  if (answersInFile(definition, fromFile) === 0) return [];
  return changedList(definition, changedAnswers(normalizeAnswers(definition, raw), fromFile, initial, definition), ui);
}

/** The questions a file would change, as the choice lists them: at most 10 in quotes, then "and 3 more". */
export function changedList(definition: WorksheetDefinition, keys: readonly string[], ui: UiTranslator): string[] {
  const { names, more } = questionNames(definition, keys, ui);
  return more > 0 ? [...names, ui.tPlural('form.resume.andMore', more)] : names;
}

/**
 * What Undo puts in the form: every answer the file changed goes back to how it was before, unless
 * the patient has changed it again since (then their newer answer stays, and is named), so Undo
 * never takes away something typed after the file went in.
 * @param before the form just before the file was applied (raw or normalized values)
 * @param after what the file's answers made of it
 * @param raw the form's values when Undo is pressed (as `getValues` gives them)
 * @returns the answers to put in, and the keys kept because they were changed since
 */
export function undoAnswers(
  definition: WorksheetDefinition,
  before: WorksheetAnswers,
  after: WorksheetAnswers,
  raw: Record<string, unknown>,
): { answers: WorksheetAnswers; keptSince: string[] } {
  const now = normalizeAnswers(definition, raw);
  const was = normalizeAnswers(definition, before);
  const answers: WorksheetAnswers = { ...now };
  const keptSince: string[] = [];
  for (const key of Object.keys(was)) {
    if (sameAnswer(was[key], after[key])) continue;
    if (sameAnswer(now[key], after[key])) answers[key] = was[key]!;
    else keptSince.push(key);
  }
  return { answers, keptSince };
}

/** The sentence Undo ends with: back as it was, or back but for the answers changed since, named (in the translator's language). */
export function undoneMessage(
  definition: WorksheetDefinition,
  fileName: string,
  keptSince: readonly string[],
  ui: UiTranslator,
): string {
  if (keptSince.length === 0) return ui.t('form.resume.undone', { fileName });
  const { names, more } = questionNames(definition, keptSince, ui);
  const listed = more > 0 ? [...names, ui.tPlural('form.resume.more', more)] : names;
  return ui.t('form.resume.undoneKept', { fileName, fields: formatList(listed, ui.language) });
}

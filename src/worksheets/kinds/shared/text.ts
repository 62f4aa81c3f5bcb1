import type { AnswerValue } from '../../types';
import type { AnswerKind, FieldBase, FieldKind } from '../field-kind';
import { textStorage } from './storage';

/**
 * What the kinds whose answer is typed text share — text, tel, email, textarea, date and time —
 * and the "Other" text of choice fields: a string, kept as typed.
 */

/**
 * The `autocomplete` tokens a worksheet may use: only for the patient's own details, `name` (their
 * name, on a `text` field) and `tel` (their phone number, on a `tel` field).
 */
export type OwnDetailToken = 'name' | 'tel';

/** A single line of text; `K` is its kind. */
export interface LineFieldOf<K extends string> extends FieldBase {
  kind: K;
  /** Most characters allowed; longer answers are kept and flagged, never cut. */
  maxLength: number;
  /**
   * Lets the browser offer the patient's own name or phone number. Leave it out (or "off") for
   * everything else: other people's details (chaperone, provider, clinic), the session's address
   * and every health answer. Every other input is "off" (see `autocompleteToken`), so a browser
   * neither suggests past entries nor keeps these answers in its form history.
   */
  autocomplete?: OwnDetailToken | 'off';
}

/** A single line of text: a name, a phone number, an email address. */
export type TextField = LineFieldOf<'text' | 'tel' | 'email'>;

/**
 * The `kind.ts` of a text kind.
 * @param kind its name
 * @param answerKind how its answer is stored
 * @param prefillable whether a provider's link may fill it in
 * @param shows which non-empty strings its input can show (a real date, a 24-hour time); any, by default
 */
export function textKind<F extends FieldBase & { kind: string }>(
  kind: F['kind'],
  answerKind: AnswerKind,
  prefillable: boolean,
  shows: (value: string) => boolean = () => true,
): FieldKind<F> {
  return {
    kind,
    answerKind,
    storage: textStorage,
    fit: (value: AnswerValue) =>
      typeof value === 'string' && (value === '' || shows(value)) ? value : textStorage.empty,
    prefillable,
  };
}

import type { FieldBase } from '../field-kind';
import { textKind } from '../shared/text';

/** A calendar date, stored as `YYYY-MM-DD`. */
export interface DateField extends FieldBase {
  kind: 'date';
  /**
   * Limits relative to the day the form is filled in (the device's date), each with its own
   * GOV.UK-style message, e.g. a session date that must not be in the past or over a year ahead.
   */
  within?: {
    /** Refuse dates before today. */
    notPast?: { message: string };
    /** Refuse dates more than this many years after today. */
    yearsAhead?: { years: number; message: string };
  };
}

declare module '../field-kind' {
  interface FieldKinds {
    date: DateField;
  }
}

/** Whether `YYYY-MM-DD` names a day that exists (no 30 February). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

// A date input can show only a real date: anything else from a draft or a link would be blanked
// by the browser without a word, so it is left out (and named) instead.
export default textKind<DateField>('date', 'date', true, isRealDate);

import type * as z from 'zod/mini';
import type { UiTranslator } from '../../i18n/strings';
import type { AnswerSlot } from '../answers';
import type { FieldBase } from './field-kind';

/**
 * A field kind's `checks.ts`: its validation, with every message, written GOV.UK style (specific,
 * no "please", no "valid/invalid") and shown both in the error summary and next to the field. The
 * messages are UI strings (`check.*` in src/i18n/<locale>/ui.json), asked of the page's translator
 * (`CheckContext.ui`), so a Spanish page validates in Spanish. Kept apart from `kind.ts` because zod
 * loads with validation (on the first focus in the form), not with the page: see `checks-table.ts`.
 */

/** What a kind's checks need to know besides the field. */
export interface CheckContext {
  /** Whether an answer is needed: the field is `required` and this is its own answer, not its "Other" text. */
  required: boolean;
  /** The message when a needed answer is missing: the field's `requiredMessage`, or a plain fallback. */
  requiredMessage: string;
  /** ISO 3166-1 alpha-2 country for phone numbers typed without a +code (`clinic.country`). */
  country: string;
  /** Today as `YYYY-MM-DD`, read at each check, so a form left open past midnight still judges correctly. */
  today(): string;
  /** The page's translator: every message's words and the language its numbers are written in. */
  ui: UiTranslator;
}

/**
 * The checks of one field kind.
 * @typeParam F the field's type
 */
export interface KindChecks<F extends FieldBase & { kind: string }> {
  /** The kind's name; the same as its folder's. */
  readonly kind: F['kind'];
  /**
   * The schema of the value of one answer slot of a field of this kind — its own answer, or its
   * "Other" text — with every check that needs only that value.
   */
  schema(slot: AnswerSlot, field: F, context: CheckContext): z.ZodMiniType;
  /**
   * A check that needs the worksheet's other answers (picking "Other" means describing it), run
   * while the slot is shown: the message when it fails, else `undefined`.
   */
  crossCheck?(slot: AnswerSlot, field: F, answers: Readonly<Record<string, unknown>>): string | undefined;
}

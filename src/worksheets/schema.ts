// zod/mini: the same validation as zod with a functional API that tree-shakes; measured here it
// keeps the worksheet page's script about 20 KB (gzip) smaller than classic zod.
import * as z from 'zod/mini';
import type { UiTranslator } from '../i18n/strings';
import { answerSlots, isInUse, type AnswerSlot } from './answers';
import { checksOf } from './kinds/checks-table';
import type { AnswerType } from './kinds/field-kind';
import type { WorksheetDefinition } from './types';

export { isRealDate } from './kinds/date/kind';
export { addYears } from './kinds/date/checks';
export { isTimeOfDay } from './kinds/time/kind';
export { isPngDataUrl } from './kinds/signature/kind';

/**
 * Turns a worksheet definition into the zod schema its form validates with. Each field kind writes
 * its own checks and messages (`kinds/<kind>/checks.ts`); this puts them together and adds what
 * holds across fields: a field or section shown only sometimes is checked only while shown. Every
 * message is in the language of the translator given (`SchemaOptions.ui`).
 */

/** Settings the schema needs from the page and the clinic (and, in tests, a fixed "today"). */
export interface SchemaOptions {
  /** The page's translator: the messages' words and the language their numbers are written in. */
  ui: UiTranslator;
  /** ISO 3166-1 alpha-2 country for phone numbers typed without a +code (`clinic.country`). */
  country: string;
  /** Today as `YYYY-MM-DD`; defaults to the device's local date. */
  today?: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** The device's local date as `YYYY-MM-DD`: what the patient calls "today", wherever they are. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Every check of one slot, from its field's kind. */
function slotSchema(slot: AnswerSlot, options: SchemaOptions): z.ZodMiniType {
  const { field } = slot;
  return checksOf(field).schema(slot, field, {
    required: Boolean(field.required) && !slot.otherOf,
    requiredMessage: field.requiredMessage ?? options.ui.t('check.required', { label: field.label }),
    country: options.country,
    ui: options.ui,
    // Read "today" at each check, not once: a form left open past midnight still judges correctly.
    today: () => options.today ?? localToday(),
  });
}

/** The schema of an answer's type alone. */
const TYPE_ONLY: Record<AnswerType, () => z.ZodMiniType> = {
  string: () => z.string(),
  boolean: () => z.boolean(),
  strings: () => z.array(z.string()),
};

/** Only the answer's type, for a slot shown only sometimes (its checks run while it is shown). */
const typeOnly = (slot: AnswerSlot) => TYPE_ONLY[slot.answer.type]();

/** Whether a slot is checked only sometimes: it has a `showWhen`, or it is in a repeated section's entry (checked while in use). */
const checkedSometimes = (slot: AnswerSlot) => slot.conditions.length > 0 || slot.entry !== undefined;

/**
 * A message as the patient reads it: an entry's answer says which entry it is in ("Entry 2: Enter
 * the date of this entry"), since every entry asks the same questions and the error summary lists them all.
 */
const worded = (slot: AnswerSlot, message: string, ui: UiTranslator) =>
  slot.entry ? ui.t('form.inEntry', { entry: slot.entry.title, text: message }) : message;

/**
 * The zod schema for a worksheet's answers. Phone numbers are checked asynchronously (the library
 * loads on first use), so parse with `safeParseAsync` (react-hook-form's zodResolver does).
 * Adds the cross-field rules (`crossCheck`: picking "Other" means describing it); a field or
 * section with a `showWhen` is checked only while it is shown (a hidden required field is not
 * required), and an answer of a repeated section only while its entry is in use (`isInUse`).
 * @param definition the worksheet
 * @param options the translator the messages are written by, and the clinic's country
 */
export function worksheetSchema(definition: WorksheetDefinition, options: SchemaOptions) {
  const slots = answerSlots(definition);
  // A slot checked only sometimes is checked for its type here and in full below, only while it is
  // in use: a hidden answer is kept but never blocks the PDF, required or not.
  const sometimes = slots.filter(checkedSometimes).map((slot) => ({ slot, schema: slotSchema(slot, options) }));
  const shape = Object.fromEntries(
    slots.map((slot) => [slot.key, checkedSometimes(slot) ? typeOnly(slot) : slotSchema(slot, options)]),
  );
  return z.object(shape).check(
    z.superRefine(async (answers: Record<string, unknown>, context) => {
      for (const { slot, schema } of sometimes) {
        if (!isInUse(slot, answers)) continue;
        const result = await z.safeParseAsync(schema, answers[slot.key]);
        for (const issue of result.error?.issues ?? []) {
          context.addIssue({
            code: 'custom',
            path: [slot.key],
            message: worded(slot, issue.message, options.ui),
            input: answers[slot.key],
          });
        }
      }
      for (const slot of slots) {
        if (!isInUse(slot, answers)) continue;
        const message = checksOf(slot.field).crossCheck?.(slot, slot.field, answers);
        if (message)
          context.addIssue({
            code: 'custom',
            path: [slot.key],
            message: worded(slot, message, options.ui),
            input: answers[slot.key],
          });
      }
    }),
  );
}

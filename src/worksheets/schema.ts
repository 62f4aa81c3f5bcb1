// zod/mini: the same validation as zod with a functional API that tree-shakes; measured here it
// keeps the worksheet page's script about 20 KB (gzip) smaller than classic zod.
import * as z from 'zod/mini';
import { answerSlots, choiceOptions, isShown, OTHER_VALUE, type AnswerSlot } from './answers';
import { isPhoneNumber } from './phone';
import { characterLength } from './text-length';
import type { ChoiceField, WorksheetDefinition } from './types';

/**
 * Turns a worksheet definition into the zod schema its form validates with. Messages are written
 * once here, GOV.UK style (specific, no "please", no "valid/invalid"), and shown both in the error
 * summary and next to the field.
 */

const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1).replace(/[?.:]$/, '');

/** "Your intentions must be 2,000 characters or fewer" */
const tooLong = (slot: AnswerSlot, max: number) =>
  `${slot.otherOf ? slot.otherOf.other!.textLabel : slot.field.label}`.replace(/[?.:]$/, '') +
  ` must be ${max.toLocaleString('en')} characters or fewer`;

/** Whether `YYYY-MM-DD` names a day that exists (no 30 February). */
export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whether `HH:MM` names a time on a 24-hour clock, as a time input gives it. */
export const isTimeOfDay = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value);

/** Whether a signature answer is a drawing as the pad saves it: a PNG `data:` URL. */
export const isPngDataUrl = (value: string) => value.startsWith('data:image/png;base64,');

function slotSchema(slot: AnswerSlot, options: SchemaOptions): z.ZodMiniType {
  const { field } = slot;
  const required = Boolean(field.required) && !slot.otherOf;
  const requiredMessage = field.requiredMessage ?? `Answer “${field.label}”`;
  switch (slot.kind) {
    case 'text':
    case 'multiline': {
      const checks = [
        z.refine<string>((value) => characterLength(value) <= slot.maxLength!, {
          error: tooLong(slot, slot.maxLength!),
        }),
      ];
      if (field.kind === 'email') {
        const email = z.email();
        checks.push(
          z.refine<string>((value) => value.trim() === '' || z.safeParse(email, value.trim()).success, {
            error: `Enter ${lower(field.label)} as an email address, like name@example.com`,
          }),
        );
      }
      if (field.kind === 'tel') {
        // Synchronous (true) when empty, so only a typed number makes the parse asynchronous.
        checks.push(
          z.refine<string>((value) => value.trim() === '' || isPhoneNumber(value, options.country), {
            error: `Enter ${lower(field.label)} as a phone number you can dial, with the area code`,
          }),
        );
      }
      if (required) checks.push(z.refine<string>((value) => value.trim() !== '', { error: requiredMessage }));
      return z.string().check(...checks);
    }
    case 'date': {
      const within = field.kind === 'date' ? field.within : undefined;
      // Read "today" at each check, not once: a form left open past midnight still judges correctly.
      const today = () => options.today ?? localToday();
      const checks = [
        z.refine<string>((value) => value === '' || isRealDate(value), {
          error: `${field.label.replace(/[?.:]$/, '')} must be a real date`,
        }),
        z.refine<string>((value) => !required || value !== '', { error: requiredMessage }),
      ];
      if (within?.notPast) {
        const { message } = within.notPast;
        checks.push(z.refine<string>((value) => !isRealDate(value) || value >= today(), { error: message }));
      }
      if (within?.yearsAhead) {
        const { years, message } = within.yearsAhead;
        checks.push(
          z.refine<string>((value) => !isRealDate(value) || value <= addYears(today(), years), { error: message }),
        );
      }
      return z.string().check(...checks);
    }
    case 'time':
      return z.string().check(
        z.refine((value) => value === '' || isTimeOfDay(value), {
          error: `${field.label.replace(/[?.:]$/, '')} must be a real time, like 14:30`,
        }),
        z.refine((value) => !required || value !== '', { error: requiredMessage }),
      );
    case 'signature':
      return z.string().check(
        z.refine((value) => value === '' || isPngDataUrl(value), {
          error: `Draw ${lower(field.label)} again, or clear it`,
        }),
      );
    case 'checkbox':
      return required ? z.boolean().check(z.refine((checked) => checked, { error: requiredMessage })) : z.boolean();
    case 'choice': {
      const values = choiceOptions(field as ChoiceField).map((option) => option.value);
      return z.string().check(
        z.refine((value) => value === '' || values.includes(value), {
          error: `Select one of the options for ${lower(field.label)}`,
        }),
        z.refine((value) => !required || value !== '', { error: requiredMessage }),
      );
    }
    case 'choices': {
      const values = choiceOptions(field as ChoiceField).map((option) => option.value);
      return z.array(z.string()).check(
        z.refine((picked) => picked.every((value) => values.includes(value)), {
          error: `Select from the options for ${lower(field.label)}`,
        }),
        z.refine((picked) => !required || picked.length > 0, { error: requiredMessage }),
      );
    }
  }
}

/** Only the answer's type, for a slot shown only sometimes (its checks run while it is shown). */
function typeOnly(slot: AnswerSlot): z.ZodMiniType {
  if (slot.kind === 'checkbox') return z.boolean();
  if (slot.kind === 'choices') return z.array(z.string());
  return z.string();
}

/** Settings the schema needs from the clinic (and, in tests, a fixed "today"). */
export interface SchemaOptions {
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

/** `YYYY-MM-DD` plus whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const target = year + years;
  const lastDay = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${target}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * The zod schema for a worksheet's answers. Phone numbers are checked asynchronously (the library
 * loads on first use), so parse with `safeParseAsync` (react-hook-form's zodResolver does).
 * Adds the cross-field rules: picking "Other" means describing it, and a field or section with a
 * `showWhen` is checked only while it is shown (a hidden required field is not required).
 * @param definition the worksheet
 * @param options clinic settings; the country defaults to "US"
 */
export function worksheetSchema(definition: WorksheetDefinition, options: SchemaOptions = { country: 'US' }) {
  const slots = answerSlots(definition);
  // A slot shown only sometimes (`showWhen`) is checked for its type here and in full below, only
  // while it is shown: a hidden answer is kept but never blocks the PDF, required or not.
  const conditional = slots.filter((slot) => slot.conditions.length > 0).map((slot) => ({ slot, schema: slotSchema(slot, options) }));
  const shape = Object.fromEntries(slots.map((slot) => [slot.key, slot.conditions.length > 0 ? typeOnly(slot) : slotSchema(slot, options)]));
  return z.object(shape).check(
    z.superRefine(async (answers: Record<string, unknown>, context) => {
      for (const { slot, schema } of conditional) {
        if (!isShown(slot, answers)) continue;
        const result = await z.safeParseAsync(schema, answers[slot.key]);
        for (const issue of result.error?.issues ?? []) {
          context.addIssue({ code: 'custom', path: [slot.key], message: issue.message, input: answers[slot.key] });
        }
      }
      for (const slot of slots) {
        const choice = slot.otherOf;
        if (!choice?.other || !isShown(slot, answers)) continue;
        const picked = answers[choice.id];
        const chose = Array.isArray(picked) ? picked.includes(OTHER_VALUE) : picked === OTHER_VALUE;
        if (chose && String(answers[slot.key] ?? '').trim() === '') {
          context.addIssue({
            code: 'custom',
            path: [slot.key],
            message: choice.other.requiredMessage,
            input: answers[slot.key],
          });
        }
      }
    }),
  );
}

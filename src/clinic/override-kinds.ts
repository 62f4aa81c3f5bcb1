// zod/mini, as in the worksheet schema: these schemas run in the browser, on pages opened from a
// provider's link and in the link builder.
import * as z from 'zod/mini';
import { isPhoneNumber } from '../lib/phone';
import { protocolLimits } from '../schemas/protocol-limits';
import type { BloodPressure } from './blood-pressure';

/**
 * The kinds of clinic value a provider's link can carry, each with how it is written in the link
 * and the schema that reads it back. The ranges are the ones `clinic.config.ts` keeps to
 * (src/schemas/protocol-limits.ts) and phone numbers follow the kit's one phone rule
 * (src/lib/phone.ts), so a link can never set a value the clinic's own config would refuse.
 */

/** What a value kind needs to build its schema. */
export interface KindContext {
  /** The sentence a refused value gets: the patient's notice, which never repeats the value. */
  message: string;
  /** The clinic's country (`clinic.country`), for phone numbers written without a +country code. */
  country: string;
}

/** One kind of overridable value: `T` is the value as the config holds it. */
export interface OverrideKind<T> {
  /** The text a link carries for `value`: `6`, `150/95`, a phone number as written. */
  write: (value: T) => string;
  /** The schema reading that text back (trimmed or not, exactly as a link holds it). */
  schema: (context: KindContext) => z.ZodMiniType<T, string>;
  /** What the value's notice fills its `{placeholders}` with: the range it must fall in. */
  words: Readonly<Record<string, number>>;
}

/**
 * Why a value was refused, set on the issue (`params.reason`) where a provider needs other words
 * than a patient: the builder says "Enter … as a phone number you can dial", the patient's page
 * says the link's number was not used.
 */
export const NOT_A_PHONE_NUMBER = 'notPhone';

/** Whether a zod issue was raised by the phone rule (see {@link NOT_A_PHONE_NUMBER}). */
export const isPhoneRefusal = (issue: z.core.$ZodIssue): boolean =>
  issue.code === 'custom' && issue.params?.['reason'] === NOT_A_PHONE_NUMBER;

/**
 * The phone-rule check as a zod refinement, for values from a link. Asynchronous (the library loads
 * on first use), so schemas holding it are parsed with `safeParseAsync`.
 */
export const phoneCheck = (message: string, country: string) =>
  z.refine<string>(
    // A number that cannot be checked (the library failed to download) is not used: the page then
    // shows the clinic's own number, which was checked when the site was built.
    (phone) => isPhoneNumber(phone, country).catch(() => false),
    { error: message, params: { reason: NOT_A_PHONE_NUMBER } },
  );

/** A range's bounds, as in protocol-limits.ts. */
type Range = Readonly<{ min: number; max: number }>;

/** Hours, as a number with up to two decimals (`6`, `7.5`, `12.25`), within `range`. */
export function hours(range: Range): OverrideKind<number> {
  return {
    write: String,
    schema: ({ message }) =>
      z.pipe(
        z.string(),
        z
          .transform((text: string) => (/^\d{1,3}(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN))
          .check(z.refine((value) => value >= range.min && value <= range.max, { error: message })),
      ),
    words: range,
  };
}

/** Whole minutes, written as digits only (`20`), within `range`. */
export function wholeMinutes(range: Range): OverrideKind<number> {
  const digits = new RegExp(`^\\d{1,${String(range.max).length}}$`);
  return {
    write: String,
    schema: ({ message }) =>
      z.pipe(
        z.string(),
        z
          .transform((text: string) => (digits.test(text) ? Number(text) : Number.NaN))
          .check(z.refine((value) => value >= range.min && value <= range.max, { error: message })),
      ),
    words: range,
  };
}

/** A blood-pressure level written as clinicians write it, `150/95`: systolic above diastolic, each in range. */
export const bloodPressure: OverrideKind<BloodPressure> = {
  write: ({ systolic, diastolic }) => `${systolic}/${diastolic}`,
  schema: ({ message }) =>
    z.pipe(
      z.string(),
      z
        .transform((text: string): BloodPressure => {
          const match = /^(\d{2,3})\/(\d{2,3})$/.exec(text);
          return { systolic: Number(match?.[1] ?? Number.NaN), diastolic: Number(match?.[2] ?? Number.NaN) };
        })
        .check(
          z.refine(
            ({ systolic, diastolic }) =>
              systolic >= protocolLimits.systolic.min &&
              systolic <= protocolLimits.systolic.max &&
              diastolic >= protocolLimits.diastolic.min &&
              diastolic <= protocolLimits.diastolic.max &&
              systolic > diastolic,
            { error: message },
          ),
        ),
    ),
  words: {},
};

/** A phone number as the provider writes it, kept as written (trimmed), by the one phone rule. */
export const phoneNumber: OverrideKind<string> = {
  write: (phone) => phone,
  schema: ({ message, country }) => z.pipe(z.string().check(z.trim()), z.string().check(phoneCheck(message, country))),
  words: {},
};

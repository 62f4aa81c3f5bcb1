// zod/mini, as in the worksheet schema: this runs in the browser, and only when a page is opened
// from a provider's link.
import * as z from 'zod/mini';
import { overridableNames, type BloodPressure, type OverridableName } from '../clinic/overrides';
import { tLink, type LinkStringKey } from '../i18n/t-links';
import { isRealDate, isTimeOfDay } from '../worksheets/schema';
import { characterLength } from '../worksheets/text-length';
import { hasEnoughDigits, PHONE_PATTERN, protocolLimits } from './protocol-limits';

/**
 * The schema of a provider link's `#fragment`, format version 1 (docs/decisions/0002-provider-links.md).
 * Every key has its own schema, so one bad value is dropped with its own message while the rest of
 * the link still works. Messages are UI strings: they never repeat the value from the link.
 */

/** The format version this code reads and writes. */
export const LINK_FORMAT_VERSION = '1';

/**
 * Longest fragment read at all. A full plan is under 2,000 characters; anything far longer was not
 * made by the builder, and capping it bounds the work a hostile link can cause.
 */
export const MAX_FRAGMENT_LENGTH = 4000;

/** Most modules a reading list may name (the kit ships eleven). */
export const MAX_READING_LIST = 40;

/** A worksheet field as links see it: enough to check a prefilled value and name it in a notice. */
export interface LinkField {
  id: string;
  label: string;
  kind: 'text' | 'tel' | 'email' | 'textarea' | 'date' | 'time' | 'radio' | 'select';
  /** Only these may be filled from a link. */
  prefillable: boolean;
  maxLength?: number;
  /** Option values of a radio or select field. */
  options?: string[];
  /** What people read for each of `options`, in the same order (the link builder lists them). */
  optionLabels?: string[];
  /**
   * Option values no longer offered (see `ChoiceOption.retired`): a link may still carry one, so
   * older links keep working, but the link builder does not offer it.
   */
  retiredOptions?: string[];
}

/** A worksheet as links see it. */
export interface LinkWorksheet {
  id: string;
  fields: LinkField[];
}

/** What exists on this site, which a link is checked against. */
export interface LinkTargets {
  moduleSlugs: readonly string[];
  worksheets: readonly LinkWorksheet[];
}

// Control characters (bar tab and newline) and bidirectional overrides, which can make a name read
// differently on screen than it is stored (CVE-2021-42574, "Trojan Source").
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

const notice = (key: string, values?: Record<string, string | number>) => tLink(key as LinkStringKey, values);

/** The schema for the value of `f.<id>`: checked by the field's own kind, options and length. */
export function prefillValueSchema(field: LinkField): z.ZodMiniType<string, string> {
  const label = field.label.replace(/[?.:]$/, '');
  const readable = z.refine<string>((value) => !UNSAFE_CHARACTERS.test(value), {
    error: notice('link.notice.field.notText', { label }),
    abort: true,
  });
  switch (field.kind) {
    case 'date':
      return z.string().check(z.refine(isRealDate, { error: notice('link.notice.field.notDate', { label }) }));
    case 'time':
      return z.string().check(
        z.refine(isTimeOfDay, {
          error: notice('link.notice.field.notTime', { label }),
        }),
      );
    case 'radio':
    case 'select':
      return z.string().check(
        z.refine((value) => field.options?.includes(value) ?? false, {
          error: notice('link.notice.field.notChoice', { label }),
        }),
      );
    default: {
      const max = field.maxLength ?? 0;
      const checks = [
        readable,
        z.refine<string>((value) => characterLength(value) <= max, {
          error: notice('link.notice.field.tooLong', { label, max: max.toLocaleString('en') }),
          abort: true,
        }),
      ];
      if (field.kind === 'tel') {
        checks.push(
          z.refine((value) => PHONE_PATTERN.test(value) && hasEnoughDigits(value), {
            error: notice('link.notice.field.notPhone', { label }),
          }),
        );
      }
      if (field.kind === 'email') {
        const email = z.email();
        checks.push(
          z.refine((value) => z.safeParse(email, value).success, { error: notice('link.notice.field.notEmail', { label }) }),
        );
      }
      return z.pipe(z.string().check(z.trim()), z.string().check(...checks));
    }
  }
}

const number = (text: string) => (/^\d{1,3}(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN);

const hoursSchema = (name: OverridableName) => {
  const { min, max } = protocolLimits.fastingHours;
  return z.pipe(
    z.string(),
    z.transform(number).check(
      z.refine((hours) => hours >= min && hours <= max, {
        error: notice(`link.notice.override.${name}`, { min, max }),
      }),
    ),
  );
};

const bloodPressureSchema = (name: OverridableName) =>
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
          { error: notice(`link.notice.override.${name}`) },
        ),
      ),
  );

/**
 * The schema for each `o.<name>` value, written as in the link: hours and minutes as numbers,
 * blood pressure as `systolic/diastolic`, the phone as the provider writes it. The ranges are the
 * ones `clinic.config.ts` must keep to (./protocol-limits.ts).
 */
export const overrideSchemas = {
  'clinic.phone': z.pipe(
    z.string().check(z.trim()),
    z.string().check(
      z.refine((phone) => PHONE_PATTERN.test(phone) && hasEnoughDigits(phone), {
        error: notice('link.notice.override.clinic.phone'),
      }),
    ),
  ),
  'fasting.food': hoursSchema('fasting.food'),
  'fasting.clearLiquids': hoursSchema('fasting.clearLiquids'),
  'bloodPressure.doNotStartAbove': bloodPressureSchema('bloodPressure.doNotStartAbove'),
  'bloodPressure.callCareTeamAt': bloodPressureSchema('bloodPressure.callCareTeamAt'),
  'bloodPressure.seekEmergencyCareAt': bloodPressureSchema('bloodPressure.seekEmergencyCareAt'),
  'lookIn.interval': z.pipe(
    z.string(),
    z.transform((text: string) => (/^\d{1,2}$/.test(text) ? Number(text) : Number.NaN)).check(
      z.refine(
        (minutes) => minutes >= protocolLimits.lookInIntervalMinutes.min && minutes <= protocolLimits.lookInIntervalMinutes.max,
        { error: notice('link.notice.override.lookIn.interval', protocolLimits.lookInIntervalMinutes) },
      ),
    ),
  ),
} satisfies Record<OverridableName, z.ZodMiniType>;

// A new overridable value must get a schema here: the `satisfies` above checks the keys one way,
// this checks they are the same list the rest of the kit uses.
if (Object.keys(overrideSchemas).length !== overridableNames.length) {
  throw new Error('link-fragment: every overridable clinic value needs a schema.');
}

/** `r`: module slugs in order, comma-separated; blanks and repeats are dropped, the list is capped. */
export const readingListSchema = z.pipe(
  z.string(),
  z.transform((text) =>
    [...new Set(text.split(',').map((slug) => slug.trim()))].filter(Boolean).slice(0, MAX_READING_LIST),
  ),
);

/** `v`: only version 1 is read. */
export const versionSchema = z.literal(LINK_FORMAT_VERSION, { error: notice('link.notice.version') });

/**
 * The schema of each key a link may carry, as it appears in the link (`v`, `r`, `w`, `f.<id>`,
 * `o.<name>`). Only the prefillable fields of `worksheet` get an `f.` key: a field about the patient
 * has no schema, so no value for it can ever get through.
 * @param worksheet the worksheet whose answers the link fills in, if any
 */
export function linkFragmentShape(targets: LinkTargets, worksheet?: LinkWorksheet): Record<string, z.ZodMiniType> {
  const worksheetIds = targets.worksheets.map((target) => target.id);
  return {
    v: versionSchema,
    r: readingListSchema,
    w: z.string().check(z.refine((id) => worksheetIds.includes(id), { error: notice('link.notice.worksheet') })),
    ...Object.fromEntries(
      (worksheet?.fields ?? []).filter((field) => field.prefillable).map((field) => [`f.${field.id}`, prefillValueSchema(field)]),
    ),
    ...Object.fromEntries(Object.entries(overrideSchemas).map(([name, schema]) => [`o.${name}`, schema])),
  };
}

/**
 * The whole fragment as one object (every key optional but `v`; unknown keys stripped), for
 * documentation and tests. Pages read links with `readProviderLink` (src/links/read-link.ts), which
 * applies the same per-key schemas one key at a time so that one bad value never spoils the rest.
 */
export function linkFragmentSchema(targets: LinkTargets, worksheet?: LinkWorksheet) {
  const { v, ...rest } = linkFragmentShape(targets, worksheet);
  return z.object({ v: v!, ...Object.fromEntries(Object.entries(rest).map(([key, schema]) => [key, z.optional(schema)])) });
}

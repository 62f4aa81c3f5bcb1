import { z } from 'astro/zod';
import { levelsRiseInOrder } from '../clinic/blood-pressure';
import { PHONE_MAX_CHARACTERS } from '../lib/phone';
import { isPhoneCountry, isPhoneNumberAtBuild } from '../lib/phone-at-build';
import { examplePhoneNumbers } from '../i18n/region-examples';
import { BrandSchema, PrivacySchema } from './brand';
import { ClinicModulesSchema } from './clinic-modules';
import { ProseSchema } from './prose';
import { protocolLimits } from './protocol-limits';

export { ProseSchema };

/**
 * Small zod factories for `clinic/config.ts`, composed by {@link clinicConfigSchema}. Every protocol
 * number has a range that catches slips (minutes typed as hours, systolic and diastolic swapped)
 * without second-guessing a clinic's own protocol.
 */

const hours = (what: string, max: number) =>
  z
    .number({ error: `Set ${what} as a number of hours.` })
    .min(0, { error: `${what} cannot be negative.` })
    .max(max, { error: `${what} must be ${max} hours or fewer — was it typed in minutes?` });

/** Whole minutes before the start of a session, up to `max` (a slip into hours or seconds is caught). */
const minutesBefore = (what: string, max: number) =>
  z
    .number({ error: `Set ${what} as a number of minutes, such as 30.` })
    .int({ error: `${what} must be a whole number of minutes.` })
    .min(0, { error: `${what} cannot be negative.` })
    .max(max, { error: `${what} must be ${max} minutes or fewer — was it typed in seconds?` });

/** A blood-pressure reading in mm Hg: systolic (top number) over diastolic (bottom number). */
export const BloodPressureSchema = (what: string, { missing }: { missing?: string } = {}) =>
  z
    .object(
      {
        /** Top number, mm Hg. */
        systolic: z.number().int().min(protocolLimits.systolic.min).max(protocolLimits.systolic.max),
        /** Bottom number, mm Hg. */
        diastolic: z.number().int().min(protocolLimits.diastolic.min).max(protocolLimits.diastolic.max),
      },
      { error: missing ?? `Set ${what} to a reading such as { systolic: 140, diastolic: 90 }.` },
    )
    .strict()
    .refine((bp) => bp.systolic > bp.diastolic, {
      error: `${what}: the systolic (top) number must be higher than the diastolic (bottom) number.`,
    });

/** Codes people write for a country that ISO 3166-1 spells otherwise. */
const countryMistakes: Readonly<Record<string, string>> = { UK: 'GB', EN: 'GB', EL: 'GR', USA: 'US' };

/**
 * The message for a `clinic.country` the phone rule cannot use, with the likely code: "UK" is
 * "GB" in ISO 3166-1, and "gb" is "GB" in capitals.
 */
function countryMessage(input: string): string {
  const upper = input.trim().toUpperCase();
  const likely = countryMistakes[upper] ?? (isPhoneCountry(upper) ? upper : undefined);
  const base = `\`clinic.country\` is "${input}", which is not an ISO 3166-1 two-letter country code`;
  return likely
    ? `${base}. Did you mean "${likely}"?`
    : `${base}. Set it to your country's code, such as "US", "GB" or "IE".`;
}

/** How a phone number of `country` is written, for the message: the library's own example number (src/i18n/region-examples.ts). */
function phoneExample(country: string): string {
  const example = examplePhoneNumbers(country);
  return example
    ? `"${example.international}" or "${example.national} ext. 2"`
    : '"+1 201 555 0100" or "(201) 555-0100 ext. 2"';
}

/** Contact details shown in modules, the footer and on worksheets. */
export const ContactSchema = () =>
  z
    .object({
      /** The clinic's name as patients know it. */
      name: z.string().trim().min(2, { error: 'Set `name` to the clinic’s name.' }).max(120),
      /**
       * Main phone number, written as patients should dial it (digits, spaces, +, brackets, dashes,
       * an extension). Checked with the kit's one phone rule (src/lib/phone.ts) against `country`,
       * below, so the worksheet forms accept it when it starts a phone field.
       */
      phone: z.string({ error: 'Set `phone` to the clinic’s phone number, as text in quotes.' }).trim(),
      /** Email address for non-urgent questions. */
      email: z.email({ error: 'Set `email` to an email address such as "care@example.org".' }),
      /** The clinic's own website (https). */
      website: z.url({ protocol: /^https$/, error: 'Set `website` to a full https:// address.' }),
      /**
       * The clinic's country as an ISO 3166-1 alpha-2 code ("US", "GB", "AU"). Phone numbers that
       * patients type without a country code are read as numbers of this country, and dates, times and
       * numbers are written its way (src/i18n/region.ts: en-GB for "GB"). Defaults to "US".
       */
      country: z
        .string({ error: 'Set `clinic.country` to a two-letter country code such as "US" or "GB".' })
        .trim()
        .refine((code) => /^[A-Z]{2}$/.test(code) && isPhoneCountry(code), {
          error: (issue) => countryMessage(String(issue.input)),
        })
        .default('US'),
      /**
       * The clinic's postal address, one line per entry, for modules that say how to get there
       * (`<ClinicValue name="clinic.address" />`). Optional.
       */
      address: z
        .array(
          z
            .string()
            .trim()
            .min(1, { error: 'Each line of `clinic.address` needs some text.' })
            .max(80, { error: 'Keep each line of `clinic.address` to 80 characters or fewer.' }),
          {
            error: 'Set `clinic.address` to the address lines, such as ["12 High Street", "Reading RG1 1AA"].',
          },
        )
        .min(1)
        .max(6, { error: 'Keep `clinic.address` to 6 lines or fewer.' })
        .optional(),
    })
    .strict()
    // On the object, because the rule needs the country; `when` runs it even while another contact
    // detail is wrong (so the clinic sees every problem at once), but not with a country the rule
    // cannot use, which has its own message.
    .refine(({ phone, country }) => isPhoneNumberAtBuild(phone, country), {
      path: ['phone'],
      when: ({ value }) => {
        const { phone, country } = (value ?? {}) as { phone?: unknown; country?: unknown };
        return typeof phone === 'string' && typeof country === 'string' && isPhoneCountry(country);
      },
      error: (issue) => {
        const { phone, country } = issue.input as { phone: string; country: string };
        return phone.trim().length > PHONE_MAX_CHARACTERS
          ? `Set \`phone\` to ${PHONE_MAX_CHARACTERS} characters or fewer.`
          : `Set \`phone\` to a phone number such as ${phoneExample(country)}, with the area code. Numbers without a +country code are read as ${country} numbers (\`clinic.country\`).`;
      },
    });

/** The number to call in an emergency and the words used around it in prose. */
export const EmergencySchema = () =>
  z
    .object({
      /** What to dial, e.g. "911", "999", "112". */
      number: z
        .string()
        .trim()
        .regex(/^[\d+#*]{2,8}$/, { error: 'Set `emergency.number` to the digits to dial, such as "911" or "112".' })
        .default('911'),
      /**
       * How prose names it before the number, per language: "your local emergency number (911)".
       * Left out, each language's own words are used (`clinicValue.emergency.phrase` in src/i18n/).
       */
      phrase: ProseSchema('`emergency.phrase`', 3, 60, {
        en: 'your local emergency number',
        es: 'tu número local de emergencias',
      }).optional(),
    })
    .strict()
    .prefault({});

/**
 * The suicide and crisis line patients call or text in a mental-health crisis. Required, with no
 * default: a clinic outside the US that forgot it would otherwise print a number its patients
 * cannot reach.
 */
export const CrisisLineSchema = () =>
  z
    .object(
      {
        /** How prose names it, per language: "the 988 Suicide & Crisis Lifeline", "Samaritans". */
        name: ProseSchema('`crisisLine.name`', 3, 80, {
          en: 'the 988 Suicide & Crisis Lifeline',
          es: 'la Línea 988 de Prevención del Suicidio y Crisis',
        }),
        /** What to dial or text, as patients write it: "988", "116 123". */
        number: z
          .string()
          .trim()
          .regex(/^[\d+][\d\s-]{1,15}$/, {
            error: 'Set `crisisLine.number` to the digits to call, such as "988" or "116 123".',
          }),
        /** How to reach it, per language, finishing "… 988": "call or text", "call". */
        how: ProseSchema('`crisisLine.how`', 3, 40, { en: 'call or text', es: 'llama o envía un mensaje de texto al' }),
      },
      {
        error:
          "Set `crisisLine` to the suicide and crisis line your patients can reach, with its name and how to reach it in each language, such as { name: { en: 'the 988 Suicide & Crisis Lifeline', es: 'la Línea 988 de Prevención del Suicidio y Crisis' }, number: '988', how: { en: 'call or text', es: 'llama o envía un mensaje de texto al' } } in the US.",
      },
    )
    .strict();

/** Protocol numbers that vary between clinics. Modules show them through `<ClinicValue />`. */
export const ProtocolSchema = () =>
  z
    .object({
      /** Hours before dosing to stop eating (`food`) and drinking clear liquids (`clearLiquids`). */
      fasting: z
        .object({
          food: hours('`protocol.fasting.food`', protocolLimits.fastingHours.max),
          clearLiquids: hours('`protocol.fasting.clearLiquids`', protocolLimits.fastingHours.max),
        })
        .strict()
        .refine((f) => f.clearLiquids <= f.food, {
          error: '`protocol.fasting.clearLiquids` should not be longer than `protocol.fasting.food`.',
        }),
      /**
       * Blood-pressure levels, mm Hg, and the rest before a reading. Each level is worded with its
       * comparison from src/clinic/blood-pressure.ts, the one place that says how a reading compares.
       */
      bloodPressure: z
        .object({
          /** Before the dose: do not start (do not take the medicine) above this reading. */
          doNotStartAbove: BloodPressureSchema('`protocol.bloodPressure.doNotStartAbove`'),
          /**
           * During or after the session: the chaperone or patient calls the care team at or above
           * this reading. Ketamine is expected to raise blood pressure, so it is higher than
           * `doNotStartAbove`; the clinic's medical lead sets it.
           */
          callCareTeamAt: BloodPressureSchema('`protocol.bloodPressure.callCareTeamAt`', {
            missing:
              'Set `protocol.bloodPressure.callCareTeamAt`: the reading during or after a session at which the chaperone calls the care team, such as { systolic: 160, diastolic: 100 }. It must be higher than `doNotStartAbove`, because ketamine is expected to raise blood pressure during a session.',
          }),
          /** At any time: seek emergency care at or above this reading (after a rest and a recheck). */
          seekEmergencyCareAt: BloodPressureSchema('`protocol.bloodPressure.seekEmergencyCareAt`'),
          /** Minutes to sit quietly before a reading, and to rest before a recheck. */
          restBeforeReadingMinutes: z
            .number({
              error: 'Set `protocol.bloodPressure.restBeforeReadingMinutes` as a number of minutes, such as 5.',
            })
            .int({ error: '`protocol.bloodPressure.restBeforeReadingMinutes` must be a whole number of minutes.' })
            .min(protocolLimits.restBeforeReadingMinutes.min, {
              error: `\`protocol.bloodPressure.restBeforeReadingMinutes\` must be at least ${protocolLimits.restBeforeReadingMinutes.min} minute.`,
            })
            .max(protocolLimits.restBeforeReadingMinutes.max, {
              error: `\`protocol.bloodPressure.restBeforeReadingMinutes\` must be ${protocolLimits.restBeforeReadingMinutes.max} minutes or fewer — was it typed in seconds?`,
            }),
        })
        .strict()
        .refine((bp) => levelsRiseInOrder(bp), {
          error:
            'Each blood-pressure level must be higher than the one before it, in both numbers: `doNotStartAbove`, then `callCareTeamAt`, then `seekEmergencyCareAt`.',
        }),
      /** Hours before a session with no alcohol or cannabis. */
      noAlcoholOrCannabisHours: hours(
        '`protocol.noAlcoholOrCannabisHours`',
        protocolLimits.noAlcoholOrCannabisHours.max,
      ),
      /** How long to hold the lozenge or tablet in the mouth before spitting, in minutes, as a range. */
      holdInMouthMinutes: z
        .object(
          {
            min: z.number().int().min(protocolLimits.holdInMouthMinutes.min).max(protocolLimits.holdInMouthMinutes.max),
            max: z.number().int().min(protocolLimits.holdInMouthMinutes.min).max(protocolLimits.holdInMouthMinutes.max),
          },
          {
            error:
              'Set `protocol.holdInMouthMinutes` to how long patients hold the medicine in the mouth, such as { min: 7, max: 12 } (minutes).',
          },
        )
        .strict()
        .refine((range) => range.max >= range.min, {
          error: '`protocol.holdInMouthMinutes.max` must be at least `min`.',
        }),
      /** How often a chaperone looks in during a session, in minutes. */
      lookInIntervalMinutes: z
        .number({ error: 'Set `protocol.lookInIntervalMinutes` as a number of minutes.' })
        .int({ error: '`protocol.lookInIntervalMinutes` must be a whole number of minutes.' })
        .min(protocolLimits.lookInIntervalMinutes.min, {
          error: '`protocol.lookInIntervalMinutes` must be at least 1 minute.',
        })
        .max(protocolLimits.lookInIntervalMinutes.max, {
          error: '`protocol.lookInIntervalMinutes` must be 60 or fewer so a chaperone looks in at least hourly.',
        }),
      /** How long a session usually lasts, in hours, from dosing until the patient is alert. */
      sessionLengthHours: z
        .object({
          min: hours('`protocol.sessionLengthHours.min`', protocolLimits.sessionLengthHours.max),
          max: hours('`protocol.sessionLengthHours.max`', protocolLimits.sessionLengthHours.max),
        })
        .strict()
        .refine((s) => s.min > 0 && s.max >= s.min, {
          error: '`protocol.sessionLengthHours` needs `min` above 0 and `max` at least `min`.',
        }),
      /** When driving is allowed again, per language, as words that finish "Do not drive until …". */
      drivingAllowedAgain: ProseSchema('`protocol.drivingAllowedAgain`', 3, 120, {
        en: 'the next day, after a full night’s sleep',
        es: 'el día siguiente, después de dormir toda la noche',
      }),
      /**
       * For a session at home: how many minutes before the start the chaperone arrives (the
       * dosing-day plan's timeline and calendar reminder). Defaults to 30: time to set up the room
       * together before the rest and blood-pressure check; earlier is never unsafe.
       */
      chaperoneArrivesMinutesBefore: minutesBefore('`protocol.chaperoneArrivesMinutesBefore`', 240).default(30),
      /**
       * For a session at the clinic: how many minutes before the start to arrive (checking in, the
       * rest before the blood-pressure check). Defaults to 15.
       */
      arriveAtClinicMinutesBefore: minutesBefore('`protocol.arriveAtClinicMinutesBefore`', 180).default(15),
    })
    .strict();

/** PDF settings for worksheets. */
export const PdfSchema = () =>
  z
    .object({
      /** Paper size of generated worksheets: US `letter` or ISO `a4`. */
      pageSize: z.enum(['letter', 'a4'], { error: 'Set `pdf.pageSize` to "letter" or "a4".' }).default('letter'),
    })
    .strict()
    .prefault({});

/** Everything a clinic sets in `clinic/config.ts`. */
export const clinicConfigSchema = z
  .object({
    clinic: ContactSchema(),
    emergency: EmergencySchema(),
    crisisLine: CrisisLineSchema(),
    protocol: ProtocolSchema(),
    pdf: PdfSchema(),
    brand: BrandSchema(),
    privacy: PrivacySchema().optional(),
    modules: ClinicModulesSchema(),
  })
  .strict();

/** What a clinic writes (defaults may be left out). */
export type ClinicConfigInput = z.input<typeof clinicConfigSchema>;
/**
 * The validated config with defaults filled in, and the built URLs of the files `brand` names
 * (set by src/clinic/settings.ts, which checks the files exist).
 */
export type ClinicConfig = z.output<typeof clinicConfigSchema> & {
  brand: { logoSrc?: string; iconSrc?: string };
};

/**
 * Formats zod issues as one line each, `path: message`, so a clinic sees exactly which setting to fix.
 * @param issues the `error.issues` of a failed parse
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => `  - ${issue.path.length ? issue.path.join('.') : '(top level)'}: ${issue.message}`)
    .join('\n');
}

/**
 * Types a clinic's settings for the editor. It returns them as written: the kit validates them when
 * the site builds (src/clinic/settings.ts, with {@link parseClinicConfig}), where it knows which
 * file they came from.
 * @param input the object the clinic wrote
 */
export function defineClinicConfig(input: ClinicConfigInput): ClinicConfigInput {
  return input;
}

/**
 * Validates a clinic config, throwing one readable error listing every problem.
 * @param input the object the clinic wrote
 * @param file where it was written, for the message (`clinic/config.ts`)
 * @returns the config with defaults applied
 */
export function parseClinicConfig(input: unknown, file = 'clinic/config.ts'): ClinicConfig {
  const result = clinicConfigSchema.safeParse(input);
  if (!result.success) {
    throw new Error(`${file} is not valid:\n${formatIssues(result.error.issues)}`);
  }
  return result.data;
}

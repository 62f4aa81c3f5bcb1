// zod/mini, as in the worksheet schema: this runs in the browser, and only when a page is opened
// from a provider's link.
import * as z from 'zod/mini';
import {
  overridableValue,
  overridableValues,
  type OverridableName,
  type OverrideValue,
} from '../clinic/overridable-values';
import { phoneCheck } from '../clinic/override-kinds';
import { formatNumber } from '../i18n/numbers';
import type { LinkTranslator } from '../i18n/strings';
import { bareLabel } from '../links/bare-label';
import { isRealDate } from '../worksheets/kinds/date/kind';
import { isTimeOfDay } from '../worksheets/kinds/time/kind';
import { characterLength } from '../worksheets/text-length';

/**
 * The schema of a provider link's `#fragment`, format version 1 (docs/decisions/0002-provider-links.md).
 * Every key has its own schema, so one bad value is dropped with its own message while the rest of
 * the link still works. Messages are UI strings, in the language of the translator given (the
 * page's), and they never repeat the value from the link.
 * Phone numbers are checked by the kit's one phone rule, whose library loads on first use: parse
 * with `safeParseAsync`.
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
  /**
   * Modules the clinic hides, each with the one links to it go to (`modules.hide[].linksGoTo`):
   * a link sent before a module was hidden reads the other module in its reading list.
   */
  moduleRedirects?: Readonly<Record<string, string>>;
}

// Control characters (bar tab and newline) and bidirectional overrides, which can make a name read
// differently on screen than it is stored (CVE-2021-42574, "Trojan Source").
// eslint-disable-next-line no-control-regex -- matching control characters is the point.
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A range's numbers written in the translator's language ("2.000" in Spanish), for `{min}`/`{max}`. */
const rangeWords = (words: Readonly<Record<string, number>>, links: LinkTranslator) =>
  Object.fromEntries(Object.entries(words).map(([name, value]) => [name, formatNumber(value, links.language)]));

/**
 * The schema for the value of `f.<id>`: checked by the field's own kind, options and length.
 * @param country the clinic's country, for phone numbers written without a +country code
 * @param links the page's provider-link strings: the notices are in its language
 */
export function prefillValueSchema(
  field: LinkField,
  country: string,
  links: LinkTranslator,
): z.ZodMiniType<string, string> {
  const label = bareLabel(field.label);
  const readable = z.refine<string>((value) => !UNSAFE_CHARACTERS.test(value), {
    error: links.t('link.notice.field.notText', { label }),
    abort: true,
  });
  switch (field.kind) {
    case 'date':
      return z.string().check(z.refine(isRealDate, { error: links.t('link.notice.field.notDate', { label }) }));
    case 'time':
      return z.string().check(
        z.refine(isTimeOfDay, {
          error: links.t('link.notice.field.notTime', { label }),
        }),
      );
    case 'radio':
    case 'select':
      return z.string().check(
        z.refine((value) => field.options?.includes(value) ?? false, {
          error: links.t('link.notice.field.notChoice', { label }),
        }),
      );
    default: {
      const max = field.maxLength ?? 0;
      const checks = [
        readable,
        z.refine<string>((value) => characterLength(value) <= max, {
          error: links.t('link.notice.field.tooLong', { label, max: formatNumber(max, links.language) }),
          abort: true,
        }),
      ];
      if (field.kind === 'tel') checks.push(phoneCheck(links.t('link.notice.field.notPhone', { label }), country));
      if (field.kind === 'email') {
        const email = z.email();
        checks.push(
          z.refine((value) => z.safeParse(email, value).success, {
            error: links.t('link.notice.field.notEmail', { label }),
          }),
        );
      }
      return z.pipe(z.string().check(z.trim()), z.string().check(...checks));
    }
  }
}

/**
 * The schema for the value of `o.<name>`, written as in the link: hours and minutes as numbers,
 * blood pressure as `systolic/diastolic`, the phone as the provider writes it. Each comes from the
 * value's row in src/clinic/overridable-values.ts, with the ranges `clinic.config.ts` keeps to.
 * @param country the clinic's country, for the care team's phone number
 * @param links the page's provider-link strings: the notice is in its language
 */
export function overrideSchema<Name extends OverridableName>(
  name: Name,
  country: string,
  links: LinkTranslator,
): z.ZodMiniType<OverrideValue<Name>, string> {
  const row = overridableValue(name);
  return row.kind.schema({ message: links.t(row.notice.refused, rangeWords(row.kind.words, links)), country });
}

/** `r`: module slugs in order, comma-separated; blanks and repeats are dropped, the list is capped. */
export const readingListSchema = z.pipe(
  z.string(),
  z.transform((text) =>
    [...new Set(text.split(',').map((slug) => slug.trim()))].filter(Boolean).slice(0, MAX_READING_LIST),
  ),
);

/** `v`: only version 1 is read; the notice for any other is in the translator's language. */
export const versionSchema = (links: LinkTranslator) =>
  z.literal(LINK_FORMAT_VERSION, { error: links.t('link.notice.version') });

/** What the fragment's schema depends on besides the site's modules and worksheets. */
export interface FragmentOptions {
  /** The clinic's country (`clinic.country`), for phone numbers written without a +country code. */
  country: string;
  /** The worksheet whose answers the link fills in, if any. */
  worksheet?: LinkWorksheet;
  /** The page's provider-link strings: every refused value's notice is in its language. */
  links: LinkTranslator;
}

/**
 * The schema of each key a link may carry, as it appears in the link (`v`, `r`, `w`, `f.<id>`,
 * `o.<name>`). Only the prefillable fields of `worksheet` get an `f.` key: a field about the patient
 * has no schema, so no value for it can ever get through.
 */
export function linkFragmentShape(
  targets: LinkTargets,
  { country, worksheet, links }: FragmentOptions,
): Record<string, z.ZodMiniType> {
  const worksheetIds = targets.worksheets.map((target) => target.id);
  return {
    v: versionSchema(links),
    r: readingListSchema,
    w: z.string().check(z.refine((id) => worksheetIds.includes(id), { error: links.t('link.notice.worksheet') })),
    ...Object.fromEntries(
      (worksheet?.fields ?? [])
        .filter((field) => field.prefillable)
        .map((field) => [`f.${field.id}`, prefillValueSchema(field, country, links)]),
    ),
    ...Object.fromEntries(overridableValues.map(({ name }) => [`o.${name}`, overrideSchema(name, country, links)])),
  };
}

/**
 * The whole fragment as one object (every key optional but `v`; unknown keys stripped), for
 * documentation and tests. Pages read links with `readProviderLink` (src/links/read-link.ts), which
 * applies the same per-key schemas one key at a time so that one bad value never spoils the rest.
 */
export function linkFragmentSchema(targets: LinkTargets, options: FragmentOptions) {
  const { v, ...rest } = linkFragmentShape(targets, options);
  return z.object({
    v: v!,
    ...Object.fromEntries(Object.entries(rest).map(([key, schema]) => [key, z.optional(schema)])),
  });
}

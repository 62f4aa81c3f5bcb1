import * as z from 'zod/mini';
import { overridableValues } from '../clinic/overridable-values';
import { isPhoneRefusal } from '../clinic/override-kinds';
import { consistentOverrides, overridePairs, type ClinicOverrides, type OverridableName } from '../clinic/overrides';
import type { LinkTranslator } from '../i18n/strings';
import type { ClinicConfig } from '../schemas/clinic';
import { overrideSchema, prefillValueSchema, type LinkTargets } from '../schemas/link-fragment';
import { bareLabel } from './bare-label';
import { readProviderLink, type ProviderLink } from './read-link';
import { writeProviderLink } from './write-link';

/** What a provider has typed into the link builder so far, exactly as typed. */
export interface PlanDraft {
  /** Module slugs in the order the patient will read them. */
  readingList: readonly string[];
  /** The chosen worksheet's id, if any. */
  worksheet?: string;
  /** Answers by field id; only the chosen worksheet's prefillable fields are read. */
  prefill: Readonly<Record<string, string>>;
  /** Clinic values as typed: hours `"6"`, minutes `"20"`, blood pressure `"150/95"`, a phone number. */
  overrides: Readonly<Partial<Record<OverridableName, string>>>;
}

/** A draft turned into a link: what it carries, and why anything typed was left out. */
export interface BuiltLink {
  /** The fragment, without `#`. */
  fragment: string;
  /** What a patient opening the link gets, as the plan page reads it back. */
  link: ProviderLink;
  /**
   * Why a typed value is not in the link, keyed as in the link (`f.<fieldId>`, `o.<name>`), in the
   * words the plan page would use for it, except phone numbers, which get the provider's own
   * instruction. Empty values are never problems: they are just left out.
   */
  problems: Record<string, string>;
}

/**
 * What the builder shows for a refused value: the schema's message, or for a phone number the
 * kit's one phone rule refused, GOV.UK-style words for the provider typing it (the patient's
 * notice, "… in your link is not a phone number", would make no sense before there is a link).
 * @param label how the input is named
 */
function problemText(issues: readonly z.core.$ZodIssue[], label: string, links: LinkTranslator): string {
  const issue = issues[0];
  if (!issue) return '';
  return isPhoneRefusal(issue) ? links.t('builder.error.phone', { label: bareLabel(label) }) : issue.message;
}

/**
 * Builds a provider link from what was typed, with the link format's own schemas as the only
 * judge: each value is checked by the schema the plan page reads it with, values that fail are
 * left out (with that schema's message for the input they came from), and the fragment is read
 * back with {@link readProviderLink} so the builder shows exactly what the patient will get.
 * Asynchronous, as reading a link is: phone numbers are checked by the one phone rule.
 * @param links the builder page's provider-link strings: problems are in the provider's language,
 *   whatever language the patient's plan will be in (the fragment is the same in every language)
 */
export async function buildProviderLink(
  draft: PlanDraft,
  targets: LinkTargets,
  config: ClinicConfig,
  links: LinkTranslator,
): Promise<BuiltLink> {
  const { country } = config.clinic;
  const problems: Record<string, string> = {};
  const worksheet = targets.worksheets.find((candidate) => candidate.id === draft.worksheet);

  const prefill: Record<string, string> = {};
  // Only prefillable fields are looked at: a field about the patient has no way in, whatever the draft holds.
  for (const field of worksheet?.fields.filter((candidate) => candidate.prefillable) ?? []) {
    const typed = draft.prefill[field.id] ?? '';
    if (typed.trim() === '') continue;
    const result = await z.safeParseAsync(prefillValueSchema(field, country, links), typed);
    if (result.success) prefill[field.id] = result.data;
    else problems[`f.${field.id}`] = problemText(result.error.issues, field.label, links);
  }

  const overrides: ClinicOverrides = {};
  for (const { name, notice } of overridableValues) {
    // Trimmed here because the number schemas read the text exactly, and a stray space is no mistake.
    const typed = draft.overrides[name]?.trim() ?? '';
    if (typed === '') continue;
    const result = await z.safeParseAsync(overrideSchema(name, country, links), typed);
    if (result.success) Object.assign(overrides, { [name]: result.data });
    else problems[`o.${name}`] = problemText(result.error.issues, links.t(notice.label), links);
  }

  // Values that are fine alone but break a rule together (clear liquids longer than food) are left
  // out as a pair, as the plan page would; each value of the pair that was typed gets the notice.
  const { overrides: kept, dropped } = consistentOverrides(config, overrides);
  for (const pair of dropped) {
    for (const name of overridePairs[pair]) {
      if (overrides[name] !== undefined) problems[`o.${name}`] = links.t(`link.notice.pair.${pair}`);
    }
  }

  const fragment = writeProviderLink({
    readingList: [...draft.readingList],
    worksheet: worksheet?.id,
    prefill,
    overrides: kept,
  });
  const reading = await readProviderLink(fragment, targets, { config, links });
  return { fragment, link: reading!.link, problems };
}

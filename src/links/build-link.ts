import * as z from 'zod/mini';
import {
  consistentOverrides,
  overridableNames,
  overridePairs,
  type ClinicOverrides,
  type OverridableName,
} from '../clinic/overrides';
import { tLink } from '../i18n/t-links';
import type { ClinicConfig } from '../schemas/clinic';
import { overrideSchemas, prefillValueSchema, type LinkTargets } from '../schemas/link-fragment';
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
   * words the plan page would use for it. Empty values are never problems: they are just left out.
   */
  problems: Record<string, string>;
}

const firstMessage = (issues: readonly { message: string }[]) => issues[0]?.message ?? '';

/**
 * Builds a provider link from what was typed, with the link format's own schemas as the only
 * judge: each value is checked by the schema the plan page reads it with, values that fail are
 * left out (with that schema's message for the input they came from), and the fragment is read
 * back with {@link readProviderLink} so the builder shows exactly what the patient will get.
 */
export function buildProviderLink(draft: PlanDraft, targets: LinkTargets, config: ClinicConfig): BuiltLink {
  const problems: Record<string, string> = {};
  const worksheet = targets.worksheets.find((candidate) => candidate.id === draft.worksheet);

  const prefill: Record<string, string> = {};
  // Only prefillable fields are looked at: a field about the patient has no way in, whatever the draft holds.
  for (const field of worksheet?.fields.filter((candidate) => candidate.prefillable) ?? []) {
    const typed = draft.prefill[field.id] ?? '';
    if (typed.trim() === '') continue;
    const result = z.safeParse(prefillValueSchema(field), typed);
    if (result.success) prefill[field.id] = result.data;
    else problems[`f.${field.id}`] = firstMessage(result.error.issues);
  }

  const overrides: ClinicOverrides = {};
  for (const name of overridableNames) {
    // Trimmed here because the number schemas read the text exactly, and a stray space is no mistake.
    const typed = draft.overrides[name]?.trim() ?? '';
    if (typed === '') continue;
    const result = z.safeParse(overrideSchemas[name] as z.ZodMiniType<string, ClinicOverrides[typeof name]>, typed);
    if (result.success) Object.assign(overrides, { [name]: result.data });
    else problems[`o.${name}`] = firstMessage(result.error.issues);
  }

  // Values that are fine alone but break a rule together (clear liquids longer than food) are left
  // out as a pair, as the plan page would; each value of the pair that was typed gets the notice.
  const { overrides: kept, dropped } = consistentOverrides(config, overrides);
  for (const pair of dropped) {
    for (const name of overridePairs[pair]) {
      if (overrides[name] !== undefined) problems[`o.${name}`] = tLink(`link.notice.pair.${pair}`);
    }
  }

  const fragment = writeProviderLink({
    readingList: [...draft.readingList],
    worksheet: worksheet?.id,
    prefill,
    overrides: kept,
  });
  const reading = readProviderLink(fragment, targets, { config });
  return { fragment, link: reading!.link, problems };
}

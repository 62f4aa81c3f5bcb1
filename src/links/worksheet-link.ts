import { applyOverrides, isOverridableName } from '../clinic/overrides';
import { formatClinicValue } from '../clinic/values';
import type { ClinicConfig } from '../schemas/clinic';
import type { LinkTargets } from '../schemas/link-fragment';
import { allFields } from '../worksheets/answers';
import type { WorksheetDefinition } from '../worksheets/types';
import { overriddenValues, type OverriddenValue } from './link-notice-text';
import { readProviderLink, type LinkReading } from './read-link';
import { writeProviderLink } from './write-link';

/** What a provider's link changes on a worksheet page. */
export interface WorksheetLink {
  reading: LinkReading;
  /** Answers to put in the form: prefilled fields, and fields that start from an overridden clinic value. */
  answers: Record<string, string>;
  /**
   * The fields the link fills in, in form order, with their labels for the "came from the link"
   * line (which names only those the form took: a kept draft's answers win).
   */
  filled: { key: string; label: string }[];
  /** Clinic values the link set, labelled and formatted. */
  values: OverriddenValue[];
  /** The clinic's config with the link's values in place (so the page's first script needs no override code). */
  config: ClinicConfig;
  /**
   * When the link holds a plan: the fragment for "Back to your preparation plan", written from the
   * checked values only, so nothing the link failed to pass goes on.
   */
  planFragment?: string;
}

/**
 * Reads a provider link for one worksheet page. Loaded on demand (only when the address has a `v=`
 * fragment), so worksheet pages opened without one carry none of this code. Asynchronous, as
 * {@link readProviderLink} is.
 * @param definition the worksheet as written (clinic values still `{placeholders}`)
 */
export async function readWorksheetLink(
  hash: string,
  { definition, clinic, targets, language }: { definition: WorksheetDefinition; clinic: ClinicConfig; targets: LinkTargets; language: string },
): Promise<WorksheetLink | undefined> {
  const reading = await readProviderLink(hash, targets, { config: clinic, worksheet: definition.id });
  if (!reading) return undefined;
  const { prefill, overrides } = reading.link;
  const merged = applyOverrides(clinic, overrides);
  const answers: Record<string, string> = {};
  const filled: WorksheetLink['filled'] = [];
  for (const field of allFields(definition)) {
    const value = prefill[field.id];
    if (value !== undefined) {
      answers[field.id] = value;
      filled.push({ key: field.id, label: field.label.replace(/[?.:]$/, '') });
    } else if (field.defaultFrom && isOverridableName(field.defaultFrom) && overrides[field.defaultFrom] !== undefined) {
      answers[field.id] = formatClinicValue(merged, field.defaultFrom, language).text;
    }
  }
  const planFragment = reading.link.readingList.length > 0 ? writeProviderLink(reading.link) : undefined;
  return { reading, answers, filled, values: overriddenValues(merged, overrides, language), config: merged, planFragment };
}

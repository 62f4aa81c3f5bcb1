import { applyOverrides, isOverridableName } from '../clinic/overrides';
import { formatClinicValue } from '../clinic/values';
import { localeOfLanguage } from '../i18n/locales';
import type { LinkStrings, UiTranslator } from '../i18n/strings';
import { createTranslator } from '../i18n/translator';
import type { ClinicConfig } from '../schemas/clinic';
import type { LinkTargets } from '../schemas/link-fragment';
import { allFields } from '../worksheets/answers';
import type { WorksheetDefinition } from '../worksheets/types';
import { bareLabel } from './bare-label';
import { overriddenValues, type OverriddenValue } from './link-notice-text';
import { loadLinkStrings } from './load-strings';
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
  /**
   * The provider-link strings in the page's language, which every text above was written with: the
   * page hands them to `LinkNotice` through a `LinkStringsProvider`.
   */
  linkStrings: LinkStrings;
}

/** What {@link readWorksheetLink} reads a link against. */
export interface WorksheetLinkContext {
  /** The worksheet as written, in the page's language (clinic values still `{placeholders}`). */
  definition: WorksheetDefinition;
  clinic: ClinicConfig;
  targets: LinkTargets;
  /** The page's site strings: their language is the page's, and they format clinic values. */
  ui: UiTranslator;
  /**
   * The provider-link strings in the page's language; fetched for `ui.language` when not given
   * (worksheet pages are not built with them, so pages opened without a link never carry them).
   */
  linkStrings?: LinkStrings;
}

/**
 * Reads a provider link for one worksheet page. Loaded on demand (only when the address has a `v=`
 * fragment), so worksheet pages opened without one carry none of this code. Asynchronous, as
 * {@link readProviderLink} is. Every notice, label and value is in the page's language (`ui`).
 * @returns `undefined` when the fragment is not a provider link, or its words could not be fetched
 */
export async function readWorksheetLink(
  hash: string,
  { definition, clinic, targets, ui, linkStrings: given }: WorksheetLinkContext,
): Promise<WorksheetLink | undefined> {
  // Never rejects: when the words cannot be fetched (the connection dropped), the page stays as
  // built, with the clinic's own values, rather than showing a link's values without their notice.
  const linkStrings = given ?? (await loadLinkStrings(localeOfLanguage(ui.language)).catch(() => undefined));
  if (!linkStrings) return undefined;
  const links = createTranslator(linkStrings, ui.language);
  const reading = await readProviderLink(hash, targets, { config: clinic, worksheet: definition.id, links });
  if (!reading) return undefined;
  const { prefill, overrides } = reading.link;
  const merged = applyOverrides(clinic, overrides);
  const answers: Record<string, string> = {};
  const filled: WorksheetLink['filled'] = [];
  for (const field of allFields(definition)) {
    const value = prefill[field.id];
    if (value !== undefined) {
      answers[field.id] = value;
      filled.push({ key: field.id, label: bareLabel(field.label) });
    } else if (
      field.defaultFrom &&
      isOverridableName(field.defaultFrom) &&
      overrides[field.defaultFrom] !== undefined
    ) {
      answers[field.id] = formatClinicValue(merged, field.defaultFrom, ui).text;
    }
  }
  const planFragment = reading.link.readingList.length > 0 ? writeProviderLink(reading.link) : undefined;
  return {
    reading,
    answers,
    filled,
    values: overriddenValues(merged, overrides, links, ui),
    config: merged,
    planFragment,
    linkStrings,
  };
}

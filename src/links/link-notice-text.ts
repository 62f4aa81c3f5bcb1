import { overridableValues } from '../clinic/overridable-values';
import type { ClinicOverrides } from '../clinic/overrides';
import { formatClinicValue } from '../clinic/values';
import { tLink } from '../i18n/t-links';
import type { ClinicConfig } from '../schemas/clinic';

/** One clinic value a link set: its label in the builder's words and how it reads now. */
export interface OverriddenValue {
  label: string;
  text: string;
}

/**
 * The clinic values a link set, in the kit's order, labelled and formatted for the notice that
 * tells the patient which numbers came from their provider.
 * @param config the clinic config with the overrides already applied
 */
export function overriddenValues(config: ClinicConfig, overrides: ClinicOverrides, locale: string): OverriddenValue[] {
  return overridableValues
    .filter(({ name }) => overrides[name] !== undefined)
    .map(({ name, notice }) => ({ label: tLink(notice.label), text: formatClinicValue(config, name, locale).text }));
}

import { overridableValues } from '../clinic/overridable-values';
import type { ClinicOverrides } from '../clinic/overrides';
import { formatClinicValue } from '../clinic/values';
import type { LinkTranslator, UiTranslator } from '../i18n/strings';
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
 * @param links the page's provider-link strings, for the labels
 * @param ui the page's site strings, which format the values (units, comparison words) in its language
 */
export function overriddenValues(
  config: ClinicConfig,
  overrides: ClinicOverrides,
  links: LinkTranslator,
  ui: UiTranslator,
): OverriddenValue[] {
  return overridableValues
    .filter(({ name }) => overrides[name] !== undefined)
    .map(({ name, notice }) => ({ label: links.t(notice.label), text: formatClinicValue(config, name, ui).text }));
}

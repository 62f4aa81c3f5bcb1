import type { ClinicValueName } from '../clinic/values';
import type { ClinicConfig } from '../schemas/clinic';
import { pdfLogo } from './brand-logo';
import type { GenerateWorksheetPdfOptions } from './generate';

/**
 * What the PDF engine needs from the clinic's settings (`options.clinic` of `generateWorksheetPdf`),
 * made in one place for the browser, the tests and the bench: the session length and look-in
 * interval a card's log is sized by, the settings and time zone a card's timeline is worked out
 * in, and the brand's logo for the top of every page (fetched with `fetch` from the site when the
 * PDF is made, not here; see brand-logo.ts).
 * @param config the clinic's settings, with a provider link's overrides applied
 * @param timeZone the IANA time zone the patient's times are on (the device's, `deviceTimeZone()`)
 * @param values clinic values for `{name}` placeholders still in the definition (the site fills
 * them in at build, so it passes none)
 */
export function pdfClinicOptions(
  config: ClinicConfig,
  timeZone: string,
  values: Partial<Record<ClinicValueName, string>> = {},
): NonNullable<GenerateWorksheetPdfOptions['clinic']> {
  return {
    values,
    sessionLengthHoursMax: config.protocol.sessionLengthHours.max,
    lookInIntervalMinutes: config.protocol.lookInIntervalMinutes,
    timeline: { config, timeZone },
    logo: pdfLogo(config),
  };
}

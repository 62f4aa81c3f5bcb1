import { isClinicValueName, type ClinicValueName } from '../clinic/values';
import type { WorksheetDefinition } from './types';

/**
 * Fills `{name}` placeholders (any `<ClinicValue>` name, e.g. `{lookIn.interval}`) in every piece
 * of text of a definition — labels, hints, card text — with the clinic's values, so a worksheet
 * says "look in about every 15 minutes" wherever it is built, and changes with clinic.config.ts.
 * The worksheet's own `words` are left as they are: their `{placeholders}` are filled where they
 * are used (see worksheet-words.ts), with clinic values among other things.
 * @param definition the worksheet as written (in any language)
 * @param clinicValue the text of one clinic value, e.g. from `formatClinicValue`
 * @throws on a placeholder that is not a clinic value, naming it (a typo must not reach a patient)
 */
export function withClinicValues(
  definition: WorksheetDefinition,
  clinicValue: (name: ClinicValueName) => string,
): WorksheetDefinition {
  const fill = (text: string) =>
    text.replace(/\{([a-zA-Z.]+)\}/g, (_, name: string) => {
      if (!isClinicValueName(name)) throw new Error(`${definition.id}: "{${name}}" is not a clinic value.`);
      return clinicValue(name);
    });
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return fill(value);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  const { words, ...text } = definition;
  return { ...(walk(text) as WorksheetDefinition), ...(words ? { words } : {}) };
}

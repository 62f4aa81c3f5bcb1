import type { LinkField, LinkWorksheet } from '../schemas/link-fragment';
import { allFields } from '../worksheets/answers';
import { kindOf } from '../worksheets/kinds/kind-table';
import type { WorksheetDefinition } from '../worksheets/types';

/**
 * A worksheet as provider links see it: every field's id, label and kind, which ones a link may fill
 * in, and what their values must look like — taken from the definition, so a new worksheet's
 * `prefillable` flags are all it takes. Which kinds a link can fill is each kind's to say
 * (`prefillable` in `kinds/<kind>/kind.ts`).
 * @throws when a field marked prefillable is a kind a link cannot fill (a checkbox is an
 * agreement and a signature is the patient's own: neither can come from someone else)
 */
export function linkWorksheet(definition: WorksheetDefinition): LinkWorksheet {
  return {
    id: definition.id,
    fields: allFields(definition).map((field): LinkField => {
      const kind = kindOf(field);
      if (field.prefillable && !kind.prefillable) {
        throw new Error(`${definition.id}: "${field.id}" is a ${field.kind} field, which a link cannot fill in.`);
      }
      // The options as written (not "Other", whose text a link cannot give), for kinds a link can pick for.
      const options = kind.prefillable && kind.choices && 'options' in field ? field.options : undefined;
      return {
        id: field.id,
        label: field.label,
        kind: kind.prefillable ? (field.kind as LinkField['kind']) : 'text',
        prefillable: Boolean(field.prefillable),
        ...('maxLength' in field ? { maxLength: field.maxLength } : {}),
        ...(options
          ? {
              options: options.map((option) => option.value),
              optionLabels: options.map((option) => option.label),
              ...(options.some((option) => option.retired)
                ? { retiredOptions: options.filter((option) => option.retired).map((option) => option.value) }
                : {}),
            }
          : {}),
      };
    }),
  };
}

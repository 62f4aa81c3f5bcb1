import type { LinkField, LinkWorksheet } from '../schemas/link-fragment';
import { allFields } from '../worksheets/answers';
import type { WorksheetDefinition, WorksheetField } from '../worksheets/types';

const PREFILLABLE_KINDS = new Set<WorksheetField['kind']>(['text', 'tel', 'email', 'textarea', 'date', 'time', 'radio', 'select']);

/**
 * A worksheet as provider links see it: every field's id, label and kind, which ones a link may fill
 * in, and what their values must look like — taken from the definition, so a new worksheet's
 * `prefillable` flags are all it takes.
 * @throws when a field marked prefillable is a kind a link cannot fill (a checkbox is an
 * agreement and a signature is the patient's own: neither can come from someone else)
 */
export function linkWorksheet(definition: WorksheetDefinition): LinkWorksheet {
  return {
    id: definition.id,
    fields: allFields(definition).map((field): LinkField => {
      if (field.prefillable && !PREFILLABLE_KINDS.has(field.kind)) {
        throw new Error(`${definition.id}: "${field.id}" is a ${field.kind} field, which a link cannot fill in.`);
      }
      return {
        id: field.id,
        label: field.label,
        kind: PREFILLABLE_KINDS.has(field.kind) ? (field.kind as LinkField['kind']) : 'text',
        prefillable: Boolean(field.prefillable),
        ...('maxLength' in field ? { maxLength: field.maxLength } : {}),
        ...('options' in field && (field.kind === 'radio' || field.kind === 'select')
          ? {
              options: field.options.map((option) => option.value),
              optionLabels: field.options.map((option) => option.label),
              ...(field.options.some((option) => option.retired)
                ? { retiredOptions: field.options.filter((option) => option.retired).map((option) => option.value) }
                : {}),
            }
          : {}),
      };
    }),
  };
}

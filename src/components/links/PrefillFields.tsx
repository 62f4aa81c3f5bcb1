import { useLinks } from '../../i18n/react';
import type { LinkField, LinkWorksheet } from '../../schemas/link-fragment';
import { BuilderField } from './BuilderField';
import { FieldsetStep } from './FieldsetStep';

interface Props {
  /** The chosen worksheet, if any. */
  worksheet?: LinkWorksheet;
  /** What was typed, by field id. */
  values: Readonly<Record<string, string>>;
  onChange: (fieldId: string, value: string) => void;
  /** Called with the link key (`f.<id>`) when an input loses focus. */
  onBlur: (key: string) => void;
  /** The message to show for a link key, if any. */
  errorFor: (key: string) => string | undefined;
}

/** The fields a link may fill in: only these ever get an input, so no other field can be typed into. */
export const prefillableFields = (worksheet?: LinkWorksheet): LinkField[] =>
  worksheet?.fields.filter((field) => field.prefillable) ?? [];

/**
 * Step 3: answers about the care team and the plan for the chosen worksheet, one input per field
 * its definition marks `prefillable`. Choices become a drop-down whose blank choice leaves the
 * answer to the patient. The warning never to enter patient details heads the group.
 */
export function PrefillFields({ worksheet, values, onChange, onBlur, errorFor }: Props) {
  const links = useLinks();
  const fields = prefillableFields(worksheet);
  return (
    <FieldsetStep
      id="prefill"
      heading={links.t('builder.prefill.heading')}
      warning={links.t('builder.prefill.hint')}
      hint={links.t('builder.prefill.intro')}
    >
      {!worksheet && <p>{links.t('builder.prefill.noWorksheet')}</p>}
      {worksheet && fields.length === 0 && <p>{links.t('builder.prefill.noFields')}</p>}
      {fields.map((field) => {
        const key = `f.${field.id}`;
        const { kind } = field;
        const choice = kind === 'radio' || kind === 'select';
        return (
          <BuilderField
            key={`${worksheet!.id}-${field.id}`}
            name={key}
            label={field.label}
            error={errorFor(key)}
            value={values[field.id] ?? ''}
            onChange={(value) => onChange(field.id, value)}
            onBlur={() => onBlur(key)}
            type={kind === 'radio' || kind === 'select' ? undefined : kind}
            short={kind === 'date' || kind === 'time'}
            options={
              choice
                ? field.options
                    ?.map((value, index) => ({ value, label: field.optionLabels?.[index] ?? value }))
                    // A retired choice still reads from older links, but is not offered for new ones.
                    .filter((option) => !field.retiredOptions?.includes(option.value))
                : undefined
            }
            emptyLabel={links.t('builder.prefill.notSet')}
          />
        );
      })}
    </FieldsetStep>
  );
}

import { overridableValue, overridableValues, type OverridableName } from '../../clinic/overridable-values';
import { comparisonWord, formatClinicValue } from '../../clinic/values';
import { siteLanguage } from '../../i18n/t';
import { tLink } from '../../i18n/t-links';
import type { ClinicConfig } from '../../schemas/clinic';
import { BuilderField } from './BuilderField';
import { FieldsetStep } from './FieldsetStep';

interface Props {
  clinic: ClinicConfig;
  /** What was typed, by clinic value name. */
  values: Readonly<Partial<Record<OverridableName, string>>>;
  onChange: (name: OverridableName, value: string) => void;
  /** Called with the link key (`o.<name>`) when an input loses focus. */
  onBlur: (key: string) => void;
  /** The message to show for a link key, if any. */
  errorFor: (key: string) => string | undefined;
}

/**
 * An override's label in the builder, with the unit to type in (notices on patients' pages use the
 * shorter notice label). A blood-pressure label takes its comparison word from the one
 * blood-pressure model: "Before the dose, do not start above (mm Hg)".
 */
export function overrideLabel(name: OverridableName): string {
  const { input, notice, level } = overridableValue(name);
  return level
    ? tLink(input.label, { setting: tLink(notice.label), comparison: comparisonWord(level) })
    : tLink(input.label);
}

/**
 * Step 4: the clinic numbers a link may change for one patient, one input per row of
 * src/clinic/overridable-values.ts, each hinting at the clinic's own value so an empty input
 * plainly means "the clinic's". Blood pressure is one text input written `150/95`, as clinicians
 * write it and as the link carries it.
 */
export function OverrideFields({ clinic, values, onChange, onBlur, errorFor }: Props) {
  return (
    <FieldsetStep id="overrides" heading={tLink('builder.overrides.heading')} hint={tLink('builder.overrides.intro')}>
      {overridableValues.map(({ name, input }) => {
        const key = `o.${name}`;
        const clinicValue = tLink('builder.overrides.clinicValue', {
          value: formatClinicValue(clinic, name, siteLanguage).text,
        });
        return (
          <BuilderField
            key={name}
            name={key}
            label={overrideLabel(name)}
            hint={input.hint ? `${clinicValue}. ${tLink(input.hint)}` : clinicValue}
            error={errorFor(key)}
            value={values[name] ?? ''}
            onChange={(value) => onChange(name, value)}
            onBlur={() => onBlur(key)}
            type={input.type}
            inputMode={input.inputMode}
            short={input.short}
          />
        );
      })}
    </FieldsetStep>
  );
}

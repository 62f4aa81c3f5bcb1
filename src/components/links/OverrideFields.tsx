import { overridableNames, type OverridableName } from '../../clinic/overrides';
import { bloodPressureLevelOf, comparisonWord, formatClinicValue } from '../../clinic/values';
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

/** Numbers are typed as text with a numeric keyboard (GOV.UK: `type="number"` rounds and scrolls away values). */
const inputModes: Record<OverridableName, 'decimal' | 'numeric' | undefined> = {
  'clinic.phone': undefined,
  'fasting.food': 'decimal',
  'fasting.clearLiquids': 'decimal',
  'bloodPressure.doNotStartAbove': undefined,
  'bloodPressure.callCareTeamAt': undefined,
  'bloodPressure.seekEmergencyCareAt': undefined,
  'lookIn.interval': 'numeric',
};

/**
 * An override's label in the builder, with the unit to type in (notices on patients' pages use the
 * shorter `link.override.*`). A blood-pressure label takes its comparison word from the one
 * blood-pressure model: "Before the dose, do not start above (mm Hg)".
 */
export function overrideLabel(name: OverridableName): string {
  const level = bloodPressureLevelOf(name);
  return level
    ? tLink('builder.override.bloodPressure', { setting: tLink(`link.override.${name}`), comparison: comparisonWord(level) })
    : tLink(`builder.override.${name as Exclude<OverridableName, `bloodPressure.${string}`>}`);
}

/**
 * Step 4: the clinic numbers a link may change for one patient, each hinting at the clinic's own
 * value so an empty input plainly means "the clinic's". Blood pressure is one text input written
 * `150/95`, as clinicians write it and as the link carries it.
 */
export function OverrideFields({ clinic, values, onChange, onBlur, errorFor }: Props) {
  return (
    <FieldsetStep id="overrides" heading={tLink('builder.overrides.heading')} hint={tLink('builder.overrides.intro')}>
      {overridableNames.map((name) => {
        const key = `o.${name}`;
        const clinicValue = tLink('builder.overrides.clinicValue', {
          value: formatClinicValue(clinic, name, siteLanguage).text,
        });
        const level = bloodPressureLevelOf(name);
        return (
          <BuilderField
            key={name}
            name={key}
            label={overrideLabel(name)}
            hint={level ? `${clinicValue}. ${tLink('builder.overrides.bloodPressureFormat')}` : clinicValue}
            error={errorFor(key)}
            value={values[name] ?? ''}
            onChange={(value) => onChange(name, value)}
            onBlur={() => onBlur(key)}
            type={name === 'clinic.phone' ? 'tel' : 'text'}
            inputMode={inputModes[name]}
            short={name !== 'clinic.phone'}
          />
        );
      })}
    </FieldsetStep>
  );
}

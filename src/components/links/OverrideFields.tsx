import { overridableValue, overridableValues, type OverridableName } from '../../clinic/overridable-values';
import { comparisonWord, formatClinicValue } from '../../clinic/values';
import { useLinks, useUi } from '../../i18n/react';
import type { LinkTranslator, UiTranslator } from '../../i18n/strings';
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
 * @param links the builder page's provider-link strings
 * @param ui the builder page's site strings, which hold the comparison words
 */
export function overrideLabel(name: OverridableName, links: LinkTranslator, ui: UiTranslator): string {
  const { input, notice, level } = overridableValue(name);
  return level
    ? links.t(input.label, { setting: links.t(notice.label), comparison: comparisonWord(level, ui) })
    : links.t(input.label);
}

/**
 * Step 4: the clinic numbers a link may change for one patient, one input per row of
 * src/clinic/overridable-values.ts, each hinting at the clinic's own value so an empty input
 * plainly means "the clinic's". Blood pressure is one text input written `150/95`, as clinicians
 * write it and as the link carries it.
 */
export function OverrideFields({ clinic, values, onChange, onBlur, errorFor }: Props) {
  const links = useLinks();
  const ui = useUi();
  return (
    <FieldsetStep
      id="overrides"
      heading={links.t('builder.overrides.heading')}
      hint={links.t('builder.overrides.intro')}
    >
      {overridableValues.map(({ name, input }) => {
        const key = `o.${name}`;
        const clinicValue = links.t('builder.overrides.clinicValue', {
          value: formatClinicValue(clinic, name, ui).text,
        });
        return (
          <BuilderField
            key={name}
            name={key}
            label={overrideLabel(name, links, ui)}
            hint={input.hint ? `${clinicValue}. ${links.t(input.hint)}` : clinicValue}
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

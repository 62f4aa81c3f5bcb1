import type { Locale } from '../../i18n/locales';
import { useLinks } from '../../i18n/react';
import type { PatientLanguage } from '../../links/patient-language';
import { FieldsetStep } from './FieldsetStep';

interface Props {
  /** Every language the site is built in, the default first. */
  languages: readonly PatientLanguage[];
  chosen: Locale;
  onChange: (locale: Locale) => void;
}

/**
 * Step 5: the patient's language, as radios (GOV.UK: radios for a handful of choices). Each is
 * named in its own language ("Español", not "Spanish"), marked with `lang` so screen readers say it
 * right, because that is how a patient or an interpreter looking over the provider's shoulder
 * recognises it. A site built in one language has no choice to make, so shows none.
 */
export function PatientLanguagePicker({ languages, chosen, onChange }: Props) {
  const links = useLinks();
  if (languages.length < 2) return null;
  return (
    <FieldsetStep id="language" heading={links.t('builder.language.heading')} hint={links.t('builder.language.hint')}>
      <div className="choices choices--radio">
        {languages.map((language) => {
          const id = `builder-language-${language.locale}`;
          return (
            <div className="choice" key={language.locale}>
              <input
                id={id}
                type="radio"
                name="builder-language"
                className="choice__input"
                value={language.locale}
                checked={chosen === language.locale}
                onChange={() => onChange(language.locale)}
              />
              <label className="choice__label" htmlFor={id} lang={language.lang}>
                {language.label}
              </label>
            </div>
          );
        })}
      </div>
    </FieldsetStep>
  );
}

import { useLinks } from '../../i18n/react';
import type { WorksheetLinkSummary } from '../../links/site-links';

interface Props {
  worksheets: readonly WorksheetLinkSummary[];
  /** The chosen worksheet's id, or `''` for none. */
  chosen: string;
  onChange: (id: string) => void;
}

/** Step 2: one worksheet or none, as radios (GOV.UK: radios for a handful of choices). */
export function WorksheetPicker({ worksheets, chosen, onChange }: Props) {
  const links = useLinks();
  const options = [{ id: '', title: links.t('builder.worksheet.none'), description: undefined }, ...worksheets];
  return (
    <section className="builder__step" aria-labelledby="builder-worksheet-heading">
      <h2 id="builder-worksheet-heading">{links.t('builder.worksheet.heading')}</h2>
      <fieldset className="fieldset">
        <legend className="field__label">{links.t('builder.worksheet.legend')}</legend>
        <div className="choices choices--radio">
          {options.map((worksheet) => {
            const id = `builder-worksheet-${worksheet.id || 'none'}`;
            return (
              <div className="choice" key={id}>
                <input
                  id={id}
                  type="radio"
                  name="builder-worksheet"
                  className="choice__input"
                  value={worksheet.id}
                  checked={chosen === worksheet.id}
                  aria-describedby={worksheet.description ? `${id}-hint` : undefined}
                  onChange={() => onChange(worksheet.id)}
                />
                <label className="choice__label" htmlFor={id}>
                  {worksheet.title}
                </label>
                {worksheet.description && (
                  <p className="choice__hint" id={`${id}-hint`}>
                    {worksheet.description}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </section>
  );
}

import type { ReactNode } from 'react';
import { describedBy } from '../forms/field-ids';

interface Props {
  /** Short name for element ids: `builder-<id>-heading`, `-warning`, `-hint`. */
  id: string;
  heading: string;
  /** A warning shown in bold above the hint. */
  warning?: string;
  hint: string;
  children: ReactNode;
}

/**
 * A builder step whose inputs form one group: the step's heading is the group's legend (GOV.UK
 * "legend as page heading" pattern, one level down), and its warning and hint describe the group,
 * so screen readers hear them on entering it, not only sighted providers see them.
 */
export function FieldsetStep({ id, heading, warning, hint, children }: Props) {
  const ids = { heading: `builder-${id}-heading`, warning: `builder-${id}-warning`, hint: `builder-${id}-hint` };
  return (
    <section className="builder__step" aria-labelledby={ids.heading}>
      <fieldset className="fieldset" aria-describedby={describedBy(warning && ids.warning, ids.hint)}>
        <legend>
          <h2 id={ids.heading}>{heading}</h2>
        </legend>
        {warning && (
          <p className="builder__warning" id={ids.warning}>
            <strong>{warning}</strong>
          </p>
        )}
        <p className="field__hint" id={ids.hint}>
          {hint}
        </p>
        {children}
      </fieldset>
    </section>
  );
}

import { forwardRef, type MouseEvent } from 'react';
import { useUi } from '../../i18n/react';
import { fieldIds } from './field-ids';

/** One problem: which answer, and the same words as the message next to it. */
export interface SummaryError {
  key: string;
  message: string;
}

/**
 * GOV.UK error summary: at the top, headed "There is a problem", focused after a failed submit
 * (so screen readers read it at once), each error a link to its field with the same words as the
 * inline message. Links move focus to the field and bring its label or legend into view, because
 * jumping to the input alone hides the question above it (GOV.UK Frontend error-summary).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: SummaryError[] }>(function ErrorSummary(
  { errors },
  ref,
) {
  const { t } = useUi();
  if (errors.length === 0) return null;

  const goTo = (event: MouseEvent<HTMLAnchorElement>, key: string) => {
    const input = document.getElementById(fieldIds(key).input);
    if (!input) return;
    event.preventDefault();
    // The field's own question (a group's legend comes before its options' labels), not the
    // legend of a fieldset around it: a repeated section's entry is one, and its heading can be far above.
    const question = input.closest('.field')?.querySelector('legend, label');
    (question ?? input).scrollIntoView();
    // Hidden "Other" boxes cannot take focus; their parent option can.
    input.focus({ preventScroll: true });
  };

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title" role="alert">
      <h2 className="error-summary__title" id="error-summary-title">
        {t('form.errorSummaryTitle')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.key}>
            <a href={`#${fieldIds(error.key).input}`} onClick={(event) => goTo(event, error.key)}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});

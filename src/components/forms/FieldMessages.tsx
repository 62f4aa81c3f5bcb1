import { useUi } from '../../i18n/react';

interface Props {
  hintId: string;
  hint?: string;
  errorId: string;
  error?: string;
}

/** The hint and, after a failed submit, the error for one field (GOV.UK order: hint, then error). */
export function FieldMessages({ hintId, hint, errorId, error }: Props) {
  const { t } = useUi();
  return (
    <>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
    </>
  );
}

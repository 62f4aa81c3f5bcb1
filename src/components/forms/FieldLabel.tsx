import { useUi } from '../../i18n/react';

interface Props {
  htmlFor?: string;
  text: string;
  optional: boolean;
  /** Render as a fieldset legend rather than a label. */
  as?: 'label' | 'legend';
}

/** A question: "(optional)" in words for optional answers — never an asterisk (GOV.UK). */
export function FieldLabel({ htmlFor, text, optional, as = 'label' }: Props) {
  const { t } = useUi();
  const content = (
    <>
      {text}
      {optional && <span className="field__optional"> {t('form.optional')}</span>}
    </>
  );
  return as === 'legend' ? (
    <legend className="field__label">{content}</legend>
  ) : (
    <label className="field__label" htmlFor={htmlFor}>
      {content}
    </label>
  );
}

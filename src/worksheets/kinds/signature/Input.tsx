import { useEffect, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import type { FieldInputProps, FieldOf } from '../../../components/forms/field-input';
import { FieldWrapper } from '../../../components/forms/FieldWrapper';
import { useUi } from '../../../i18n/react';
import type { PadControl } from './pad';

/**
 * A `signature` field: an optional drawn signature (finger, stylus or mouse) using signature_pad,
 * the widely used library for this. The typed full name next to it is the keyboard-accessible way
 * to sign, so the drawing is never required. Clear and Undo are real buttons. The pad (`pad.ts`,
 * with signature_pad and the strokes format) is imported when the field appears, keeping it out
 * of pages without signatures and this file small.
 */
export default function SignatureInput({ field, form, errors }: FieldInputProps<FieldOf<'signature'>>) {
  const { t } = useUi();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<PadControl | undefined>(undefined);
  const value = useWatch({ control: form.control, name: field.id });
  /** The answer now, for the pad to show once it has loaded. */
  const latest = useRef(value);
  latest.current = value;

  useEffect(() => {
    let cancelled = false;
    void import('./pad').then(({ openPad }) => {
      if (cancelled || !canvas.current) return;
      pad.current = openPad(canvas.current, (answer) => form.setValue(field.id, answer, { shouldDirty: true }));
      if (typeof latest.current === 'string') pad.current.show(latest.current);
    });
    return () => {
      cancelled = true;
      pad.current?.off();
    };
    // Once: the pad is opened on the canvas a single time; the field and the form never change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // A resumed PDF (or a reset) puts a drawing in the form: show it.
  useEffect(() => {
    if (typeof value === 'string') pad.current?.show(value);
  }, [value]);

  // Never required, and always hinted: the hint says the typed name is the signature.
  const question = { ...field, required: false, hint: field.hint ?? t('form.signature.hint') };
  return (
    <FieldWrapper field={question} error={errors[field.id]} question="legend">
      {(control) => (
        <>
          <canvas
            ref={canvas}
            id={control.id}
            className="signature__pad"
            role="img"
            aria-label={t('form.signature.area')}
            tabIndex={-1}
          />
          <div className="signature__actions">
            <button type="button" className="button button--secondary" onClick={() => void pad.current?.undo()}>
              {t('form.signature.undo')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => pad.current?.clear()}>
              {t('form.signature.clear')}
            </button>
          </div>
        </>
      )}
    </FieldWrapper>
  );
}

import { useEffect, useRef, type MutableRefObject } from 'react';
import { useWatch, type Control, type UseFormSetValue } from 'react-hook-form';
import type SignaturePadType from 'signature_pad';
import { t } from '../../i18n/t';
import type { SignatureField as SignatureFieldDefinition, WorksheetAnswers } from '../../worksheets/types';
import { FieldLabel } from './FieldLabel';
import { FieldMessages } from './FieldMessages';
import { describedBy, fieldIds } from './field-ids';

interface Props {
  field: SignatureFieldDefinition;
  control: Control<WorksheetAnswers>;
  setValue: UseFormSetValue<WorksheetAnswers>;
  error?: string;
}

/** Draws `dataUrl` into the pad unless it is what the pad itself last produced. */
function show(pad: SignaturePadType, dataUrl: string, last: MutableRefObject<string>) {
  if (dataUrl === last.current) return;
  last.current = dataUrl;
  pad.clear();
  if (dataUrl) void pad.fromDataURL(dataUrl);
}

/**
 * An optional drawn signature (finger, stylus or mouse) using signature_pad, the widely used
 * library for this. The typed full name next to it is the keyboard-accessible way to sign, so
 * the drawing is never required. Clear and Undo are real buttons. signature_pad is imported when
 * the field appears, keeping it out of pages without signatures.
 */
export function SignatureField({ field, control, setValue, error }: Props) {
  const ids = fieldIds(field.id);
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePadType | undefined>(undefined);
  const last = useRef('');
  const value = useWatch({ control, name: field.id });

  const save = () => {
    const current = pad.current;
    if (!current) return;
    last.current = current.isEmpty() ? '' : current.toDataURL('image/png');
    setValue(field.id, last.current, { shouldDirty: true });
  };

  useEffect(() => {
    let cancelled = false;
    void import('signature_pad').then(({ default: SignaturePad }) => {
      const element = canvas.current;
      if (cancelled || !element) return;
      // Match the canvas's pixels to its CSS size and the screen's density, or strokes blur and
      // land away from the finger (signature_pad's documented set-up).
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      element.width = element.offsetWidth * ratio;
      element.height = element.offsetHeight * ratio;
      element.getContext('2d')?.scale(ratio, ratio);
      const instance = new SignaturePad(element, { penColor: '#0b0c0c', backgroundColor: 'rgba(0,0,0,0)' });
      instance.addEventListener('endStroke', save);
      pad.current = instance;
      if (typeof value === 'string' && value) show(instance, value, { current: '' });
    });
    return () => {
      cancelled = true;
      pad.current?.off();
    };
  }, []);

  // A resumed PDF (or a reset) puts a drawing in the form: show it.
  useEffect(() => {
    if (pad.current && typeof value === 'string') show(pad.current, value, last);
  }, [value]);

  const clear = () => {
    pad.current?.clear();
    save();
  };
  const undo = () => {
    const current = pad.current;
    if (!current) return;
    const strokes = current.toData();
    strokes.pop();
    current.fromData(strokes);
    save();
  };

  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset className="fieldset" aria-describedby={describedBy(ids.hint, error && ids.error)}>
        <FieldLabel as="legend" text={field.label} optional />
        <FieldMessages hintId={ids.hint} hint={field.hint ?? t('form.signature.hint')} errorId={ids.error} error={error} />
        <canvas ref={canvas} id={ids.input} className="signature__pad" role="img" aria-label={t('form.signature.area')} tabIndex={-1} />
        <div className="signature__actions">
          <button type="button" className="button button--secondary" onClick={undo}>
            {t('form.signature.undo')}
          </button>
          <button type="button" className="button button--secondary" onClick={clear}>
            {t('form.signature.clear')}
          </button>
        </div>
      </fieldset>
    </div>
  );
}

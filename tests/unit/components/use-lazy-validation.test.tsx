// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import type { ResolverOptions } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { useLazyValidation } from '../../../src/components/forms/use-lazy-validation';
import { answerSlots, emptyAnswers } from '../../../src/worksheets/answers';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';
import { translatorFor } from '../../../src/i18n/strings';
import { fakeStrings } from './render-form';

/** useLazyValidation on its own: one load, shared, and the worksheet's own rules once loaded. */

const ui = translatorFor('en');
const options: ResolverOptions<WorksheetAnswers> = { fields: {}, shouldUseNativeValidation: false };
const required = answerSlots(everyKindWorksheet).filter((slot) => slot.field.required && !slot.otherOf);

describe('useLazyValidation', () => {
  it('loads the validation once, however often it is asked for', async () => {
    const { result, rerender } = renderHook(() => useLazyValidation(everyKindWorksheet, 'US', ui));
    const first = result.current.load();
    rerender();
    expect(result.current.load()).toBe(first);
    await expect(first).resolves.toBeTypeOf('function');
  });

  it('gives the worksheet’s own messages for blank required answers, and none once they are answered', async () => {
    const { result } = renderHook(() => useLazyValidation(everyKindWorksheet, 'US', ui));
    const blank = await result.current.resolver(emptyAnswers(everyKindWorksheet), undefined, options);
    expect(Object.fromEntries(required.map((slot) => [slot.key, blank.errors[slot.key]?.message]))).toEqual(
      Object.fromEntries(required.map((slot) => [slot.key, slot.field.requiredMessage])),
    );
  });

  it('reads phone numbers without a +code as the clinic’s country', async () => {
    const phone = answerSlots(everyKindWorksheet).find((slot) => slot.field.kind === 'tel')!;
    const answers = { ...emptyAnswers(everyKindWorksheet), [phone.key]: '020 7946 0958' };
    const inBritain = renderHook(() => useLazyValidation(everyKindWorksheet, 'GB', ui)).result.current;
    const inTheUs = renderHook(() => useLazyValidation(everyKindWorksheet, 'US', ui)).result.current;
    expect((await inBritain.resolver(answers, undefined, options)).errors[phone.key]).toBeUndefined();
    expect((await inTheUs.resolver(answers, undefined, options)).errors[phone.key]?.message).toBeTypeOf('string');
  });

  it('writes its messages with the translator it is given', async () => {
    const { ui: spanish } = fakeStrings({
      'check.email': 'Escribe {label} como una dirección de correo, por ejemplo, nombre@ejemplo.com',
    });
    const email = answerSlots(everyKindWorksheet).find((slot) => slot.field.kind === 'email')!;
    const { result } = renderHook(() => useLazyValidation(everyKindWorksheet, 'US', spanish));
    const checked = await result.current.resolver(
      { ...emptyAnswers(everyKindWorksheet), [email.key]: 'no es un correo' },
      undefined,
      options,
    );
    expect(checked.errors[email.key]?.message).toBe(
      'Escribe email address como una dirección de correo, por ejemplo, nombre@ejemplo.com',
    );
  });
});

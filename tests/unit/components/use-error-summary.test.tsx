// @vitest-environment jsdom
import { render, renderHook } from '@testing-library/react';
import type { FieldErrors } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import { useErrorSummary } from '../../../src/components/forms/use-error-summary';
import { answerSlots } from '../../../src/worksheets/answers';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { conditionalWorksheet } from '../../fixtures/conditional-worksheet';
import { fakeStrings, ui, withStrings } from './render-form';

/** useErrorSummary on its own: which errors the summary lists, where focus goes, and the page title. */

const slots = answerSlots(conditionalWorksheet);
const prefix = `${ui.t('form.errorPrefix')} `;
const errorsFor = (keys: string[]): FieldErrors<WorksheetAnswers> =>
  Object.fromEntries(keys.map((key) => [key, { type: 'custom', message: `Message for ${key}` }]));

/** A field shown only under a condition, and answers under which it is hidden. */
const conditional = slots.find((slot) => slot.conditions.length > 0)!;
const hiding = { [conditional.conditions[0]!.field]: '' };

describe('useErrorSummary', () => {
  it('lists errors in the order of the page, whatever order validation gave them in', () => {
    const keys = slots.filter((slot) => slot.conditions.length === 0).map((slot) => slot.key);
    const { result } = renderHook(() => useErrorSummary(slots, errorsFor([...keys].reverse()), 1, {}), withStrings());
    expect(result.current.errors.map((error) => error.key)).toEqual(keys);
    expect(result.current.errors[0]!.message).toBe(`Message for ${keys[0]}`);
  });

  it('leaves out of the summary, but keeps inline, an error of an answer that is now hidden', () => {
    const { result } = renderHook(() => useErrorSummary(slots, errorsFor([conditional.key]), 1, hiding), withStrings());
    expect(result.current.errors).toEqual([]);
    expect(result.current.messages[conditional.key]).toBe(`Message for ${conditional.key}`);
  });

  it('starts the page title with "Error:" while there are errors, once only, and takes it off after', () => {
    document.title = 'Chaperone agreement';
    const { rerender } = renderHook(({ keys, count }) => useErrorSummary(slots, errorsFor(keys), count, {}), {
      initialProps: { keys: [slots[0]!.key], count: 1 },
      ...withStrings(),
    });
    expect(document.title).toBe(`${prefix}Chaperone agreement`);
    rerender({ keys: [slots[0]!.key, slots[1]!.key], count: 2 });
    expect(document.title).toBe(`${prefix}Chaperone agreement`);
    rerender({ keys: [], count: 3 });
    expect(document.title).toBe('Chaperone agreement');
  });

  it('starts the title with the page’s own word for "Error:"', () => {
    document.title = 'Acuerdo con tu acompañante';
    renderHook(
      () => useErrorSummary(slots, errorsFor([slots[0]!.key]), 1, {}),
      withStrings(fakeStrings({ 'form.errorPrefix': 'Hay un problema:' })),
    );
    expect(document.title).toBe('Hay un problema: Acuerdo con tu acompañante');
  });

  it('moves focus to the summary after each failed submit, and not before the first', () => {
    function Summary({ keys, count }: { keys: string[]; count: number }) {
      const { summaryRef, errors } = useErrorSummary(slots, errorsFor(keys), count, {});
      return (
        <>
          <input aria-label="An answer" />
          <div ref={summaryRef} tabIndex={-1} data-errors={errors.length} />
        </>
      );
    }
    const { container, rerender, getByLabelText } = render(<Summary keys={[slots[0]!.key]} count={0} />, withStrings());
    const summary = container.querySelector('[data-errors]');
    getByLabelText('An answer').focus();
    rerender(<Summary keys={[slots[0]!.key]} count={0} />);
    expect(document.activeElement).not.toBe(summary);
    rerender(<Summary keys={[slots[0]!.key]} count={1} />);
    expect(document.activeElement).toBe(summary);
    getByLabelText('An answer').focus();
    rerender(<Summary keys={[slots[0]!.key]} count={2} />);
    expect(document.activeElement).toBe(summary);
  });

  it('leaves focus where it is after a submit with no errors', () => {
    function Summary({ count }: { count: number }) {
      const { summaryRef } = useErrorSummary(slots, {}, count, {});
      return <div ref={summaryRef} tabIndex={-1} data-summary="" />;
    }
    const { rerender } = render(<Summary count={0} />, withStrings());
    rerender(<Summary count={1} />);
    expect(document.activeElement).toBe(document.body);
  });
});

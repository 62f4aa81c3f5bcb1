// @vitest-environment jsdom
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { useDraftsBeforeLink } from '../../../src/components/forms/use-drafts-before-link';
import { keep, readKept } from '../../../src/lib/device-storage';
import { answerSlots, emptyAnswers } from '../../../src/worksheets/answers';
import { draftKey } from '../../../src/worksheets/fit-draft';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { everyKindWorksheet } from '../../fixtures/every-kind-worksheet';
import { fakeStrings, ui, withStrings } from './render-form';

/**
 * useDraftsBeforeLink on its own, with a real react-hook-form: a kept draft comes back before a
 * provider's link, whose answers then fill only what the draft left as the form started.
 */

const definition = everyKindWorksheet;
const initial = emptyAnswers(definition);
const [first, second] = answerSlots(definition)
  .filter((slot) => slot.kind === 'text' && !slot.otherOf)
  .map((slot) => slot.key) as [string, string];
const plantDraft = (answers: WorksheetAnswers) =>
  keep(draftKey(definition.id), { version: definition.version, savedAt: '2026-03-14T10:30:00.000Z', answers });

/** The hook inside a form, as WorksheetForm uses it. */
function useFormWithDrafts(fromLink: Record<string, string> | undefined, onFromLinkUsed: (keys: string[]) => void) {
  const form = useForm<WorksheetAnswers>({ defaultValues: initial });
  return { form, drafts: useDraftsBeforeLink(definition, initial, form, fromLink, onFromLinkUsed) };
}

describe('useDraftsBeforeLink', () => {
  it('puts a kept draft back first, then the link’s answers only where the draft left the form as it started', async () => {
    plantDraft({ [first]: 'From the draft' });
    const used = vi.fn();
    const link = { [first]: 'From the link', [second]: 'Also from the link' };
    const { result } = renderHook(() => useFormWithDrafts(link, used), withStrings());
    await waitFor(() => expect(used).toHaveBeenCalledOnce());
    expect(used).toHaveBeenCalledWith([second]);
    expect(result.current.form.getValues(first)).toBe('From the draft');
    expect(result.current.form.getValues(second)).toBe('Also from the link');
    expect(result.current.drafts.view).toMatchObject({ keeping: true, canErase: true });
    expect(result.current.drafts.view?.messages[0]).toMatch(/^Your draft from .+ is back in the form\.$/);
  });

  it('says a draft is back in the page’s language, its date written as that language writes dates', async () => {
    plantDraft({ [first]: 'From the draft', noLongerAsked: 'Old' });
    const spanish = fakeStrings({
      'draft.restored': 'Tu borrador del {date} volvió al formulario.',
      'form.resume.ignored': 'Algunas respuestas guardadas ya no caben en esta hoja de trabajo: {fields}.',
      'form.quoted': '«{text}»',
    });
    const { result } = renderHook(() => useFormWithDrafts(undefined, () => undefined), withStrings(spanish));
    await waitFor(() => expect(result.current.drafts.view?.messages).toHaveLength(2));
    const [restored, leftOut] = result.current.drafts.view!.messages as [string, string];
    expect(restored).toMatch(/^Tu borrador del 1[34] de marzo de 2026.* \d{1,2}:\d{2} volvió al formulario\.$/);
    expect(leftOut).toBe('Algunas respuestas guardadas ya no caben en esta hoja de trabajo: «no longer asked».');
  });

  it('puts a link’s answers in when they arrive after hydration, never over what was typed', async () => {
    const used = vi.fn();
    const { result, rerender } = renderHook(({ link }) => useFormWithDrafts(link, used), {
      initialProps: { link: undefined as Record<string, string> | undefined },
      ...withStrings(),
    });
    await waitFor(() => expect(used).toHaveBeenCalledWith([]));
    act(() => result.current.form.setValue(first, 'Typed by the patient'));
    rerender({ link: { [first]: 'From the link', [second]: 'Also from the link' } });
    await waitFor(() => expect(used).toHaveBeenLastCalledWith([second]));
    expect(result.current.form.getValues()).toMatchObject({
      [first]: 'Typed by the patient',
      [second]: 'Also from the link',
    });
    expect(result.current.drafts.view).toEqual({ keeping: false, canErase: false, messages: [] });
  });

  it('shows the box ticked at once, then keeps what differs from how the form started', async () => {
    const { result } = renderHook(() => useFormWithDrafts(undefined, () => undefined), withStrings());
    await waitFor(() => expect(result.current.drafts.view).toBeDefined());
    act(() => result.current.form.setValue(first, 'Worth keeping'));
    act(() => result.current.drafts.setKeeping(true));
    expect(result.current.drafts.view?.keeping).toBe(true);
    await waitFor(() => expect(result.current.drafts.view?.messages).toEqual([ui.t('draft.kept')]));
    expect(readKept(draftKey(definition.id))).toMatchObject({
      version: definition.version,
      answers: { [first]: 'Worth keeping' },
    });
    expect(Object.keys((readKept(draftKey(definition.id)) as { answers: object }).answers)).toEqual([first]);
  });

  it('erases everything kept, keeps the answers on the page and gives focus back to the box', async () => {
    plantDraft({ [first]: 'From the draft' });
    keep('plan:ticks', ['a module']);
    let drafts!: ReturnType<typeof useFormWithDrafts>;
    function Panel() {
      drafts = useFormWithDrafts(undefined, () => undefined);
      return <input type="checkbox" ref={drafts.drafts.boxRef} aria-label="Keep a draft" />;
    }
    const { getByLabelText } = render(<Panel />, withStrings());
    await waitFor(() => expect(drafts.drafts.view?.keeping).toBe(true));
    act(() => drafts.drafts.erase());
    await waitFor(() => expect(document.activeElement).toBe(getByLabelText('Keep a draft')));
    expect(localStorage.length).toBe(0);
    expect(drafts.form.getValues(first)).toBe('From the draft');
    expect(drafts.drafts.view).toEqual({ keeping: false, canErase: false, messages: [ui.t('draft.erased')] });
  });
});

import { useEffect, useRef, type RefObject } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useUi } from '../../i18n/react';
import { isInUse, type AnswerSlot } from '../../worksheets/answers';
import type { WorksheetAnswers } from '../../worksheets/types';
import type { SummaryError } from './ErrorSummary';

/** The errors to show after a failed submit, and where the summary of them is. */
export interface ErrorSummaryState {
  /** The summary's list: answers shown on the page, in their order. */
  errors: SummaryError[];
  /** Each answer's inline message, by answer key (what the field inputs show). */
  messages: Readonly<Record<string, string | undefined>>;
  /** Attach to the error summary: it takes focus after each failed submit. */
  summaryRef: RefObject<HTMLDivElement | null>;
}

/**
 * The GOV.UK error summary's behaviour: after each failed submit, focus moves to the summary (so
 * a screen reader reads the whole list at once, rather than landing on the first field), and the
 * page title starts with "Error: " while there are errors, which is the first thing read when the
 * title changes. Only answers in use are listed (`isInUse`): an error a field had before it was
 * hidden, or before its entry of a repeated section was removed, is not (nor checked again).
 * @param slots the worksheet's answer slots, in page order (`answerSlots`)
 * @param fieldErrors react-hook-form's `formState.errors`
 * @param submitCount react-hook-form's `formState.submitCount`
 * @param values the answers now (which decide what is shown)
 */
export function useErrorSummary(
  slots: readonly AnswerSlot[],
  fieldErrors: FieldErrors<WorksheetAnswers>,
  submitCount: number,
  values: Readonly<Record<string, unknown>>,
): ErrorSummaryState {
  const { t } = useUi();
  const summaryRef = useRef<HTMLDivElement>(null);
  const messages = Object.fromEntries(
    Object.entries(fieldErrors).flatMap(([key, error]) =>
      typeof error?.message === 'string' ? [[key, error.message]] : [],
    ),
  );
  const errors = slots.flatMap((slot) => {
    const message = messages[slot.key];
    return message !== undefined && isInUse(slot, values) ? [{ key: slot.key, message }] : [];
  });

  useEffect(() => {
    if (submitCount > 0 && errors.length > 0) summaryRef.current?.focus();
    // Only on a submit: focus moves to the summary then, never while the patient fixes an answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);

  useEffect(() => {
    const prefix = `${t('form.errorPrefix')} `;
    const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = errors.length > 0 ? prefix + base : base;
  }, [errors.length, t]);

  return { errors, messages, summaryRef };
}

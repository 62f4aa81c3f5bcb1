import type { ReactNode } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import { conditionHolds } from '../../worksheets/answers';
import type { ShowWhen, WorksheetAnswers } from '../../worksheets/types';

interface Props {
  control: Control<WorksheetAnswers>;
  /** Shown while every one of these holds. */
  all?: readonly ShowWhen[];
  /** …and, when given, while at least one of these holds (a section: some field of it is shown). */
  some?: readonly (ShowWhen | undefined)[];
  /** Renders the content; `hidden` is what to put on its outermost element. */
  children: (hidden: boolean) => ReactNode;
}

/**
 * Hides a field or section whose `showWhen` does not hold, watching only the answers it depends
 * on (so typing elsewhere does not re-render it). Hidden content stays in the page with the
 * `hidden` attribute, registered: its answers are kept as they were, never blanked, and come back
 * when the patient switches back. Validation skips it (see `worksheetSchema`).
 */
export function ShownWhen({ control, all = [], some, children }: Props) {
  const conditions = [...all, ...(some ?? [])].filter((condition): condition is ShowWhen => condition !== undefined);
  const names = [...new Set(conditions.map((condition) => condition.field))];
  const watched = useWatch({ control, name: names });
  const answers = Object.fromEntries(names.map((name, index) => [name, watched[index]]));
  const shown =
    all.every((condition) => conditionHolds(condition, answers)) &&
    (some === undefined || some.some((condition) => condition === undefined || conditionHolds(condition, answers)));
  return <>{children(!shown)}</>;
}

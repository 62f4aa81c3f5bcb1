import type { ReactNode } from 'react';
import { useWatch, type Control } from 'react-hook-form';
import type { ShowWhen, WorksheetAnswers } from '../../worksheets/types';

interface Props {
  control: Control<WorksheetAnswers>;
  /** The conditions the content depends on: only their fields' answers are watched. */
  conditions: readonly (ShowWhen | undefined)[];
  /**
   * The one rule for what is shown (`isShown` or `isSectionShown` in worksheets/answers.ts, as the
   * schema and the PDF use it), given the watched answers.
   */
  shown: (answers: Readonly<Record<string, unknown>>) => boolean;
  /** Renders the content; `hidden` is what to put on its outermost element. */
  children: (hidden: boolean) => ReactNode;
}

/**
 * Hides a field or section whose `showWhen` does not hold, watching only the answers it depends
 * on (so typing elsewhere does not re-render it). Hidden content stays in the page with the
 * `hidden` attribute, registered: its answers are kept as they were, never blanked, and come back
 * when the patient switches back. Validation skips it (see `worksheetSchema`).
 */
export function ShownWhen({ control, conditions, shown, children }: Props) {
  const names = [...new Set(conditions.flatMap((condition) => (condition ? [condition.field] : [])))];
  const watched = useWatch({ control, name: names });
  const answers = Object.fromEntries(names.map((name, index) => [name, watched[index]]));
  return <>{children(!shown(answers))}</>;
}

import { useEffect, useRef, useState, type RefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { useUi } from '../../i18n/react';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
import type { DraftControl, DraftView } from './draft-keeping';

/** The parts of react-hook-form's `useForm` that drafts and a link's answers use. */
export type DraftsForm = Pick<UseFormReturn<WorksheetAnswers>, 'getValues' | 'reset' | 'watch' | 'setValue'>;

/** What the draft controls (`DraftPanel`) show and do. */
export interface Drafts {
  /** What the controls show; `undefined` until the draft code has loaded. */
  view: DraftView | undefined;
  /** The "Keep a draft" box, which takes focus back after everything is erased. */
  boxRef: RefObject<HTMLInputElement | null>;
  /** The box was ticked or unticked. Shows the tick at once, even while the draft code loads. */
  setKeeping: (keeping: boolean) => void;
  /** "Erase my answers from this device": erases everything the kit kept, then focuses the box. */
  erase: () => void;
}

/**
 * Drafts kept on this device (loaded after hydration from `draft-keeping.ts`), then a provider's
 * link: a kept draft comes back first; then the link's answers go only into fields still as they
 * started, so they never replace the draft's. The draft's effect is declared (so runs) before the
 * link's, which waits on its promise: the order holds whichever code loads first.
 * @param initial how the form starts (see `initialAnswers`)
 * @param fromLink the answers of a provider's link, once read
 * @param onFromLinkUsed told which of `fromLink`'s answers went in
 */
export function useDraftsBeforeLink(
  definition: WorksheetDefinition,
  initial: WorksheetAnswers,
  form: DraftsForm,
  fromLink: Record<string, string> | undefined,
  onFromLinkUsed: ((keys: string[]) => void) | undefined,
): Drafts {
  const ui = useUi();
  const [view, setView] = useState<DraftView>();
  const drafts = useRef<Promise<DraftControl | void>>(undefined);
  const boxRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    drafts.current = import('./draft-keeping').then(
      ({ keepDrafts }) => keepDrafts(definition, initial, form, setView, ui),
      () => undefined, // Could not load: no drafts, and the link's answers still go in.
    );
    // Once, on load: drafts start from the answers the page opened with, whatever changes later.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    void drafts.current!.then(() => {
      const used = Object.keys(fromLink ?? {}).filter((key) => form.getValues(key) === initial[key]);
      for (const key of used) form.setValue(key, fromLink![key]!, { shouldDirty: true });
      onFromLinkUsed?.(used);
    });
    // Only when a link's answers arrive: re-running for a new `form` or callback would put them in again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fromLink]);

  return {
    view,
    boxRef,
    setKeeping(keeping) {
      setView((shown) => ({ canErase: false, messages: [], ...shown, keeping }));
      void drafts.current!.then((draft) =>
        draft
          ? draft.setKeeping(keeping)
          : setView({ keeping: false, canErase: false, messages: [ui.t('draft.keepFailed')] }),
      );
    },
    erase() {
      void drafts.current!.then(async (draft) => {
        await draft?.erase();
        boxRef.current?.focus();
      });
    },
  };
}

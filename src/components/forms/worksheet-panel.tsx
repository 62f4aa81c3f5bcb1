import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import type { Control, UseFormWatch } from 'react-hook-form';
import type { ClinicConfig } from '../../schemas/clinic';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';

/** What a worksheet's panel (`src/worksheets/<id>/Panel.tsx`, default export) is given. */
export interface WorksheetPanelProps {
  /** The worksheet, clinic values filled in. */
  definition: WorksheetDefinition;
  /** The form's answers, to watch (`useWatch({ control, name })`): the panel follows them as they are typed. */
  control: Control<WorksheetAnswers>;
  /** The clinic's settings, with a provider link's overrides applied. */
  config: ClinicConfig;
  /** The page's language (BCP 47). */
  language: string;
}

/**
 * Every worksheet's panel, each its own chunk: a worksheet page fetches only its own, and only
 * once the patient starts on the form (or the form already holds answers: a draft, a link, a
 * resumed PDF), so a panel costs nothing before interaction.
 */
const panels = import.meta.glob<{ default: ComponentType<WorksheetPanelProps> }>('../../worksheets/*/Panel.tsx');

/**
 * The panel of a worksheet, if its folder has a `Panel.tsx`: `Panel` is `undefined` until it has
 * loaded (and always for a worksheet without one). It loads on `load()` (the form calls it on the
 * first focus) or on the first change to any answer, whoever makes it.
 */
export function useWorksheetPanel(id: string, watch: UseFormWatch<WorksheetAnswers>) {
  const loader = panels[`../../worksheets/${id}/Panel.tsx`];
  const [Panel, setPanel] = useState<ComponentType<WorksheetPanelProps>>();
  const started = useRef(false);

  const load = useCallback(() => {
    if (!loader || started.current) return;
    started.current = true;
    loader()
      .then((module) => setPanel(() => module.default))
      // A panel that cannot load (offline, a failed chunk) leaves the form as it is; try again on the next change.
      .catch(() => {
        started.current = false;
      });
  }, [loader]);

  useEffect(() => {
    if (!loader) return undefined;
    const watching = watch(() => load());
    return () => watching.unsubscribe();
  }, [loader, watch, load]);

  return { exists: Boolean(loader), Panel, load };
}

import { useCallback, useRef } from 'react';
import type { Resolver } from 'react-hook-form';
import type { UiTranslator } from '../../i18n/strings';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';

/** The form's validation, loaded only when it is first needed. */
export interface LazyValidation {
  /** react-hook-form's resolver: loads the validation (if not yet loaded), then runs it. */
  resolver: Resolver<WorksheetAnswers>;
  /**
   * Starts loading the validation now (call it on the first focus in the form), so submitting
   * does not wait for it. A failed load is tried again on the next call.
   */
  load: () => Promise<Resolver<WorksheetAnswers>>;
}

/**
 * Validation (zod and the worksheet's schema, in `answers-resolver.ts`) loads on the first focus
 * inside the form, or on submit at the latest, so it is not part of the page's JavaScript before
 * interaction (about 12 KB gzip) and no schema is built while the form hydrates.
 * @param definition the worksheet
 * @param country `clinic.country` (or a provider link's), for phone numbers without a +code
 * @param ui the page's translator, which writes the messages
 */
export function useLazyValidation(definition: WorksheetDefinition, country: string, ui: UiTranslator): LazyValidation {
  const validation = useRef<Promise<Resolver<WorksheetAnswers>>>(undefined);
  const load = useCallback(
    () =>
      (validation.current ??= import('./answers-resolver').then(
        ({ answersResolver }) => answersResolver(definition, country, ui),
        (error: unknown) => {
          validation.current = undefined;
          throw error;
        },
      )),
    [definition, country, ui],
  );
  const resolver = useCallback<Resolver<WorksheetAnswers>>(
    async (values, context, options) => (await load())(values, context, options),
    [load],
  );
  return { resolver, load };
}

import { Fragment, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { prepareNumbers } from '../../i18n/numbers';
import { answerSlots, normalizeAnswers } from '../../worksheets/answers';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
import { DownloadPanel } from './DownloadPanel';
import { DraftPanel } from './DraftPanel';
import { ErrorSummary } from './ErrorSummary';
import { FormSection } from './FormSection';
import { ResumeFromPdf } from './ResumeFromPdf';
import { useDraftsBeforeLink } from './use-drafts-before-link';
import { useErrorSummary } from './use-error-summary';
import { useLazyValidation } from './use-lazy-validation';
import { usePdfDownload, type PdfSettings } from './use-pdf-download';
import { useWorksheetPanel } from './worksheet-panel';

interface Props {
  definition: WorksheetDefinition;
  /** What the form starts with: blank answers plus any clinic defaults (see `initialAnswers`). */
  initial: WorksheetAnswers;
  pdf: PdfSettings;
  /**
   * Answers from a provider's link, put in once they arrive and after any kept draft is back. A
   * field the patient has already changed, or the draft filled, keeps that answer.
   */
  fromLink?: Record<string, string>;
  /** Told which of `fromLink`'s answers were put in. */
  onFromLinkUsed?: (keys: string[]) => void;
}

/**
 * Renders any worksheet definition as an accessible form (react-hook-form + zod, validated on
 * submit) whose primary action makes the PDF on this device. No per-worksheet code: a new
 * definition is a new form, and each field is drawn by its kind's input
 * (`src/worksheets/kinds/<kind>/Input.tsx`). A worksheet whose folder has a `Panel.tsx` (live
 * content worked out from the answers) gets it after the section `panelAfter` (see worksheet-panel.tsx).
 */
export default function WorksheetForm({ definition, initial, pdf, fromLink, onFromLinkUsed }: Props) {
  const slots = useMemo(() => answerSlots(definition), [definition]);
  const validation = useLazyValidation(definition, pdf.country, pdf.ui);
  const { register, control, handleSubmit, reset, setValue, getValues, watch, clearErrors, formState } =
    useForm<WorksheetAnswers>({
      defaultValues: initial,
      resolver: validation.resolver,
      mode: 'onSubmit',
      reValidateMode: 'onSubmit',
      // Focus goes to the error summary, not the first field (GOV.UK), so the whole list is heard.
      shouldFocusError: false,
    });
  // Declared before anything else with effects: a kept draft must come back before a link's answers.
  const drafts = useDraftsBeforeLink(
    definition,
    initial,
    { getValues, reset, watch, setValue },
    fromLink,
    onFromLinkUsed,
  );
  const download = usePdfDownload(definition, pdf);
  const summary = useErrorSummary(slots, formState.errors, formState.submitCount, getValues());
  const form = { register, control, setValue, clearErrors };
  const panel = useWorksheetPanel(definition.id, watch);
  const panelAfter = definition.panelAfter ?? definition.sections.at(-1)?.id;

  return (
    <div className="worksheet">
      <ErrorSummary ref={summary.summaryRef} errors={summary.errors} />
      <ResumeFromPdf
        definition={definition}
        initial={initial}
        getValues={getValues}
        onRestore={(restored) => {
          // The whole form at once, the file's answers or (Undo) the form as it was; how it starts
          // stays `initial`. The reset tells the drafts' watcher, so a kept draft saves what the form then holds.
          reset(restored, { keepDefaultValues: true });
          download.clear();
        }}
      />
      <DraftPanel view={drafts.view} boxRef={drafts.boxRef} onKeep={drafts.setKeeping} onErase={drafts.erase} />
      {/*
        method="dialog": outside a <dialog>, submitting does nothing (HTML spec), so a click before
        the island hydrates can never send answers anywhere as a GET query string.
      */}
      <form
        className="worksheet__form"
        method="dialog"
        noValidate
        onFocus={() => {
          void validation.load().catch(() => undefined);
          panel.load();
          // The count's number formatter, made in its own task before the first keystroke needs it.
          window.setTimeout(() => prepareNumbers(pdf.ui.language), 0);
        }}
        onSubmit={(event) =>
          void handleSubmit(
            (values) => download.make(normalizeAnswers(definition, values)),
            download.clear,
          )(event).catch(download.fail)
        }
      >
        {definition.sections.map((section) => (
          <Fragment key={section.id}>
            <FormSection section={section} form={form} errors={summary.messages} />
            {panel.Panel && section.id === panelAfter && (
              <panel.Panel definition={definition} control={control} config={pdf.config} language={pdf.ui.language} />
            )}
          </Fragment>
        ))}
        <DownloadPanel state={download.state} onDownloadAnyway={download.saveAnyway} />
      </form>
    </div>
  );
}

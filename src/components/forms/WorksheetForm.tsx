import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { prepareNumbers } from '../../i18n/numbers';
import { t } from '../../i18n/t';
import { answerSlots, isSectionShown, isShown, normalizeAnswers, otherKey } from '../../worksheets/answers';
import type { WorksheetAnswers, WorksheetDefinition, WorksheetField } from '../../worksheets/types';
import { ChoiceGroup } from './ChoiceGroup';
import { CheckboxField } from './CheckboxField';
import { ErrorSummary, type SummaryError } from './ErrorSummary';
import { InputField } from './InputField';
import { ResumeFromPdf } from './ResumeFromPdf';
import { SelectField } from './SelectField';
import { ShownWhen } from './ShownWhen';
import { SignatureField } from './SignatureField';
import { TextareaField } from './TextareaField';
import { DownloadPanel } from './DownloadPanel';
import { DraftPanel } from './DraftPanel';
import type { DraftControl, DraftView } from './draft-keeping';
import { usePdfDownload, type PdfSettings } from './use-pdf-download';

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
 * definition is a new form.
 */
export default function WorksheetForm({ definition, initial, pdf, fromLink, onFromLinkUsed }: Props) {
  const slots = useMemo(() => answerSlots(definition), [definition]);
  // Validation (zod and the worksheet's schema) loads on the first focus inside the form, or on
  // submit at the latest; a failed load is tried again next time.
  const validation = useRef<Promise<Resolver<WorksheetAnswers>>>(undefined);
  const loadValidation = useCallback(
    () =>
      (validation.current ??= import('./answers-resolver').then(
        ({ answersResolver }) => answersResolver(definition, pdf.country),
        (error: unknown) => {
          validation.current = undefined;
          throw error;
        },
      )),
    [definition, pdf.country],
  );
  const resolver = useCallback<Resolver<WorksheetAnswers>>(
    async (values, context, options) => (await loadValidation())(values, context, options),
    [loadValidation],
  );

  const { register, control, handleSubmit, reset, setValue, getValues, watch, formState } = useForm<WorksheetAnswers>({
    defaultValues: initial,
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    // Focus goes to the error summary, not the first field (GOV.UK), so the whole list is heard.
    shouldFocusError: false,
  });

  // A kept draft comes back first; then a link's answers go only into fields still as they started,
  // so they never replace the draft's. This effect is declared (so runs) before the link's, which
  // waits on its promise: the order holds whichever code loads first.
  const [draftView, setDraftView] = useState<DraftView>();
  const drafts = useRef<Promise<DraftControl | void>>(undefined);
  const draftBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    drafts.current = import('./draft-keeping').then(
      ({ keepDrafts }) => keepDrafts(definition, initial, { getValues, reset, watch }, setDraftView),
      () => undefined, // Could not load: no drafts, and the link's answers still go in.
    );
  }, []);

  useEffect(() => {
    void drafts.current!.then(() => {
      const used = Object.keys(fromLink ?? {}).filter((key) => getValues(key) === initial[key]);
      for (const key of used) setValue(key, fromLink![key]!, { shouldDirty: true });
      onFromLinkUsed?.(used);
    });
  }, [fromLink]);

  const download = usePdfDownload(definition, pdf);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Only answers shown: an error a field had before it was hidden is not listed (nor checked again).
  const values = getValues();
  const errors = summaryErrors(
    formState.errors,
    slots.filter((slot) => isShown(slot, values)).map((slot) => slot.key),
  );

  useEffect(() => {
    if (formState.submitCount > 0 && errors.length > 0) summaryRef.current?.focus();
  }, [formState.submitCount]);

  useEffect(() => {
    const prefix = `${t('form.errorPrefix')} `;
    const base = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = errors.length > 0 ? prefix + base : base;
  }, [errors.length]);

  const fieldError = (key: string) => formState.errors[key]?.message as string | undefined;

  /** A field, inside a wrapper that hides it while its `showWhen` does not hold. */
  const renderField = (field: WorksheetField) =>
    field.showWhen ? (
      <ShownWhen
        key={field.id}
        control={control}
        conditions={[field.showWhen]}
        shown={(answers) => isShown({ conditions: [field.showWhen!] }, answers)}
      >
        {(hidden) => (
          <div className="worksheet__conditional" hidden={hidden}>
            {renderInput(field)}
          </div>
        )}
      </ShownWhen>
    ) : (
      renderInput(field)
    );

  const renderInput = (field: WorksheetField) => {
    switch (field.kind) {
      case 'textarea':
        return (
          <TextareaField
            key={field.id}
            field={field}
            register={register}
            control={control}
            error={fieldError(field.id)}
          />
        );
      case 'signature':
        return (
          <SignatureField
            key={field.id}
            field={field}
            control={control}
            setValue={setValue}
            error={fieldError(field.id)}
          />
        );
      case 'checkbox':
        return <CheckboxField key={field.id} field={field} register={register} error={fieldError(field.id)} />;
      case 'select':
        return (
          <SelectField
            key={field.id}
            field={{ ...field, kind: 'select' }}
            register={register}
            control={control}
            error={fieldError(field.id)}
          />
        );
      case 'radio':
      case 'checkbox-group':
        return (
          <ChoiceGroup
            key={field.id}
            field={{ ...field, kind: field.kind }}
            register={register}
            control={control}
            error={fieldError(field.id)}
            otherError={fieldError(otherKey(field))}
          />
        );
      default:
        return <InputField key={field.id} field={field} register={register} error={fieldError(field.id)} />;
    }
  };

  return (
    <div className="worksheet">
      <ErrorSummary ref={summaryRef} errors={errors} />
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
      <DraftPanel
        view={draftView}
        boxRef={draftBox}
        onKeep={(keeping) => {
          // Ticked at once, even while the draft code is still loading.
          setDraftView((view) => ({ canErase: false, messages: [], ...view, keeping }));
          void drafts.current!.then((draft) =>
            draft
              ? draft.setKeeping(keeping)
              : setDraftView({ keeping: false, canErase: false, messages: [t('draft.keepFailed')] }),
          );
        }}
        onErase={() =>
          void drafts.current!.then(async (draft) => {
            await draft?.erase();
            draftBox.current?.focus();
          })
        }
      />
      {/*
        method="dialog": outside a <dialog>, submitting does nothing (HTML spec), so a click before
        the island hydrates can never send answers anywhere as a GET query string.
      */}
      <form
        className="worksheet__form"
        method="dialog"
        noValidate
        onFocus={() => {
          void loadValidation().catch(() => undefined);
          // The count's number formatter, made in its own task before the first keystroke needs it.
          window.setTimeout(() => prepareNumbers(pdf.language), 0);
        }}
        onSubmit={(event) =>
          void handleSubmit(
            (values) => download.make(normalizeAnswers(definition, values)),
            download.clear,
          )(event).catch(download.fail)
        }
      >
        {definition.sections.map((section) => {
          const render = (hidden: boolean) => (
            <section
              key={section.id}
              className="worksheet__section"
              aria-labelledby={`section-${section.id}`}
              id={section.id}
              hidden={hidden}
            >
              <h2 id={`section-${section.id}`}>{section.title}</h2>
              {section.intro && <p className="worksheet__intro">{section.intro}</p>}
              {section.fields.map(renderField)}
            </section>
          );
          // Hidden when its own condition fails or every field in it is hidden (`isSectionShown`).
          const conditions = [section.showWhen, ...section.fields.map((field) => field.showWhen)];
          return conditions.some(Boolean) ? (
            <ShownWhen
              key={section.id}
              control={control}
              conditions={conditions}
              shown={(answers) => isSectionShown(section, answers)}
            >
              {render}
            </ShownWhen>
          ) : (
            render(false)
          );
        })}
        <DownloadPanel state={download.state} onDownloadAnyway={download.saveAnyway} />
      </form>
    </div>
  );
}

/** The summary's errors, in the order the fields appear on the page. */
function summaryErrors(errors: FieldErrors<WorksheetAnswers>, order: string[]): SummaryError[] {
  return order.flatMap((key) => {
    const message = errors[key]?.message;
    return typeof message === 'string' ? [{ key, message }] : [];
  });
}

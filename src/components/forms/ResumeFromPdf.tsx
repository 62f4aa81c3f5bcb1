import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useUi } from '../../i18n/react';
import type { UiTranslator } from '../../i18n/strings';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
// Type-only and a constant: the reader itself (pdf-lib) loads in a worker when a file is chosen.
import type { ReadFailureReason } from '../../pdf/read';
import { readInWorker } from '../../pdf/read-in-worker';
import { MAX_PDF_BYTES } from '../../pdf/limits';
// Types only: the merge code loads when a file is chosen.
import type { FileAnswers, MergeMode } from './resume-merge';

/** The patient-facing words for a problem, from the page's UI strings. */
const problemMessage = (reason: ReadFailureReason | 'failed', definition: WorksheetDefinition, ui: UiTranslator) =>
  ui.t(`form.resume.problem.${reason}`, { title: definition.title.toLocaleLowerCase(ui.language) });

type ResumeState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  /** The file would change answers the patient wrote: they choose how it goes in, or cancel. */
  | { kind: 'choosing'; fileName: string; file: FileAnswers; changed: string[] }
  /** The file was put in; `before` is the form as it was (for Undo), absent when nothing changed. */
  | { kind: 'done'; fileName: string; messages: string[]; before?: WorksheetAnswers; after?: WorksheetAnswers }
  /** Cancelled, or undone: a sentence saying so. */
  | { kind: 'note'; message: string }
  | { kind: 'problem'; message: string };

/** Where focus goes once the new state shows. */
type FocusTarget = 'heading' | 'undo' | 'input';

interface Props {
  definition: WorksheetDefinition;
  /** What the form starts with (see `initialAnswers`): an answer still like this was not written by the patient. */
  initial: WorksheetAnswers;
  /** The form's values now (react-hook-form's `getValues`). */
  getValues: () => WorksheetAnswers;
  /**
   * Puts a whole set of answers in the form: the file's merged with the form's, or, for Undo, the
   * form as it was. Called only when something changes; a problem leaves the form untouched.
   */
  onRestore: (answers: WorksheetAnswers) => void;
}

/**
 * "Continue from a saved PDF": reads a worksheet PDF this kit made, in the browser, and puts its
 * answers back in the form. When that would change answers the patient wrote, it first shows which
 * and lets them replace theirs, keep theirs and fill only the empty ones, or cancel; afterwards
 * Undo puts the form back as it was. Any problem gets a specific message and changes nothing typed.
 */
export function ResumeFromPdf({ definition, initial, getValues, onRestore }: Props) {
  const ui = useUi();
  const { t } = ui;
  const inputId = useId();
  const [state, setState] = useState<ResumeState>({ kind: 'idle' });
  // Only the latest file chosen may change the form: choosing another stops an earlier, slower read.
  const current = useRef<AbortController | undefined>(undefined);
  // The merge code, loaded with the first file chosen (worksheet pages do not carry it).
  const merge = useRef<typeof import('./resume-merge') | undefined>(undefined);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<FocusTarget | undefined>(undefined);

  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = undefined;
    if (target) ({ heading, undo: undoButton, input })[target].current?.focus();
  }, [state]);

  const show = (next: ResumeState, focus?: FocusTarget) => {
    focusNext.current = focus;
    setState(next);
  };

  /**
   * Puts the file's answers in (`mode`), keeping the form as it was for Undo. After the patient's
   * choice (`chosen`), whose buttons then go, focus moves to Undo (or to the file input when nothing changed).
   */
  const apply = (fileName: string, file: FileAnswers, mode: MergeMode, chosen = false) => {
    const before = structuredClone(getValues());
    const { answers, messages } = merge.current!.resumeFrom(definition, initial, before, file, mode, fileName, ui);
    if (answers) onRestore(answers);
    show(
      { kind: 'done', fileName, messages, before: answers && before, after: answers },
      chosen ? (answers ? 'undo' : 'input') : undefined,
    );
  };

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const problem = (reason: ReadFailureReason | 'failed') =>
      show({ kind: 'problem', message: problemMessage(reason, definition, ui) });
    // Checked before reading, so a huge file is refused at once instead of filling memory.
    if (file.size > MAX_PDF_BYTES) return problem('too-large');
    if (file.size === 0) return problem('empty');
    show({ kind: 'reading', fileName: file.name });
    try {
      const [result, loaded] = await Promise.all([
        readInWorker(await file.arrayBuffer(), definition, controller.signal),
        import('./resume-merge'),
      ]);
      merge.current = loaded;
      if (controller.signal.aborted) return;
      if (!result.ok) return result.reason === 'stopped' ? undefined : problem(result.reason);
      const fromFile: FileAnswers = {
        answers: result.answers,
        found: result.found,
        unreadable: result.unreadable,
        ignored: result.ignored,
      };
      // Answers the patient wrote that the file would change: ask first. Otherwise nothing they
      // wrote is lost, so the file goes in at once (Undo still puts the form back).
      const changed = loaded.questionsToAsk(definition, initial, getValues(), fromFile, ui);
      if (changed.length > 0) show({ kind: 'choosing', fileName: file.name, file: fromFile, changed }, 'heading');
      else apply(file.name, fromFile, 'replace');
    } catch {
      if (!controller.signal.aborted) problem('failed');
    }
  };

  const statusId = `${inputId}-status`;
  return (
    <details className="resume">
      <summary className="resume__summary">{t('form.resume.heading')}</summary>
      <div className="resume__body">
        <label className="field__label field__label--small" htmlFor={inputId}>
          {t('form.resume.label')}
        </label>
        <p className="field__hint" id={`${inputId}-hint`}>
          {t('form.resume.hint')}
        </p>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept="application/pdf,.pdf"
          className="file-input"
          aria-describedby={`${inputId}-hint`}
          onChange={read}
        />
        <div role="status" className="resume__status" id={statusId}>
          {state.kind === 'reading' && <p>{t('form.resume.reading', { fileName: state.fileName })}</p>}
          {state.kind === 'done' && state.messages.map((message) => <p key={message}>{message}</p>)}
          {state.kind === 'note' && <p>{state.message}</p>}
          {state.kind === 'problem' && <p className="field__error">{state.message}</p>}
        </div>
        {state.kind === 'done' && state.before && (
          <button
            type="button"
            ref={undoButton}
            className="button button--secondary"
            aria-describedby={statusId}
            onClick={() => {
              // Only what the file changed goes back; an answer typed since it went in stays.
              const { answers, keptSince } = merge.current!.undoAnswers(
                definition,
                state.before!,
                state.after!,
                getValues(),
              );
              onRestore(answers);
              show(
                { kind: 'note', message: merge.current!.undoneMessage(definition, state.fileName, keptSince, ui) },
                'input',
              );
            }}
          >
            {t('form.resume.undo')}
          </button>
        )}
        {state.kind === 'choosing' && (
          <div className="resume__choice">
            <h2 className="resume__choice-heading" ref={heading} tabIndex={-1}>
              {t('form.resume.choice.heading')}
            </h2>
            <p>{t('form.resume.choice.intro', { fileName: state.fileName })}</p>
            <ul>
              {state.changed.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
            <p>{t('form.resume.choice.empty')}</p>
            <div className="resume__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => apply(state.fileName, state.file, 'replace', true)}
              >
                {t('form.resume.choice.replace')}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => apply(state.fileName, state.file, 'fill-empty', true)}
              >
                {t('form.resume.choice.fillEmpty')}
              </button>
              <button
                type="button"
                className="resume__cancel"
                onClick={() => show({ kind: 'note', message: t('form.resume.cancelled') }, 'input')}
              >
                {t('form.resume.choice.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </details>
  );
}

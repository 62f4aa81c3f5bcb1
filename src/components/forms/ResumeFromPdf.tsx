import { useId, useRef, useState, type ChangeEvent } from 'react';
import { t } from '../../i18n/t';
import type { WorksheetAnswers, WorksheetDefinition } from '../../worksheets/types';
// Type-only and a constant: the reader itself (pdf-lib) loads in a worker when a file is chosen.
import type { ReadFailureReason } from '../../pdf/read';
import { readInWorker } from '../../pdf/read-in-worker';
import { MAX_PDF_BYTES } from '../../pdf/limits';

/** The patient-facing words for a problem, from the UI strings (one place, ready to translate). */
const problemMessage = (reason: ReadFailureReason | 'failed', definition: WorksheetDefinition) =>
  t(`form.resume.problem.${reason}`, { title: definition.title.toLowerCase() });

type ResumeState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'done'; fileName: string; leftOut: string[] }
  | { kind: 'problem'; message: string };

interface Props {
  definition: WorksheetDefinition;
  /** Called only when the whole file was read; a problem leaves the form untouched. */
  onRestore: (answers: WorksheetAnswers) => void;
}

/**
 * "Continue from a saved PDF": reads a worksheet PDF this kit made, in the browser, and puts its
 * answers back in the form. Any problem gets a specific message and changes nothing typed.
 */
export function ResumeFromPdf({ definition, onRestore }: Props) {
  const inputId = useId();
  const [state, setState] = useState<ResumeState>({ kind: 'idle' });
  // Only the latest file chosen may change the form: choosing another stops an earlier, slower read.
  const current = useRef<AbortController | undefined>(undefined);

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const problem = (reason: ReadFailureReason | 'failed') => setState({ kind: 'problem', message: problemMessage(reason, definition) });
    // Checked before reading, so a huge file is refused at once instead of filling memory.
    if (file.size > MAX_PDF_BYTES) return problem('too-large');
    if (file.size === 0) return problem('empty');
    setState({ kind: 'reading', fileName: file.name });
    try {
      // The drafts' words for what was left out (loaded with the page's drafts already), so both say it alike.
      const [result, { leftOutMessages }] = await Promise.all([
        readInWorker(await file.arrayBuffer(), definition, controller.signal),
        import('./draft-keeping'),
      ]);
      if (controller.signal.aborted) return;
      if (!result.ok) return result.reason === 'stopped' ? undefined : problem(result.reason);
      onRestore(result.answers);
      setState({ kind: 'done', fileName: file.name, leftOut: leftOutMessages(definition, result.ignored) });
    } catch {
      if (!controller.signal.aborted) problem('failed');
    }
  };

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
          type="file"
          accept="application/pdf,.pdf"
          className="file-input"
          aria-describedby={`${inputId}-hint`}
          onChange={read}
        />
        <div role="status" className="resume__status">
          {state.kind === 'reading' && <p>{t('form.resume.reading', { fileName: state.fileName })}</p>}
          {state.kind === 'done' && <p>{t('form.resume.done', { fileName: state.fileName })}</p>}
          {state.kind === 'done' && state.leftOut.map((message) => <p key={message}>{message}</p>)}
          {state.kind === 'problem' && <p className="field__error">{state.message}</p>}
        </div>
      </div>
    </details>
  );
}

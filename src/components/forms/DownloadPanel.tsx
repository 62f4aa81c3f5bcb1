import { useUi } from '../../i18n/react';
import type { DownloadState } from './use-pdf-download';

interface Props {
  state: DownloadState;
  onDownloadAnyway: () => void;
}

/**
 * The primary action, "Download PDF", and what happened when it was used, announced politely.
 * The message area is always in the page so screen readers hear each change.
 */
export function DownloadPanel({ state, onDownloadAnyway }: Props) {
  const { t } = useUi();
  return (
    <div className="download">
      <p className="download__note">{t('worksheet.keepEditing')}</p>
      {/* aria-disabled, not disabled: a disabled button drops keyboard focus mid-task. */}
      <button type="submit" className="button button--primary" aria-disabled={state.kind === 'making' || undefined}>
        {t('form.download')}
      </button>
      <div className="download__status" role="status">
        {state.kind === 'making' && <p>{t('form.making')}</p>}
        {state.kind === 'made' && <p>{t('form.made', { fileName: state.fileName })}</p>}
        {state.kind === 'failed' && <p className="download__problem">{t('form.failed')}</p>}
        {state.kind === 'undrawable' && (
          <div className="download__problem">
            <p>{t('form.undrawable', { characters: state.characters.join(' ') })}</p>
            <button type="button" className="button button--secondary" onClick={onDownloadAnyway}>
              {t('form.downloadAnyway')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useLinks } from '../../i18n/react';
import { formatList } from '../../lib/format';
import { QrCode, type QrState } from './QrCode';

/** Above this, some mail and messaging apps cut or refuse a link (decision 0002 keeps plans under it). */
export const LINK_WARNING_LENGTH = 2000;

interface Props {
  /** The full link, or `undefined` before the page knows its own address (before hydration). */
  url?: string;
  /** Labels of inputs whose values are not in the link because they need correcting. */
  leftOut: readonly string[];
  qr: QrState;
}

type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Step 6: the link, its length, Copy link, Open plan and the QR code. Copying uses the Clipboard
 * API; when the browser refuses (permissions, an insecure origin, an old browser) the link is
 * selected instead and the provider is told which keys to press, so copying never dead-ends.
 */
export function LinkOutput({ url, leftOut, qr }: Props) {
  const links = useLinks();
  const [copy, setCopy] = useState<CopyState>('idle');
  const field = useRef<HTMLTextAreaElement>(null);

  // A confirmation about an older link would be wrong once the link changes.
  useEffect(() => setCopy('idle'), [url]);

  const copyLink = () => {
    if (!url) return;
    // Cleared first so that copying twice is announced twice.
    setCopy('idle');
    const fallback = () => {
      field.current?.focus();
      field.current?.select();
      setCopy('failed');
    };
    if (!navigator.clipboard?.writeText) return fallback();
    navigator.clipboard.writeText(url).then(() => setCopy('copied'), fallback);
  };

  return (
    <section className="builder__step" aria-labelledby="builder-output-heading">
      <h2 id="builder-output-heading">{links.t('builder.output.heading')}</h2>
      {leftOut.length > 0 && (
        <p className="builder__warning">
          {links.t('builder.output.leftOut', { fields: formatList(leftOut, links.language) })}
        </p>
      )}
      {url === undefined ? (
        <p>{links.t('builder.output.waiting')}</p>
      ) : (
        <>
          <div className="field">
            <label className="field__label" htmlFor="builder-link">
              {links.t('builder.output.label')}
            </label>
            <p className="field__hint" id="builder-link-length">
              {links.tPlural('builder.output.length', url.length)}
            </p>
            {url.length > LINK_WARNING_LENGTH && (
              <p className="builder__warning" id="builder-link-warning">
                {links.t('builder.output.tooLong')}
              </p>
            )}
            <textarea
              id="builder-link"
              ref={field}
              className="textarea builder__link"
              readOnly
              rows={4}
              value={url}
              spellCheck={false}
              aria-describedby={
                url.length > LINK_WARNING_LENGTH ? 'builder-link-length builder-link-warning' : 'builder-link-length'
              }
            />
          </div>
          <div className="builder__actions">
            <button type="button" className="button" onClick={copyLink}>
              {links.t('builder.output.copy')}
            </button>
            {/*
              A new tab: the builder keeps its choices only in this page, so opening the plan in
              the same tab would lose them on a browser without a back-forward cache.
            */}
            <a className="button button--secondary" href={url} target="_blank" rel="noopener">
              {links.t('builder.output.open')}
              <span className="visually-hidden"> {links.t('builder.output.newTab')}</span>
            </a>
          </div>
        </>
      )}
      <div role="status" className="builder__status">
        {copy === 'copied' && <p className="builder__confirmation">{links.t('builder.output.copied')}</p>}
        {copy === 'failed' && <p className="builder__warning">{links.t('builder.output.copyFailed')}</p>}
      </div>
      <QrCode state={qr} className="builder__qr" label={links.t('builder.qr.label')} />
      <p className="field__hint">{links.t('builder.output.private')}</p>
    </section>
  );
}

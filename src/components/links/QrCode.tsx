import { useDeferredValue, useEffect, useState } from 'react';
import { useLinks } from '../../i18n/react';
import type { QrDrawing } from '../../links/qr-code';

/** A QR code for one text: not made yet, drawn, or impossible because the text is too long. */
export type QrState = { kind: 'none' } | { kind: 'ready'; text: string; drawing: QrDrawing } | { kind: 'tooLong' };

/**
 * Makes the QR code for `text` on this device. The encoder (the `qrcode` package) is fetched with
 * `import()` the first time there is a link, so it is not in the page's first script; typing is
 * never held up by it either, as the code follows a deferred copy of the text.
 */
export function useQrCode(text: string | undefined): QrState {
  const deferred = useDeferredValue(text);
  const [state, setState] = useState<QrState>({ kind: 'none' });
  useEffect(() => {
    if (!deferred) return;
    let current = true;
    import('../../links/qr-code')
      .then(({ drawQrCode }) => {
        if (!current) return;
        try {
          setState({ kind: 'ready', text: deferred, drawing: drawQrCode(deferred) });
        } catch {
          // The only thing the encoder refuses here is more data than a version 40 code holds.
          setState({ kind: 'tooLong' });
        }
      })
      .catch(() => current && setState({ kind: 'none' }));
    return () => {
      current = false;
    };
  }, [deferred]);
  return state;
}

/**
 * A QR code drawn as React SVG elements from the module matrix: one `<path>`, no markup strings
 * and no `innerHTML`. Always dark on white, with its quiet zone, whatever the colour scheme,
 * because phone cameras read dark-on-light codes most reliably.
 * @param label what the code is called for screen readers: in the language of the text around it
 *   (the handout's code is named in the patient's language)
 */
export function QrCode({ state, className, label }: { state: QrState; className?: string; label: string }) {
  const links = useLinks();
  // Words for the provider, so in the page's language wherever the code was to be.
  if (state.kind === 'tooLong') {
    return (
      <p className="builder__warning" lang={links.language}>
        {links.t('builder.qr.tooLong')}
      </p>
    );
  }
  if (state.kind !== 'ready') return null;
  const { side, path, version } = state.drawing;
  return (
    <svg
      className={className ? `qr ${className}` : 'qr'}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${side} ${side}`}
      shapeRendering="crispEdges"
      data-qr-version={version}
    >
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

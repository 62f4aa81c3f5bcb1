import type { WorksheetDefinition } from '../worksheets/types';
import type { ReadFailureReason, ReadResult } from './read';

/**
 * Most time a saved PDF may take to read, once the reader's code has loaded. A worksheet PDF at
 * every field's limit takes about 0.2 s on a laptop, so a few seconds on a slow phone; the
 * structure check (`pdf-structure.ts`) refuses the costly shapes it knows at once, and this limit
 * stops any other. Generous on purpose: the page stays responsive meanwhile, and refusing a real
 * worksheet on a slow device would be worse than a wait.
 */
export const READ_TIME_LIMIT_MS = 10_000;
/** Most time the reader's code (pdf-lib) may take to load on a slow connection. */
const LOAD_TIME_LIMIT_MS = 30_000;

/**
 * A read's outcome. `failed`: the reader could not run at all (its code did not load); `stopped`:
 * `signal` aborted it, because another file was chosen. A successful read is passed on exactly as
 * `readWorksheetPdf` returned it (`answers`, `version`, `ignored`, `found`, `unreadable`).
 */
export type BrowserReadResult =
  Extract<ReadResult, { ok: true }> | { ok: false; reason: ReadFailureReason | 'failed' | 'stopped' };

/**
 * Reads a saved worksheet PDF in a dedicated worker, so the page stays responsive whatever the
 * file holds, and stops the worker (freeing all it used) if the read takes longer than
 * {@link READ_TIME_LIMIT_MS}: that file is reported `too-complex`. Where workers cannot start,
 * reads on the page itself, without the limit. Nothing leaves the device either way: the worker's
 * code is part of the site.
 * @param signal stops the read (and its worker) when aborted
 */
export async function readInWorker(
  bytes: ArrayBuffer,
  definition: WorksheetDefinition,
  signal?: AbortSignal,
): Promise<BrowserReadResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    const { readWorksheetPdf } = await import('./read');
    return readWorksheetPdf(bytes, definition);
  }
  return new Promise((resolve) => {
    let timer = setTimeout(() => finish({ ok: false, reason: 'failed' }), LOAD_TIME_LIMIT_MS);
    const finish = (result: BrowserReadResult) => {
      clearTimeout(timer);
      worker.terminate();
      signal?.removeEventListener('abort', stop);
      resolve(result);
    };
    const stop = () => finish({ ok: false, reason: 'stopped' });
    signal?.addEventListener('abort', stop);
    worker.addEventListener(
      'message',
      (event: MessageEvent<{ kind: 'started' } | { kind: 'done'; result: ReadResult }>) => {
        if (event.data.kind === 'started') {
          clearTimeout(timer);
          timer = setTimeout(() => finish({ ok: false, reason: 'too-complex' }), READ_TIME_LIMIT_MS);
        } else {
          const { result } = event.data;
          finish(result.ok ? result : { ok: false, reason: result.reason });
        }
      },
    );
    worker.addEventListener('error', () => finish({ ok: false, reason: 'failed' }));
    worker.addEventListener('messageerror', () => finish({ ok: false, reason: 'failed' }));
    worker.postMessage({ bytes, definition }, [bytes]);
  });
}

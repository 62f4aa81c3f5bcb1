import type { WorksheetDefinition } from '../worksheets/types';
import { readWorksheetPdf } from './read';

/**
 * The dedicated worker `read-in-worker.ts` starts to read one saved PDF off the page's thread.
 * It says when it starts (its code, pdf-lib included, has loaded by then), so the time limit
 * counts reading only, not a slow network.
 */
addEventListener('message', async (event: MessageEvent<{ bytes: ArrayBuffer; definition: WorksheetDefinition }>) => {
  postMessage({ kind: 'started' });
  postMessage({ kind: 'done', result: await readWorksheetPdf(event.data.bytes, event.data.definition) });
});

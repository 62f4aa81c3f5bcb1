import * as z from 'zod/mini';
import type { KindChecks } from '../kind-checks';
import { inSentence } from '../shared/text-checks';
import { isPngDataUrl, type SignatureField } from './kind';
import { decodeStrokes } from './strokes';

/**
 * Whether the form may send a signature answer to the PDF: none, strokes that read in full (a
 * drawing past the limits, or a draft edited by hand, does not), or an older answer's PNG, which
 * only the PDF engine can decode (one that does not gives an empty box, never a failed download).
 */
const sendable = (value: string) => value === '' || decodeStrokes(value) !== undefined || isPngDataUrl(value);

// Never required: the typed name beside it is the keyboard-accessible way to sign.
const checks: KindChecks<SignatureField> = {
  kind: 'signature',
  schema: (_slot, field, { ui }) =>
    z
      .string()
      .check(z.refine(sendable, { error: ui.t('check.signature', { label: inSentence(field.label, ui.language) }) })),
};

export default checks;

import * as z from 'zod/mini';
import { isPhoneNumber } from '../../phone';
import { inSentence, textChecks } from '../shared/text-checks';
import type { TelField } from './kind';

export default textChecks<TelField>('tel', [
  // Synchronous (true) when empty, so only a typed number makes the parse asynchronous.
  (field, context) =>
    z.refine<string>((value) => value.trim() === '' || isPhoneNumber(value, context.country), {
      error: context.ui.t('check.phone', { label: inSentence(field.label, context.ui.language) }),
    }),
]);

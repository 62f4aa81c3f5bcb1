import * as z from 'zod/mini';
import { inSentence, textChecks } from '../shared/text-checks';
import type { EmailField } from './kind';

const email = z.email();

export default textChecks<EmailField>('email', [
  (field, { ui }) =>
    z.refine<string>((value) => value.trim() === '' || z.safeParse(email, value.trim()).success, {
      error: ui.t('check.email', { label: inSentence(field.label, ui.language) }),
    }),
]);

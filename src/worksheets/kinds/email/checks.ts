import * as z from 'zod/mini';
import { inSentence, textChecks } from '../shared/text-checks';
import type { EmailField } from './kind';

const email = z.email();

export default textChecks<EmailField>('email', [
  (field) =>
    z.refine<string>((value) => value.trim() === '' || z.safeParse(email, value.trim()).success, {
      error: `Enter ${inSentence(field.label)} as an email address, like name@example.com`,
    }),
]);

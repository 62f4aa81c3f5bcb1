import { freeTextExamples, kindExamples } from '../shared/example-answers';
import type { EmailField } from './kind';

export default kindExamples<EmailField>({
  kind: 'email',
  field: (id) => ({ id, kind: 'email', label: 'Clinic email address', maxLength: 80, prefillable: true }),
  answers: (field) => freeTextExamples(field, 'care@example.org', ['o’brien+kap@example.co.uk', 'SAM@EXAMPLE.ORG']),
});

import { freeTextExamples, kindExamples } from '../shared/example-answers';
import type { TextInputField } from './kind';

export default kindExamples<TextInputField>({
  kind: 'text',
  field: (id) => ({
    id,
    kind: 'text',
    label: 'Your full name',
    required: true,
    requiredMessage: 'Enter your full name',
    maxLength: 120,
  }),
  answers: (field) => freeTextExamples(field, 'Sam Rivera', ['Zoë O’Connor-Nguyễn', 'Dr. محمد الأحمد']),
});

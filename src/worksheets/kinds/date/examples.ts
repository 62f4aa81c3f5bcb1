import { kindExamples, stringExamples } from '../shared/example-answers';
import type { DateField } from './kind';

export default kindExamples<DateField>({
  kind: 'date',
  field: (id) => ({
    id,
    kind: 'date',
    label: 'Session date',
    required: true,
    requiredMessage: 'Enter the date of your session',
  }),
  answers: (field) =>
    stringExamples(field.id, {
      typical: '2026-03-14',
      atLimit: '9999-12-31',
      awkward: ['2028-02-29', '2026-12-31', '2027-01-01', '2000-02-29'],
      refused: ['2027-02-30', '2026-13-01', '14/03/2026', '2026-3-14', ' 2026-03-14', 20260314, true],
    }),
});

import { kindExamples, stringExamples } from '../shared/example-answers';
import type { TimeField } from './kind';

export default kindExamples<TimeField>({
  kind: 'time',
  field: (id) => ({ id, kind: 'time', label: 'Start time' }),
  answers: (field) =>
    stringExamples(field.id, {
      typical: '09:45',
      atLimit: '23:59',
      awkward: ['00:00', '12:00', '00:01'],
      refused: ['24:00', '9:45', '09:60', '2 pm', '09:45:30', 945],
    }),
});

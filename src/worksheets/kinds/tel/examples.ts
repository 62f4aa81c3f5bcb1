import { freeTextExamples, kindExamples } from '../shared/example-answers';
import type { TelField } from './kind';

export default kindExamples<TelField>({
  kind: 'tel',
  field: (id) => ({
    id,
    kind: 'tel',
    label: 'Provider’s phone number',
    hint: 'Include the area code.',
    maxLength: 30,
    prefillable: true,
  }),
  answers: (field) =>
    freeTextExamples(field, '(201) 555-0123', [
      '+1 201 555 0100 ext. 2',
      '201.555.0147 x12',
      '+44 20 7946 0958',
      '911',
    ]),
});

import { kindExamples } from '../shared/example-answers';
import type { CheckboxField } from './kind';

export default kindExamples<CheckboxField>({
  kind: 'checkbox',
  field: (id) => ({
    id,
    kind: 'checkbox',
    label: 'I will stay with the patient for the whole session',
    hint: 'Tick to agree.',
    required: true,
    requiredMessage: 'Confirm that you will stay',
  }),
  answers: (field) => ({
    typical: { [field.id]: true },
    atLimit: { [field.id]: true },
    empty: { [field.id]: false },
    awkward: [],
    // Only `true` is yes: a word, a number or "on" is not a tick.
    refused: ['yes', 'on', 1, 'true', null].map((given) => ({
      given: { [field.id]: given },
      kept: { [field.id]: false },
    })),
  }),
});

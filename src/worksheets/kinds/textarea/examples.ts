import { AWKWARD_TEXTS, freeTextExamples, kindExamples, upTo } from '../shared/example-answers';
import type { LongTextField } from './kind';

export default kindExamples<LongTextField>({
  kind: 'textarea',
  field: (id) => ({
    id,
    kind: 'textarea',
    label: 'What do you hope to get from this therapy?',
    maxLength: 2000,
    rows: 4,
  }),
  answers: (field) =>
    freeTextExamples(
      field,
      'I want to understand why I feel stuck at work and at home.\nI want to be kinder to myself.',
      [
        // Several paragraphs, blank lines between, as people paste from notes.
        upTo(`${AWKWARD_TEXTS.join('\n\n')}\n\n\n`, field.maxLength),
      ],
    ),
});

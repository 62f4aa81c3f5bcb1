import type { WorksheetAnswers } from '../../types';
import type { KindExamples } from '../kind-examples';
import { choiceOptions, OTHER_VALUE, otherKey, type ChoiceFieldOf } from './choices';
import { AWKWARD_TEXTS, uniqueProse, upTo } from './example-answers';

/**
 * The `examples.ts` of a choice kind. Picks of several are in the options' order, the order a PDF
 * gives them back in.
 * @param several whether it picks several (checkbox-group) rather than one
 */
export function choiceExamples<K extends string>(kind: K, several: boolean): KindExamples<ChoiceFieldOf<K>> {
  return {
    kind,
    field: (id) => ({
      id,
      kind,
      label: several ? 'What will you bring?' : 'How will you get home?',
      hint: 'Choose what fits best.',
      options: [
        { value: 'first', label: 'Someone I trust', hint: 'They stay until you feel settled.' },
        { value: 'second', label: 'A taxi' },
        { value: 'gone-by', label: 'A bus', retired: true },
        { value: 'last-one', label: 'I will walk' },
      ],
      other: {
        label: 'Another way',
        textLabel: 'Which other way',
        maxLength: 120,
        requiredMessage: 'Enter which other way',
      },
    }),
    answers: (field) => {
      const all = choiceOptions(field).map((option) => option.value);
      const offered = choiceOptions(field)
        .filter((option) => !option.retired)
        .map((option) => option.value);
      const retired = field.options.filter((option) => option.retired).map((option) => option.value);
      const other = field.other && { key: otherKey(field), maxLength: field.other.maxLength };
      const answer = (picks: readonly string[], otherText = ''): WorksheetAnswers => ({
        [field.id]: several ? [...picks] : (picks[0] ?? ''),
        ...(other ? { [other.key]: otherText } : {}),
      });
      const awkward: WorksheetAnswers[] = retired.map((value) => answer([value]));
      if (other) {
        awkward.push(answer([OTHER_VALUE], upTo(AWKWARD_TEXTS[0]!, other.maxLength)));
        // "Other" text typed, then another option picked: the text is kept (the form hides it).
        awkward.push(answer(offered.slice(0, 1), 'Typed before changing my mind'));
      }
      if (several) awkward.push(answer(all.filter((_, index) => index % 2 === 1)));
      return {
        typical: answer(several ? offered.slice(0, 2) : offered.slice(0, 1)),
        atLimit: answer(several ? all : all.slice(-1), other ? uniqueProse(other.key, other.maxLength) : ''),
        empty: answer([]),
        awkward,
        refused: several
          ? [
              {
                given: { [field.id]: [offered[0], 'not-an-option', offered[0]] },
                kept: { [field.id]: offered.slice(0, 1) },
              },
              { given: { [field.id]: offered[0] }, kept: { [field.id]: [] } },
              { given: { [field.id]: [1, true] }, kept: { [field.id]: [] } },
            ]
          : [
              { given: { [field.id]: 'not-an-option' }, kept: { [field.id]: '' } },
              { given: { [field.id]: offered.slice(0, 1) }, kept: { [field.id]: '' } },
              { given: { [field.id]: null }, kept: { [field.id]: '' } },
            ],
      };
    },
  };
}

import * as z from 'zod/mini';
import type { KindChecks } from '../kind-checks';
import { choiceOptions, picksOther, type ChoiceFieldOf } from './choices';
import { inSentence, textSchema } from './text-checks';

/**
 * The `checks.ts` of a choice kind: a pick among its options (retired ones too: an older answer is
 * never refused), present when required; its "Other" text is a line of text, needed while "Other"
 * is picked.
 * @param several whether it picks several (checkbox-group) rather than one
 */
export function choiceChecks<K extends string>(kind: K, several: boolean): KindChecks<ChoiceFieldOf<K>> {
  return {
    kind,
    schema: (slot, field, context) => {
      if (slot.otherOf) return textSchema(slot, context);
      const { required, requiredMessage, ui } = context;
      const label = inSentence(field.label, ui.language);
      const values = choiceOptions(field).map((option) => option.value);
      if (several) {
        return z.array(z.string()).check(
          z.refine((picked) => picked.every((value) => values.includes(value)), {
            error: ui.t('check.pickSeveral', { label }),
          }),
          z.refine((picked) => !required || picked.length > 0, { error: requiredMessage }),
        );
      }
      return z.string().check(
        z.refine((value) => value === '' || values.includes(value), { error: ui.t('check.pickOne', { label }) }),
        z.refine((value) => !required || value !== '', { error: requiredMessage }),
      );
    },
    crossCheck: (slot, field, answers) =>
      slot.otherOf && field.other && picksOther(answers[field.id]) && String(answers[slot.key] ?? '').trim() === ''
        ? field.other.requiredMessage
        : undefined,
  };
}

import * as z from 'zod/mini';
import { formatNumber } from '../../../i18n/numbers';
import type { UiTranslator } from '../../../i18n/strings';
import type { AnswerSlot } from '../../answers';
import { characterLength } from '../../text-length';
import type { FieldBase } from '../field-kind';
import type { CheckContext, KindChecks } from '../kind-checks';
import { asSubject } from './label-words';

// Every kind's checks (and a kind added later) take the label helpers from here, beside textSchema.
export { asSubject, inSentence } from './label-words';

/** "Your intentions must be 2,000 characters or fewer" (the "Other" box by its own label), in the translator's language. */
function tooLong(slot: AnswerSlot, max: number, ui: UiTranslator): string {
  const label = slot.otherOf?.other ? slot.otherOf.other.textLabel : slot.field.label;
  return ui.t('check.tooLong', { label: asSubject(label), max: formatNumber(max, ui.language) });
}

/** A check of a typed text's value: a condition it must meet, and the message when it does not. */
export type TextCheck = (field: FieldBase, context: CheckContext) => z.core.$ZodCheck<string>;

/**
 * The schema of a slot of typed text — a line, several lines, "Other" text: at most `maxLength`
 * characters (as a person counts them), the kind's own checks, then present when required.
 * Over-long text is flagged, never cut.
 * @param extra the kind's own checks (an email address, a phone number), each passing an empty answer
 */
export function textSchema(slot: AnswerSlot, context: CheckContext, extra: readonly TextCheck[] = []): z.ZodMiniType {
  const max = slot.maxLength!;
  const checks: z.core.$ZodCheck<string>[] = [
    z.refine<string>((value) => characterLength(value) <= max, { error: tooLong(slot, max, context.ui) }),
    ...extra.map((check) => check(slot.field, context)),
  ];
  if (context.required)
    checks.push(z.refine<string>((value) => value.trim() !== '', { error: context.requiredMessage }));
  return z.string().check(...checks);
}

/** The `checks.ts` of a kind of typed text, with its own checks. */
export const textChecks = <F extends FieldBase & { kind: string }>(
  kind: F['kind'],
  extra: readonly TextCheck[] = [],
): KindChecks<F> => ({
  kind,
  schema: (slot, _field, context) => textSchema(slot, context, extra),
});

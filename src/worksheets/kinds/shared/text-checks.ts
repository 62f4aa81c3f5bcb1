import * as z from 'zod/mini';
import type { AnswerSlot } from '../../answers';
import { characterLength } from '../../text-length';
import type { FieldBase } from '../field-kind';
import type { CheckContext, KindChecks } from '../kind-checks';

/** A label as it reads inside a sentence: "Your phone number?" → "your phone number". */
export const inSentence = (label: string) => label.charAt(0).toLowerCase() + label.slice(1).replace(/[?.:]$/, '');

/** A label as the subject of a sentence: "Session date:" → "Session date". */
export const asSubject = (label: string) => label.replace(/[?.:]$/, '');

/** "Your intentions must be 2,000 characters or fewer" (the "Other" box by its own label). */
function tooLong(slot: AnswerSlot, max: number): string {
  const label = slot.otherOf?.other ? slot.otherOf.other.textLabel : slot.field.label;
  return `${asSubject(label)} must be ${max.toLocaleString('en')} characters or fewer`;
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
    z.refine<string>((value) => characterLength(value) <= max, { error: tooLong(slot, max) }),
    ...extra.map((check) => check(slot.field, context)),
  ];
  if (context.required) checks.push(z.refine<string>((value) => value.trim() !== '', { error: context.requiredMessage }));
  return z.string().check(...checks);
}

/** The `checks.ts` of a kind of typed text, with its own checks. */
export const textChecks = <F extends FieldBase & { kind: string }>(kind: F['kind'], extra: readonly TextCheck[] = []): KindChecks<F> => ({
  kind,
  schema: (slot, _field, context) => textSchema(slot, context, extra),
});

import type { WorksheetAnswers } from '../types';
import type { FieldBase } from './field-kind';

/**
 * A field kind's `examples.ts`: a field of the kind and answers to it, which the tests use for every
 * kind at once (round trips through the PDF, drafts, the form), so a new kind is tested the moment
 * its folder exists — GOV.UK Frontend's per-component examples, reused by every kind of test.
 * Not part of the site: only tests import `examples-table.ts`.
 */

/**
 * Answers to one field, each keyed by the field's answer keys (its id, and `<id>Other` for a choice
 * with "Other"); keys left out are blank. Every one is an answer the field can hold: it comes back
 * unchanged from a PDF, a draft and the form.
 */
export interface AnswerExamples {
  /** What a patient would typically give. */
  typical: WorksheetAnswers;
  /** As much as the field takes: text at its `maxLength`, every option picked, a large drawing. */
  atLimit: WorksheetAnswers;
  /** Nothing given. */
  empty: WorksheetAnswers;
  /** Allowed but easy to get wrong: every kind of line break, emoji, right-to-left text, a leap day, midnight, a retired pick… */
  awkward: readonly WorksheetAnswers[];
  /**
   * Values from outside the form (a draft, a link, a file's hidden answers) that the field cannot
   * hold, each with what of it the field keeps (its kind's `fit`).
   */
  refused: readonly { given: Readonly<Record<string, unknown>>; kept: WorksheetAnswers }[];
}

/**
 * The examples of one field kind.
 * @typeParam F the field's type
 */
export interface KindExamples<F extends FieldBase & { kind: string }> {
  /** The kind's name; the same as its folder's. */
  readonly kind: F['kind'];
  /** A field of this kind as a worksheet might define it, with this id (camelCase). */
  field(id: string): F;
  /** Answers to a field of this kind: to {@link field}'s, or to any definition's. */
  answers(field: F): AnswerExamples;
}

import type { ClinicValueName } from '../../clinic/values';
import type { AnswerValue, ShowWhen } from '../types';
import type { ChoiceOption, ChoiceOther } from './shared/choices';

/**
 * What a field kind is. Each kind is one folder, `src/worksheets/kinds/<kind>/` (GOV.UK's one
 * folder per component), holding:
 * - `kind.ts`: the field's type, how its answer is stored and what it can hold ({@link FieldKind});
 *   what the form, drafts, provider links, the PDF and resume all agree on;
 * - `checks.ts`: its validation messages (`kind-checks.ts`), loaded with validation, not with the page;
 * - `pdf.ts`: how it is drawn and read back (`kind-pdf.ts`), loaded only with the PDF engine;
 * - `examples.ts`: example answers the tests use (`kind-examples.ts`);
 * - `Input.tsx`: the form's input.
 * The pipeline finds them with an eager glob of the folders (`kind-table.ts` and its siblings) and
 * loops over them, so adding a kind is adding its folder. Two things outside it, only when they
 * apply: a kind whose answer is stored in a new way adds it to {@link AnswerKind} and
 * {@link AnswerType} (with its storage in `shared/storage.ts`), and a kind a provider's link may fill
 * in is also listed in `LinkField` (src/schemas/link-fragment.ts).
 */

/** Properties every field has, whatever its kind. */
export interface FieldBase {
  /**
   * Stable id: the form field name, the PDF field name and the prefill key. Letters and digits
   * only (camelCase), unique within the worksheet, never changed once released — saved PDFs
   * are read back by it.
   */
  id: string;
  /** The question, in plain words. Optional fields get "(optional)" added; never an asterisk. */
  label: string;
  /** Help shown under the label, joined to the input by `aria-describedby`. */
  hint?: string;
  /** Whether an answer is needed before the PDF can be made. Defaults to `false`. */
  required?: boolean;
  /**
   * The error when a required field is empty, written GOV.UK style: specific, no "please",
   * e.g. "Enter your intentions for this therapy". Required fields must set it.
   */
  requiredMessage?: string;
  /**
   * A provider's link may fill this field in (issue: provider links). Only fields about the care
   * team or the plan may be prefillable — never the patient's own details — and only of a kind
   * whose `prefillable` is true.
   */
  prefillable?: boolean;
  /**
   * Start the answer with this clinic value from clinic.config.ts (e.g. `"clinic.phone"`); the
   * patient can change it. Text fields only.
   */
  defaultFrom?: ClinicValueName;
  /**
   * Show this field only while another answer has one of some values, e.g.
   * `{ field: 'modality', equals: ['remote'] }` (see {@link ShowWhen}). A field in a section with
   * its own `showWhen` is shown only when both hold.
   */
  showWhen?: ShowWhen;
}

/**
 * Every field kind's type, by kind name. Empty here: each `kinds/<kind>/kind.ts` adds its own with
 * declaration merging,
 *
 *     declare module '../field-kind' { interface FieldKinds { date: DateField } }
 *
 * so {@link WorksheetField} grows with the folders and no list of kinds is written anywhere.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by declaration merging
export interface FieldKinds {}

/** The name of a field kind: `'text'`, `'date'`, … (one per folder). */
export type FieldKindName = keyof FieldKinds;

/** Any field a worksheet can hold. */
export type WorksheetField = FieldKinds[FieldKindName];

/**
 * How one answer is stored: the unit the card page and older code talk about. A kind names the one
 * it uses; most kinds share one (`text` is every single line of text, "Other" text included).
 */
export type AnswerKind = 'text' | 'multiline' | 'date' | 'time' | 'checkbox' | 'choice' | 'choices' | 'signature';

/** The type of a stored answer, which decides its empty value and how raw input is coerced to it. */
export type AnswerType = 'string' | 'boolean' | 'strings';

/** How an answer of one {@link AnswerType} is kept: see `shared/storage.ts`. */
export interface AnswerStorage {
  readonly type: AnswerType;
  /** What a blank form holds. */
  readonly empty: AnswerValue;
  /**
   * THE coercion from raw input — form values, a draft, a link, the PDF engine's input, a resumed
   * file — to this type: anything of another type becomes the empty value (never a guess).
   */
  coerce(raw: unknown): AnswerValue;
}

/**
 * A field kind's `kind.ts`: what every part of the kit needs to know about its answers. Small on
 * purpose, because it ships with the worksheet page before anything is typed.
 * @typeParam F the field's type (its `kind` names this kind)
 */
export interface FieldKind<F extends FieldBase & { kind: string } = WorksheetField> {
  /** The kind's name, as definitions write it; the same as its folder's name. */
  readonly kind: F['kind'];
  /** How its answer is stored (see {@link AnswerKind}). */
  readonly answerKind: AnswerKind;
  readonly storage: AnswerStorage;
  /**
   * What of a value (already coerced by {@link storage}) the field can hold: the value itself when it
   * fits, else less — '' for a date that does not exist, fewer picks when some are not options. THE
   * rule drafts, answers kept hidden in a PDF and provider links accept a value by. Over-long text
   * fits: the form flags it, nothing is ever cut.
   */
  fit(value: AnswerValue, field: F): AnswerValue;
  /** Whether a provider's link may fill a field of this kind (when the field is `prefillable`). */
  readonly prefillable: boolean;
  /** The options a field of this kind picks from, for kinds that pick: `showWhen` and links name them. */
  choices?(field: F): readonly ChoiceOption[];
  /** The "Other" text box, for kinds that have one: a second answer, `<id>Other`, kept as a line of text. */
  other?(field: F): ChoiceOther | undefined;
  /**
   * What is wrong with a field of this kind as a definition wrote it, in words for the developer,
   * or `undefined`; checked when the definition is read (`answerSlots`), so a mistake fails the
   * build rather than a patient's PDF.
   */
  problem?(field: F): string | undefined;
}

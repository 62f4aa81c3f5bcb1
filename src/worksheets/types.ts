/**
 * The shape of a worksheet definition: the one piece of data that drives a worksheet's form,
 * validation, PDF, prefill, resume and tests. A worksheet is data, not code: adding one is a new
 * `src/worksheets/<id>/definition.ts` that exports a `WorksheetDefinition`.
 */
import type { ClinicValueName } from '../clinic/values';
import type { WorksheetId } from './ids';

/** One choice in a radio group, checkbox group or select. `value` is what is stored and printed in the PDF field. */
export interface ChoiceOption {
  /** Stable value (letters, digits and dashes); never shown, never changes once released. */
  value: string;
  /** What the patient reads. */
  label: string;
  /** Optional hint under the option. */
  hint?: string;
  /**
   * No longer offered, but still read. A retired value stays valid everywhere an answer is read
   * or checked (resume from a PDF, drafts, a provider's link, validation), so an older answer is
   * never lost or refused; the form and the PDF show the option only while the answer already
   * holds it, so the patient sees what they chose and can change it, and nobody new is offered it.
   * Keep retired options in the list (their value must never be reused for something else).
   */
  retired?: boolean;
}

/**
 * A condition on another answer: the field or section that has it is shown only while the answer
 * of `field` is one of `equals` (for a checkbox group: while any of `equals` is picked). An
 * unanswered field matches nothing, so what depends on it stays hidden until it is answered.
 *
 * What follows from "hidden", in one place each (see `isShown` in answers.ts):
 * - the form hides it (`hidden`), keeping the answer: switching back brings it back as typed;
 * - validation skips it: a hidden required field is not required, a hidden answer is not checked;
 * - the PDF does not print it (the printed page is what the patient saw), but keeps a hidden
 *   answer that is not empty in one hidden field, so resume brings it back (see field-names.ts);
 * - drafts and provider links treat it like any other field.
 */
export interface ShowWhen {
  /**
   * Id of a radio, select or checkbox-group field earlier in the worksheet that is itself always
   * shown (conditions do not chain). Checked when the definition is read (`answerSlots`).
   */
  field: string;
  /** Option values of that field for which this is shown; each must be one of its options. */
  equals: readonly string[];
}

/** Properties every field has. */
interface FieldBase {
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
   * team or the plan may be prefillable — never the patient's own details.
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
 * The `autocomplete` tokens a worksheet may use: only for the patient's own details, `name` (their
 * name, on a `text` field) and `tel` (their phone number, on a `tel` field).
 */
export type OwnDetailToken = 'name' | 'tel';

/** A single line of text. */
export interface TextField extends FieldBase {
  kind: 'text' | 'tel' | 'email';
  /** Most characters allowed; longer answers are kept and flagged, never cut. */
  maxLength: number;
  /**
   * Lets the browser offer the patient's own name or phone number. Leave it out (or "off") for
   * everything else: other people's details (chaperone, provider, clinic), the session's address
   * and every health answer. Every other input is "off" (see `autocompleteToken`), so a browser
   * neither suggests past entries nor keeps these answers in its form history.
   */
  autocomplete?: OwnDetailToken | 'off';
}

/** Several lines of text, with a character count. */
export interface LongTextField extends FieldBase {
  kind: 'textarea';
  /** Most characters allowed (at least 2,000 for free-text answers). */
  maxLength: number;
  /** Visible rows on screen. Defaults to 5. */
  rows?: number;
}

/** A calendar date, stored as `YYYY-MM-DD`. */
export interface DateField extends FieldBase {
  kind: 'date';
  /**
   * Limits relative to the day the form is filled in (the device's date), each with its own
   * GOV.UK-style message, e.g. a session date that must not be in the past or over a year ahead.
   */
  within?: {
    /** Refuse dates before today. */
    notPast?: { message: string };
    /** Refuse dates more than this many years after today. */
    yearsAhead?: { years: number; message: string };
  };
}

/** A time of day, stored as `HH:MM` (24-hour). */
export interface TimeField extends FieldBase {
  kind: 'time';
}

/** One yes/no checkbox, e.g. an agreement. Stored as `true`/`false`. */
export interface CheckboxField extends FieldBase {
  kind: 'checkbox';
}

/** Pick one (radio, select) or several (checkbox-group) from fixed options. */
export interface ChoiceField extends FieldBase {
  kind: 'radio' | 'select' | 'checkbox-group';
  options: ChoiceOption[];
  /**
   * Adds an "Other" option that reveals a text box. Its answer is stored under `<id>Other`
   * (a PDF text field of that name).
   */
  other?: { label: string; textLabel: string; maxLength: number; requiredMessage: string };
}

/**
 * A drawn signature (pointer or touch). Optional by nature: the typed full name beside it (a
 * separate text field) is the keyboard-accessible way to sign. Stored as a PNG `data:` URL, or ''.
 */
export interface SignatureField extends FieldBase {
  kind: 'signature';
}

/** Any field a worksheet can hold. */
export type WorksheetField = TextField | LongTextField | DateField | TimeField | CheckboxField | ChoiceField | SignatureField;

/**
 * Text on a printed card may name clinic values as `{clinic.phone}`, `{bloodPressure.seekEmergencyCareAt}`
 * (any `<ClinicValue>` name); the PDF engine fills them in from clinic.config.ts.
 */
export type CardText = string;

/** One block of a printed card page. */
export type CardBlock =
  | {
      /** Phone numbers in large type, taken from the patient's answers (which may default to clinic values). */
      kind: 'phones';
      title: CardText;
      entries: { label: CardText; answerKey: string }[];
    }
  | {
      /**
       * Text answers in ordinary type, each under its label (a name, the medicines to tell an
       * emergency crew), as fillable copies like the phones': `card<AnswerKey>`. Any text-like
       * answer can be shown; a long one wraps, so mind the card's one page at the field's limit.
       */
      kind: 'answers';
      title: CardText;
      entries: { label: CardText; answerKey: string }[];
    }
  | { kind: 'list'; title: CardText; items: CardText[] }
  | { kind: 'steps'; title: CardText; items: CardText[] }
  | {
      /**
       * A fillable log grid: one row per look-in over the clinic's session (longest session length
       * divided by the look-in interval, plus a row for the start), one text field per cell.
       */
      kind: 'log';
      title: CardText;
      columns: { id: string; label: CardText; width: number }[];
    };

/** An extra page printed after the worksheet's questions, such as the chaperone card. */
export interface CardDefinition {
  title: CardText;
  intro?: CardText;
  blocks: CardBlock[];
}

/** A titled group of fields: a fieldset on screen, a heading in the PDF. */
export interface WorksheetSection {
  /** Stable id, used for the section's anchor (`#<id>`). */
  id: string;
  title: string;
  /** A sentence or two under the heading. */
  intro?: string;
  /** Show the whole section only while another answer has one of some values (see {@link ShowWhen}). */
  showWhen?: ShowWhen;
  fields: WorksheetField[];
}

/** A whole worksheet. */
export interface WorksheetDefinition {
  id: WorksheetId;
  /** Bump when a field is removed or changes meaning; resume reads older versions by field id. */
  version: number;
  title: string;
  /** One sentence: lists, meta description, PDF Subject. */
  description: string;
  /** Start of the downloaded file's name: `<fileName>-YYYY-MM-DD.pdf`. */
  fileName: string;
  sections: WorksheetSection[];
  /** A one-page card printed after the questions (the chaperone card). */
  card?: CardDefinition;
}

/** A patient's answer to one field: text, a yes/no, or the values picked. */
export type AnswerValue = string | boolean | string[];

/** Every answer, keyed by field id (and `<id>Other` for "Other" text). */
export type WorksheetAnswers = Record<string, AnswerValue>;

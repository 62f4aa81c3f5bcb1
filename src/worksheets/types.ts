/**
 * The shape of a worksheet definition: the one piece of data that drives a worksheet's form,
 * validation, PDF, prefill, resume and tests. A worksheet is data, not code: adding one is a new
 * `src/worksheets/<id>/definition.ts` that exports a `WorksheetDefinition`. Its words are written
 * in English there; a translation is `src/i18n/<locale>/worksheets/<id>.json` (see localize.ts).
 */
import type { WorksheetId } from './ids';
import type { WorksheetField } from './kinds/field-kind';

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

// The fields themselves: one folder per kind (src/worksheets/kinds/<kind>/). Their types are
// re-exported here under the names definitions and the rest of the kit use.
export type { FieldBase, FieldKindName, WorksheetField } from './kinds/field-kind';
export type { ChoiceField, ChoiceOption, ChoiceOther } from './kinds/shared/choices';
export type { OwnDetailToken, TextField } from './kinds/shared/text';
export type { TextInputField } from './kinds/text/kind';
export type { TelField } from './kinds/tel/kind';
export type { EmailField } from './kinds/email/kind';
export type { LongTextField } from './kinds/textarea/kind';
export type { DateField } from './kinds/date/kind';
export type { TimeField } from './kinds/time/kind';
export type { CheckboxField } from './kinds/checkbox/kind';
export type { RadioField } from './kinds/radio/kind';
export type { SelectField } from './kinds/select/kind';
export type { CheckboxGroupField } from './kinds/checkbox-group/kind';
export type { SignatureField } from './kinds/signature/kind';

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
    }
  | {
      /**
       * The dosing-day timeline (src/worksheets/dosing-day/timeline.ts) as a two-column table,
       * time and what to do, worked out when the PDF is made from three answers, the clinic's
       * settings and the device's time zone (`options.clinic.timeline`). Printed text, no fields.
       */
      kind: 'timeline';
      title: CardText;
      /** Ids of the answers it is worked out from: the session date, the start time and the place (`clinic`, `home`, `remote`). */
      from: {
        date: string;
        startTime: string;
        place: string;
        /** Id of a choice whose values are the trip's length in whole minutes (`"30"`), for "leave home" at a clinic session. */
        travelMinutes?: string;
      };
    };

/** An extra page printed after the worksheet's questions, such as the chaperone card. */
export interface CardDefinition {
  title: CardText;
  intro?: CardText;
  blocks: CardBlock[];
}

/**
 * A section whose fields are asked again and again: several dated journal entries in one PDF (the
 * GOV.UK "add another" pattern). Each field of the section becomes `max` answers keyed
 * `<fieldId><n>`, n = 1 … max (`entryDate1`, `sleep2`; `sleep2Other` for a choice's "Other" text), so
 * drafts, links, the PDF's field names, resume and the hidden-answers field work as for any other
 * answer. What follows, in one place each (src/worksheets/entries.ts and answers.ts):
 * - an entry is **in use** up to the last one holding any answer (`entriesInUse`): a required field
 *   is required only in entries in use, and nothing is checked in the others;
 * - the form shows entry 1 always, every entry in use, and those the patient added with
 *   {@link addLabel}; each entry is a fieldset headed by its title, with a remove button that
 *   clears it and moves the later entries up (the patient's choice to blank those answers);
 * - the PDF prints every entry in use, each under its title, then one blank entry to write on
 *   paper while there is room for another (`entriesPrinted`);
 * - `showWhen` inside the section names a field of the same section, and means that field in the
 *   same entry; a condition elsewhere can never name an entry's answer. The section's own `showWhen`
 *   names a field before it, as for any section.
 * A repeated field cannot be `prefillable` or have a `defaultFrom` (an entry is the patient's own,
 * and a value in every entry would put them all in use), and its id must end in a letter (so that
 * `<id><n>` reads back one way).
 */
export interface SectionRepeat {
  /** Most entries: from 2 to 20 (`MAX_ENTRIES` in entries.ts). Each adds its fields to the PDF at the limit, so keep it to what a patient needs. */
  max: number;
  /** Each entry's heading, before its number: `"Entry"` → "Entry 1", "Entry 2". */
  entryTitle: string;
  /** The button that shows one more entry, e.g. "Add another entry". */
  addLabel: string;
  /** Each entry's remove button, before its number: `"Remove entry"` → "Remove entry 2". */
  removeLabel: string;
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
  /** Ask the section's fields once per entry, for several entries (see {@link SectionRepeat}). */
  repeat?: SectionRepeat;
  fields: WorksheetField[];
}

/** A whole worksheet. */
export interface WorksheetDefinition {
  /** The worksheet's folder name (`src/worksheets/<id>/`) and URL (`/worksheets/<id>/`); lowercase words joined by dashes. */
  id: WorksheetId;
  /** Bump when a field is removed or changes meaning; resume reads older versions by field id. */
  version: number;
  /**
   * Where the worksheet comes in lists (home page, link builder, every test's loop): lowest first,
   * ties by id. Any number, so a worksheet can go between two others (e.g. 15 between 10 and 20)
   * without renumbering them.
   */
  order: number;
  /**
   * Where the worksheet's panel goes, if its folder has one (`src/worksheets/<id>/Panel.tsx`: live
   * content worked out from the answers, such as the dosing-day timeline): after the section with
   * this id. Without it, the panel comes after the last section.
   */
  panelAfter?: string;
  title: string;
  /** One sentence: lists, meta description, PDF Subject. */
  description: string;
  /** Start of the downloaded file's name: `<fileName>-YYYY-MM-DD.pdf`. */
  fileName: string;
  sections: WorksheetSection[];
  /**
   * One-page cards printed after the questions, each on its own page (the chaperone card; the
   * dosing-day plan's day card and blood-pressure log). A card's fields are the patient's to write
   * in; they are not answers, and resume skips them.
   */
  cards?: readonly CardDefinition[];
  /**
   * The worksheet's own words beyond its questions and cards, by key (the dosing-day plan's
   * timeline, panel and calendar file: `src/worksheets/dosing-day/en.json`), with `{placeholders}`
   * filled by the code that shows them. Read through `worksheetWords(definition, language)`
   * (worksheet-words.ts), so a translated definition brings its words with it. Translated as
   * `words.<key>` (localize.ts); clinic values are not filled in them.
   */
  words?: Readonly<Record<string, string>>;
}

/** A patient's answer to one field: text, a yes/no, or the values picked. */
export type AnswerValue = string | boolean | string[];

/** Every answer, keyed by field id (and `<id>Other` for "Other" text). */
export type WorksheetAnswers = Record<string, AnswerValue>;

import type { AnswerStorage } from '../field-kind';

/**
 * The three ways an answer is kept, each with its one coercion from raw input. The form, drafts,
 * provider links, the PDF engine and resume all coerce through these, so they see one shape
 * whatever the browser, the device's storage or a file reported.
 */

/** Text (a line, several lines, a date, a time, a pick, a drawing as a `data:` URL): anything not a string is ''. */
export const textStorage: AnswerStorage = {
  type: 'string',
  empty: '',
  coerce: (raw) => (typeof raw === 'string' ? raw : ''),
};

/** A yes/no: only `true` is yes, so an unticked box, a missing key or a word such as "yes" is no. */
export const yesNoStorage: AnswerStorage = {
  type: 'boolean',
  empty: false,
  coerce: (raw) => raw === true,
};

/**
 * Several picks: the strings of an array (anything else in it is dropped), or a lone non-empty
 * string as one pick (react-hook-form reports a group with a single checkbox that way).
 */
export const picksStorage: AnswerStorage = {
  type: 'strings',
  empty: [],
  coerce: (raw) =>
    Array.isArray(raw)
      ? raw.filter((pick): pick is string => typeof pick === 'string')
      : typeof raw === 'string' && raw !== ''
        ? [raw]
        : [],
};

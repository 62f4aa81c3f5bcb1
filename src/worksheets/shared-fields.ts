import type { DateField } from './types';

/**
 * Questions more than one worksheet asks, written once so they ask and check them the same way
 * (and a provider's link fills them the same way).
 */

/** The date of the dosing session: today or later, within a year; a provider's link may fill it in. */
export const sessionDateField: DateField = {
  id: 'sessionDate',
  kind: 'date',
  label: 'Date of the session',
  required: true,
  requiredMessage: 'Enter the date of the session',
  within: {
    notPast: { message: 'The date of the session must be today or in the future' },
    yearsAhead: { years: 1, message: 'The date of the session must be within a year from today' },
  },
  prefillable: true,
};

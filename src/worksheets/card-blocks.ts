import type { CardBlock } from './types';

/**
 * Card blocks more than one worksheet prints, written once so their cards never disagree.
 */

/**
 * The columns of a log of readings during a session (the chaperone card's look-in log, the
 * dosing-day plan's blood-pressure log): when, both blood-pressure numbers, the pulse, and notes.
 * Column ids name the log's PDF fields (`log<row><Column>`): never change them once released.
 */
export const readingsLogColumns: Extract<CardBlock, { kind: 'log' }>['columns'] = [
  { id: 'time', label: 'Time', width: 1 },
  { id: 'bloodPressure', label: 'Blood pressure', width: 1.4 },
  { id: 'pulse', label: 'Pulse', width: 0.8 },
  { id: 'notes', label: 'Notes', width: 3 },
];

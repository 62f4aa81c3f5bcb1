import { readingsLogColumns } from '../card-blocks';
import { sessionDateField } from '../shared-fields';
import type { WorksheetDefinition } from '../types';
// The attribute lets plain Node (the browser tests import the definitions) load the JSON as well as Vite.
import words from './en.json' with { type: 'json' };
import type { SessionPlace } from './timeline';

const SHORT = 120;
/** Room for directions too (gate codes, which door): emergency crews need them. */
const LONG = 2000;

/** At home, either way: a chaperone stays with the patient. */
const AT_HOME: SessionPlace[] = ['remote', 'home'];
const AT_CLINIC: SessionPlace[] = ['clinic'];

/**
 * The dosing-day plan: one PDF for the day, made from a few answers and the clinic's settings.
 * The questions: the session's date, start time and place; who stays with the patient or drives
 * them home; their intention in a sentence; what they have ready (from the set-and-setting module);
 * the numbers to call. The page shows the day's timeline as it is typed (Panel.tsx, worked out on
 * this device by timeline.ts from the clinic's fasting, rest and arrival times) and offers it as a
 * calendar file (calendar.ts); the PDF's two cards print the same timeline, the numbers and the
 * intention, then a blood-pressure log with when to call. `{name}` in text is a clinic value, filled in when the page is built.
 * The timeline's, the panel's and the calendar file's own words are `words` (en.json, read through
 * `worksheetWords`), so a translation of the plan (src/i18n/<locale>/worksheets/dosing-day.json)
 * translates them with the rest.
 * Field ids are stable: saved PDFs are read back by them. The place's values are the timeline's
 * (`sessionPlaces`).
 */
export const dosingDayWorksheet: WorksheetDefinition = {
  id: 'dosing-day',
  version: 1,
  order: 30,
  title: 'Dosing-day plan',
  description:
    'Plan the day of your dosing session: when to stop eating, who is with you, what to have ready and who to call.',
  fileName: 'dosing-day-plan',
  panelAfter: 'session',
  sections: [
    {
      id: 'session',
      title: 'Your session',
      intro:
        'Your timeline is worked out on this device from these answers and your clinic’s rules. It shows under these questions.',
      fields: [
        sessionDateField,
        {
          id: 'startTime',
          kind: 'time',
          label: 'Start time',
          hint: 'When you take the medicine.',
          required: true,
          requiredMessage: 'Enter the start time of the session',
          prefillable: true,
        },
        {
          id: 'place',
          kind: 'radio',
          label: 'Where will the session happen?',
          required: true,
          requiredMessage: 'Select where the session will happen',
          options: [
            { value: 'clinic', label: 'At the clinic' },
            { value: 'remote', label: 'At home, with the care team on a video call' },
            {
              value: 'home',
              label: 'At home, self-led',
              hint: 'No one from the care team is on a call. You can still phone them.',
            },
          ],
          prefillable: true,
        },
        {
          id: 'travelTime',
          kind: 'select',
          label: 'How long does the trip to the clinic take?',
          hint: 'Your timeline then says when to leave home.',
          options: [
            { value: '15', label: 'About 15 minutes' },
            { value: '30', label: 'About 30 minutes' },
            { value: '45', label: 'About 45 minutes' },
            { value: '60', label: 'About 1 hour' },
            { value: '90', label: 'About 1 and a half hours' },
            { value: '120', label: 'About 2 hours' },
          ],
          showWhen: { field: 'place', equals: AT_CLINIC },
        },
        {
          id: 'address',
          kind: 'textarea',
          label: 'Address where the session happens',
          hint: 'What emergency services would need: {region.addressParts}, and how to get in.',
          maxLength: LONG,
          rows: 3,
          showWhen: { field: 'place', equals: AT_HOME },
        },
      ],
    },
    {
      id: 'people',
      title: 'Who is with you',
      fields: [
        {
          id: 'chaperoneName',
          kind: 'text',
          label: 'Your chaperone’s name',
          hint: 'The adult who stays with you for the whole session. The chaperone agreement sets out what they agree to.',
          maxLength: SHORT,
          autocomplete: 'off',
          showWhen: { field: 'place', equals: AT_HOME },
        },
        {
          id: 'chaperonePhone',
          kind: 'tel',
          label: 'Your chaperone’s phone number',
          maxLength: 40,
          autocomplete: 'off',
          showWhen: { field: 'place', equals: AT_HOME },
        },
        {
          id: 'driverName',
          kind: 'text',
          label: 'Who drives you home',
          hint: 'You should not drive until {driving.allowedAgain}.',
          maxLength: SHORT,
          autocomplete: 'off',
          showWhen: { field: 'place', equals: AT_CLINIC },
        },
        {
          id: 'driverPhone',
          kind: 'tel',
          label: 'Their phone number',
          maxLength: 40,
          autocomplete: 'off',
          showWhen: { field: 'place', equals: AT_CLINIC },
        },
      ],
    },
    {
      id: 'intention',
      title: 'Your intention',
      fields: [
        {
          id: 'intention',
          kind: 'text',
          label: 'Your intention for the day, in a sentence',
          hint: 'You might take it from your intention worksheet. Read it once before you begin, then let it go.',
          maxLength: 200,
          autocomplete: 'off',
        },
      ],
    },
    {
      id: 'ready',
      title: 'What you have ready',
      intro: 'At the clinic, the room is set up for you: ask what to bring.',
      fields: [
        {
          id: 'ready',
          kind: 'checkbox-group',
          label: 'Tick what you have ready',
          options: [
            { value: 'eyeshades', label: 'Eyeshades' },
            { value: 'headphones', label: 'Headphones' },
            { value: 'music', label: 'Music downloaded ahead, with no ads' },
            { value: 'blanket', label: 'A blanket and a pillow' },
            { value: 'water', label: 'Water' },
            { value: 'spit-cup', label: 'A spit cup' },
            { value: 'bucket', label: 'A bucket, in case you feel sick' },
            { value: 'journal', label: 'A journal and pen for afterwards' },
            { value: 'phone-quiet', label: 'Your phone on Do Not Disturb' },
            { value: 'bathroom', label: 'A trip to the bathroom just before you start' },
          ],
          other: {
            label: 'Something else',
            textLabel: 'What else you have ready',
            maxLength: SHORT,
            requiredMessage: 'Enter what else you have ready',
          },
        },
      ],
    },
    {
      id: 'numbers',
      title: 'Numbers to call',
      intro: 'These are printed large on the last page.',
      fields: [
        {
          id: 'clinicLine',
          kind: 'tel',
          label: 'Clinic’s medical or after-hours line',
          defaultFrom: 'clinic.phone',
          maxLength: 40,
          autocomplete: 'off',
        },
        {
          id: 'emergencyNumber',
          kind: 'text',
          label: 'Emergency number',
          defaultFrom: 'emergency.number',
          maxLength: 20,
          autocomplete: 'off',
        },
      ],
    },
  ],
  cards: [
    {
      title: 'Your dosing day',
      intro: 'Keep this with you on the day.',
      blocks: [
        {
          kind: 'timeline',
          title: 'Timeline',
          from: { date: 'sessionDate', startTime: 'startTime', place: 'place', travelMinutes: 'travelTime' },
        },
        {
          kind: 'phones',
          title: 'Numbers',
          entries: [
            { label: 'Clinic line', answerKey: 'clinicLine' },
            { label: 'Chaperone', answerKey: 'chaperonePhone' },
            { label: 'Ride home', answerKey: 'driverPhone' },
            { label: 'Emergency', answerKey: 'emergencyNumber' },
          ],
        },
        { kind: 'answers', title: 'Your intention', entries: [{ label: 'For today', answerKey: 'intention' }] },
        {
          kind: 'list',
          title: 'If you have thoughts of hurting yourself',
          items: ['call {crisis.line}', 'call {emergency.number} if you are in danger now', 'tell the care team'],
        },
      ],
    },
    {
      title: 'Blood pressure log',
      intro:
        'Before each reading, sit quietly for {bloodPressure.restBeforeReading}: back supported, feet flat, arm resting at the height of your heart. Write the time, both numbers and the pulse.',
      // Used during and after the session. Blood pressure placeholders carry their own comparison
      // words (src/clinic/blood-pressure.ts), so none is written before them.
      blocks: [
        {
          kind: 'list',
          title: 'Call the care team if',
          items: [
            'it is {bloodPressure.callCareTeamAt} during or after the session',
            'sickness or vomiting keeps going',
            'you are unsure what to do',
          ],
        },
        {
          kind: 'list',
          title: 'Call {emergency.number} now if',
          items: [
            'it is {bloodPressure.seekEmergencyCareAt} after {bloodPressure.restBeforeReading} of rest and a second check',
            'there is trouble breathing or chest pain',
          ],
        },
        {
          kind: 'log',
          title: 'Readings',
          columns: readingsLogColumns,
        },
      ],
    },
  ],
  words,
};

export default dosingDayWorksheet;

import { t } from '../../i18n/t';
import type { WorksheetDefinition } from '../types';

const SHORT = 120;
const LONG = 2000;

/** An agreement the chaperone must tick; its message names which one is missing. */
const agreement = (id: string, label: string, missing: string) =>
  ({ id, kind: 'checkbox', label, required: true, requiredMessage: `Confirm that ${missing}` }) as const;

/**
 * The chaperone agreement: who, where and when; the care team's numbers; the chaperone's
 * agreements; what patient and chaperone agreed; signatures. Then a one-page chaperone card.
 * `{name}` in text is a clinic value from clinic.config.ts, filled in when the page is built.
 * Field ids are stable: saved PDFs are read back by them.
 */
export const chaperoneWorksheet: WorksheetDefinition = {
  id: 'chaperone',
  version: 1,
  title: t('worksheet.chaperone.title'),
  description: t('worksheet.chaperone.description'),
  fileName: 'chaperone-agreement',
  sections: [
    {
      id: 'session',
      title: 'The session',
      fields: [
        // Autocomplete: only the patient's own name ("name"); the chaperone's and care team's details are "off".
        { id: 'patientName', kind: 'text', label: 'Patient’s name', required: true, requiredMessage: 'Enter the patient’s name', maxLength: SHORT, autocomplete: 'name' },
        { id: 'chaperoneName', kind: 'text', label: 'Chaperone’s name', required: true, requiredMessage: 'Enter the chaperone’s name', maxLength: SHORT, autocomplete: 'off' },
        { id: 'relationship', kind: 'text', label: 'How the chaperone knows the patient', hint: 'For example: partner, friend, sister.', maxLength: SHORT, autocomplete: 'off' },
        { id: 'chaperonePhone', kind: 'tel', label: 'Chaperone’s phone number', required: true, requiredMessage: 'Enter the chaperone’s phone number', maxLength: 40, autocomplete: 'off' },
        {
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
        },
        { id: 'startTime', kind: 'time', label: 'Start time', required: true, requiredMessage: 'Enter the start time of the session' },
        {
          id: 'address',
          kind: 'textarea',
          label: 'Address where the session happens',
          hint: 'What emergency services would need: number and street, flat or floor, town, postcode or ZIP code, and how to get in.',
          required: true,
          requiredMessage: 'Enter the address where the session happens',
          // Room for directions too (gate codes, which door): emergency crews need them.
          maxLength: LONG,
          rows: 3,
          // No autocomplete (textareas never have it): the session may be at the chaperone's home
          // or the clinic, and a browser's saved address could be an old one. It is typed here.
        },
        {
          id: 'modality',
          kind: 'radio',
          label: 'Where will the session be?',
          options: [
            { value: 'remote', label: 'At home, with the care team on a video call' },
            { value: 'in-person', label: 'In person, at the clinic' },
            { value: 'self-led', label: 'Self-led, at home' },
          ],
          prefillable: true,
        },
      ],
    },
    {
      id: 'care-team',
      title: 'Care team',
      intro: 'These numbers are printed large on the chaperone card.',
      fields: [
        { id: 'providerName', kind: 'text', label: 'Provider’s name', maxLength: SHORT, prefillable: true, autocomplete: 'off' },
        { id: 'providerPhone', kind: 'tel', label: 'Provider’s phone number', maxLength: 40, prefillable: true, autocomplete: 'off' },
        { id: 'clinicLine', kind: 'tel', label: 'Clinic’s medical or after-hours line', defaultFrom: 'clinic.phone', maxLength: 40, autocomplete: 'off' },
        { id: 'emergencyNumber', kind: 'text', label: 'Emergency number', defaultFrom: 'emergency.number', maxLength: 20, autocomplete: 'off' },
      ],
    },
    {
      id: 'agreements',
      title: 'What the chaperone agrees to',
      intro: 'Tick each one. The chaperone reads them and agrees to all of them.',
      fields: [
        agreement('agreeAdult', 'I am 18 or older.', 'you are 18 or older'),
        agreement('agreeSober', 'I will be sober before and during the session: no alcohol, cannabis or other drugs.', 'you will be sober'),
        agreement('agreeStay', 'I will stay in the home for the whole session, and until the patient is alert and moving safely.', 'you will stay for the whole session'),
        agreement(
          'agreeEmotional',
          'Emotional support: I will stay calm and present, sit with the patient rather than guide them, and talk through things with them rather than down to them.',
          'you will give emotional support',
        ),
        agreement(
          'agreeSafety',
          'Physical safety: I will keep the space safe, help the patient to the bathroom, and make sure they do not drive until {driving.allowedAgain}.',
          'you will keep the patient physically safe',
        ),
        agreement(
          'agreeAvailable',
          'Being available: I will look in about every {lookIn.interval} and keep my phone on and charged.',
          'you will be available for help',
        ),
        agreement(
          'agreeContact',
          'I will contact the provider with any concerns, and call {emergency.call} in an emergency.',
          'you will contact the provider and call for help in an emergency',
        ),
        agreement('agreePrivate', 'What I see and hear during the session stays private.', 'what you see and hear stays private'),
      ],
    },
    {
      id: 'agreed',
      title: 'What we agreed together',
      fields: [
        {
          id: 'touch',
          kind: 'radio',
          label: 'Touch during the session',
          options: [
            { value: 'none', label: 'No touch' },
            { value: 'hand-on-shoulder', label: 'A hand on the shoulder' },
            { value: 'hold-hand', label: 'Holding hands' },
            { value: 'ask-first', label: 'Ask first, every time' },
          ],
        },
        { id: 'okSignal', kind: 'text', label: 'Signal for “I’m OK”', hint: 'For example: a thumbs up.', maxLength: SHORT, autocomplete: 'off' },
        { id: 'helpSignal', kind: 'text', label: 'Signal for “I need help”', hint: 'For example: raising a hand.', maxLength: SHORT, autocomplete: 'off' },
        { id: 'ifDistressed', kind: 'textarea', label: 'What helps if the patient becomes distressed', maxLength: LONG, rows: 3 },
        { id: 'leaveAsSet', kind: 'checkbox', label: 'The chaperone will leave the music and lighting as the patient set them.' },
      ],
    },
    {
      id: 'signatures',
      title: 'Signatures',
      intro: 'Typing your full name and the date is your signature. Drawing one as well is optional.',
      fields: [
        { id: 'patientSignedName', kind: 'text', label: 'Patient: full name', required: true, requiredMessage: 'Enter the patient’s full name to sign', maxLength: SHORT, autocomplete: 'name' },
        { id: 'patientSignedDate', kind: 'date', label: 'Patient: date signed', required: true, requiredMessage: 'Enter the date the patient signed' },
        { id: 'patientSignature', kind: 'signature', label: 'Patient: drawn signature' },
        { id: 'chaperoneSignedName', kind: 'text', label: 'Chaperone: full name', required: true, requiredMessage: 'Enter the chaperone’s full name to sign', maxLength: SHORT, autocomplete: 'off' },
        { id: 'chaperoneSignedDate', kind: 'date', label: 'Chaperone: date signed', required: true, requiredMessage: 'Enter the date the chaperone signed' },
        { id: 'chaperoneSignature', kind: 'signature', label: 'Chaperone: drawn signature' },
      ],
    },
  ],
  card: {
    title: 'Chaperone card',
    intro: 'Keep this where you can see it during the session.',
    blocks: [
      {
        kind: 'phones',
        title: 'Numbers',
        entries: [
          { label: 'Provider', answerKey: 'providerPhone' },
          { label: 'Clinic line', answerKey: 'clinicLine' },
          { label: 'Emergency', answerKey: 'emergencyNumber' },
        ],
      },
      {
        kind: 'list',
        title: 'Call the provider if',
        items: [
          'sickness or vomiting keeps going',
          'blood pressure is above {bloodPressure.doNotStartAbove}',
          'distress does not ease with calm words',
          'you are unsure what to do',
        ],
      },
      {
        kind: 'list',
        title: 'Call {emergency.call} now if they',
        items: [
          'cannot be woken',
          'have trouble breathing',
          'have chest pain',
          'have a seizure',
          'vomit while not fully alert: put them on their side first',
          'have blood pressure at or above {bloodPressure.seekEmergencyCareAt} after a rest and a second check',
        ],
      },
      {
        kind: 'steps',
        title: 'Recovery position',
        items: [
          'Kneel beside them as they lie on their back.',
          'Put the arm nearest you out at a right angle, palm up.',
          'Bring the far arm across the chest; hold the back of that hand to their near cheek.',
          'Bend the far knee up, then pull it to roll them toward you onto their side.',
          'Tilt the head back a little so the mouth points down. Stay and watch their breathing.',
        ],
      },
      {
        kind: 'log',
        title: 'Look-in log',
        columns: [
          { id: 'time', label: 'Time', width: 1 },
          { id: 'bloodPressure', label: 'Blood pressure', width: 1.4 },
          { id: 'pulse', label: 'Pulse', width: 0.8 },
          { id: 'notes', label: 'Notes', width: 3 },
        ],
      },
    ],
  },
};

export default chaperoneWorksheet;

import { readingsLogColumns } from '../card-blocks';
import { sessionDateField } from '../shared-fields';
import type { WorksheetDefinition } from '../types';

const SHORT = 120;
const LONG = 2000;
/** The medicines and allergies: printed on the one-page card, so kept to a few lines there. */
const MEDICINES = 200;

/** An agreement the chaperone must tick; its message names which one is missing. */
const agreement = (id: string, label: string, missing: string) =>
  ({ id, kind: 'checkbox', label, required: true, requiredMessage: `Confirm that ${missing}` }) as const;

/**
 * The chaperone agreement, for a session at home: who, where and when; the care team's and a
 * backup contact's numbers; the chaperone's agreements; what patient and chaperone agreed;
 * signatures. Then a one-page chaperone card, used during the session. `{name}` in text is a
 * clinic value from clinic.config.ts, filled in when the page is built. Field ids are stable:
 * saved PDFs are read back by them.
 *
 * Version 2 (from 1): new fields `callDrops` (shown only for a video-call session), `medicines`,
 * `backupName`, `backupPhone`, `agreeSafetySteps`, `talking` and `chaperoneStays`; `modality` is
 * required and offers the two ways a session at home runs. `in-person` is retired: a chaperone
 * agreement covers a session at home, and at the clinic its staff watch over the patient (what the
 * patient needs then is a ride home, which the intention worksheet asks about). It is still read
 * from older PDFs, drafts and links, and shown only when it is the answer. `agreePrivate` now
 * allows sharing with the care team or emergency services. No field was removed, so a version 1
 * PDF resumes in full (tests/unit/pdf/older-versions.test.ts).
 */
export const chaperoneWorksheet: WorksheetDefinition = {
  id: 'chaperone',
  version: 2,
  order: 20,
  title: 'Chaperone agreement',
  description: 'Agree with your support person how they will keep you safe and supported at home.',
  fileName: 'chaperone-agreement',
  sections: [
    {
      id: 'session',
      title: 'The session',
      fields: [
        // Autocomplete: only the patient's own name ("name"); the chaperone's and care team's details are "off".
        {
          id: 'patientName',
          kind: 'text',
          label: 'Patient’s name',
          required: true,
          requiredMessage: 'Enter the patient’s name',
          maxLength: SHORT,
          autocomplete: 'name',
        },
        {
          id: 'chaperoneName',
          kind: 'text',
          label: 'Chaperone’s name',
          required: true,
          requiredMessage: 'Enter the chaperone’s name',
          maxLength: SHORT,
          autocomplete: 'off',
        },
        {
          id: 'relationship',
          kind: 'text',
          label: 'How the chaperone knows the patient',
          hint: 'For example: partner, friend, sister.',
          maxLength: SHORT,
          autocomplete: 'off',
        },
        {
          id: 'chaperonePhone',
          kind: 'tel',
          label: 'Chaperone’s phone number',
          required: true,
          requiredMessage: 'Enter the chaperone’s phone number',
          maxLength: 40,
          autocomplete: 'off',
        },
        sessionDateField,
        {
          id: 'startTime',
          kind: 'time',
          label: 'Start time',
          required: true,
          requiredMessage: 'Enter the start time of the session',
        },
        {
          id: 'address',
          kind: 'textarea',
          label: 'Address where the session happens',
          hint: 'What emergency services would need: {region.addressParts}, and how to get in.',
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
          label: 'How will the session happen?',
          hint: 'This agreement is for a session at home.',
          required: true,
          requiredMessage: 'Select how the session will happen',
          options: [
            { value: 'remote', label: 'At home, with the care team on a video call' },
            {
              value: 'self-led',
              label: 'At home, self-led',
              hint: 'No one from the care team is on a call. You can still phone them.',
            },
            // Retired in version 2 (see above): read from older answers, offered to no one.
            { value: 'in-person', label: 'In person, at the clinic', retired: true },
          ],
          prefillable: true,
        },
        {
          id: 'callDrops',
          kind: 'textarea',
          label: 'What will you do if the video call drops?',
          hint: 'For example: stay with the patient, call the clinic line, then join the call again.',
          maxLength: LONG,
          rows: 2,
          showWhen: { field: 'modality', equals: ['remote'] },
        },
        {
          id: 'medicines',
          kind: 'text',
          label: 'The patient’s medicines and allergies',
          hint: 'Emergency crews will ask. List each medicine with its dose, and any allergies. This goes on the chaperone card.',
          maxLength: MEDICINES,
          autocomplete: 'off',
        },
      ],
    },
    {
      id: 'care-team',
      title: 'Care team',
      intro: 'These numbers are printed large on the chaperone card.',
      fields: [
        {
          id: 'providerName',
          kind: 'text',
          label: 'Provider’s name',
          maxLength: SHORT,
          prefillable: true,
          autocomplete: 'off',
        },
        {
          id: 'providerPhone',
          kind: 'tel',
          label: 'Provider’s phone number',
          maxLength: 40,
          prefillable: true,
          autocomplete: 'off',
        },
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
        {
          id: 'backupName',
          kind: 'text',
          label: 'Backup contact’s name',
          hint: 'Someone the chaperone can call for help, who could come over if needed.',
          // Printed on the one-page card.
          maxLength: 80,
          autocomplete: 'off',
        },
        { id: 'backupPhone', kind: 'tel', label: 'Backup contact’s phone number', maxLength: 40, autocomplete: 'off' },
      ],
    },
    {
      id: 'agreements',
      title: 'What the chaperone agrees to',
      intro: 'Tick each one. The chaperone reads them and agrees to all of them.',
      fields: [
        agreement('agreeAdult', 'I am 18 or older.', 'you are 18 or older'),
        agreement(
          'agreeSober',
          'I will be sober before and during the session: no alcohol, cannabis or other drugs.',
          'you will be sober',
        ),
        agreement(
          'agreeStay',
          'I will stay in the home for the whole session, and until the patient is alert and moving safely.',
          'you will stay for the whole session',
        ),
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
          'agreeSafetySteps',
          'Before the session, I will put away sharp things and the car keys. The patient will not take a bath or go near a pool until the effects have worn off.',
          'you will take the safety steps',
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
        agreement(
          'agreePrivate',
          'What I see and hear during the session stays private. I will share it only with the care team or emergency services.',
          'what you see and hear stays private',
        ),
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
        {
          id: 'talking',
          kind: 'radio',
          label: 'Talking during the session',
          options: [
            { value: 'quiet', label: 'Quiet: the chaperone speaks only if the patient does, or to keep them safe' },
            { value: 'check-ins', label: 'Short check-ins, like “Are you OK?”' },
            { value: 'talk', label: 'Talking is welcome' },
          ],
        },
        {
          id: 'chaperoneStays',
          kind: 'radio',
          label: 'Where the chaperone stays',
          options: [
            { value: 'same-room', label: 'In the same room' },
            { value: 'next-room', label: 'In the next room, with the door open' },
          ],
          other: {
            label: 'Somewhere else',
            textLabel: 'Where the chaperone stays',
            maxLength: SHORT,
            requiredMessage: 'Enter where the chaperone will stay',
          },
        },
        {
          id: 'okSignal',
          kind: 'text',
          label: 'Signal for “I’m OK”',
          hint: 'For example: a thumbs up.',
          maxLength: SHORT,
          autocomplete: 'off',
        },
        {
          id: 'helpSignal',
          kind: 'text',
          label: 'Signal for “I need help”',
          hint: 'For example: raising a hand.',
          maxLength: SHORT,
          autocomplete: 'off',
        },
        {
          id: 'ifDistressed',
          kind: 'textarea',
          label: 'What helps if the patient becomes distressed',
          maxLength: LONG,
          rows: 3,
        },
        {
          id: 'leaveAsSet',
          kind: 'checkbox',
          label: 'The chaperone will leave the music and lighting as the patient set them.',
        },
      ],
    },
    {
      id: 'signatures',
      title: 'Signatures',
      intro: 'Typing your full name and the date is your signature. Drawing one as well is optional.',
      fields: [
        {
          id: 'patientSignedName',
          kind: 'text',
          label: 'Patient: full name',
          required: true,
          requiredMessage: 'Enter the patient’s full name to sign',
          maxLength: SHORT,
          autocomplete: 'name',
        },
        {
          id: 'patientSignedDate',
          kind: 'date',
          label: 'Patient: date signed',
          required: true,
          requiredMessage: 'Enter the date the patient signed',
        },
        { id: 'patientSignature', kind: 'signature', label: 'Patient: drawn signature' },
        {
          id: 'chaperoneSignedName',
          kind: 'text',
          label: 'Chaperone: full name',
          required: true,
          requiredMessage: 'Enter the chaperone’s full name to sign',
          maxLength: SHORT,
          autocomplete: 'off',
        },
        {
          id: 'chaperoneSignedDate',
          kind: 'date',
          label: 'Chaperone: date signed',
          required: true,
          requiredMessage: 'Enter the date the chaperone signed',
        },
        { id: 'chaperoneSignature', kind: 'signature', label: 'Chaperone: drawn signature' },
      ],
    },
  ],
  cards: [
    {
      title: 'Chaperone card',
      intro: 'Keep this where you can see it during the session.',
      // Used during the session: nothing here is a step before the dose. Blood pressure placeholders
      // carry their own comparison words (src/clinic/blood-pressure.ts), so none is written before them.
      blocks: [
        {
          kind: 'phones',
          title: 'Numbers',
          entries: [
            { label: 'Provider', answerKey: 'providerPhone' },
            { label: 'Clinic line', answerKey: 'clinicLine' },
            { label: 'Backup contact', answerKey: 'backupPhone' },
            { label: 'Emergency', answerKey: 'emergencyNumber' },
          ],
        },
        {
          kind: 'list',
          title: 'Call the care team if',
          items: [
            'blood pressure is {bloodPressure.callCareTeamAt}',
            'sickness or vomiting keeps going',
            'they want to stop, or it feels like too much (use calm words; remind them it will pass)',
            'the video call drops and you cannot join again',
            'you are unsure what to do',
          ],
        },
        {
          kind: 'list',
          title: 'Call {emergency.number} now if they',
          items: [
            'cannot be woken',
            'have trouble breathing or chest pain: call at once',
            'have a seizure',
            'vomit while not fully alert: turn them on their side first',
            'have blood pressure {bloodPressure.seekEmergencyCareAt} after {bloodPressure.restBeforeReading} of rest and a second check',
          ],
        },
        {
          kind: 'list',
          title: 'If they talk about hurting themselves',
          items: [
            'stay with them and call {crisis.line}',
            'call {emergency.number} if they are in danger now',
            'tell the care team',
          ],
        },
        {
          kind: 'steps',
          title: 'Recovery position',
          items: [
            'Kneel beside them. Put the near arm out at a right angle, palm up.',
            'Bring the far arm across the chest; hold that hand to their near cheek.',
            'Bend the far knee up, then pull it to roll them toward you onto their side.',
            'Tilt the head back a little, mouth pointing down. Stay and watch their breathing.',
          ],
        },
        {
          kind: 'answers',
          title: 'For emergency crews and helpers',
          entries: [
            { label: 'Backup contact', answerKey: 'backupName' },
            { label: 'Medicines and allergies', answerKey: 'medicines' },
          ],
        },
        {
          kind: 'log',
          title: 'Look-in log',
          columns: readingsLogColumns,
        },
      ],
    },
  ],
};

export default chaperoneWorksheet;

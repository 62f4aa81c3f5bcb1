import type { WorksheetDefinition } from '../types';

/** Long answers: room for a page of thought (the issue asks for at least 2,000 characters). */
const LONG = 2000;
/** Names and short answers. */
const SHORT = 120;

/**
 * The intention worksheet: the three preparation questions (intentions, grounding, fears) in our
 * own words, plus expectations, set and setting, support and the rest of the day. Field ids are
 * stable: saved PDFs are read back by them.
 *
 * Version 2 (from 1): `intentions` is optional (“I don’t know yet” is a fine answer); new fields
 * `sessionIntention`, `pastExperience`, `gentleTopics`, `gettingHome` and `restOfDay`; labels of
 * `intentions`, `groundingIdeas` and `fears` reworded. No field was removed or changed meaning, so a
 * version 1 PDF resumes in full (tests/unit/pdf/older-versions.test.ts).
 */
export const intentionWorksheet: WorksheetDefinition = {
  id: 'intention',
  version: 2,
  order: 10,
  title: 'Intention worksheet',
  description:
    'Write down your intentions, what grounds you, your fears and your hopes before your first dosing session.',
  fileName: 'intention-worksheet',
  sections: [
    {
      id: 'about',
      title: 'About this worksheet',
      fields: [
        { id: 'yourName', kind: 'text', label: 'Your name', maxLength: SHORT, autocomplete: 'name' },
        { id: 'preparationDate', kind: 'date', label: 'Date of your preparation session' },
        {
          id: 'dosingDate',
          kind: 'date',
          label: 'Planned date of your first dosing session',
          prefillable: true,
        },
        {
          id: 'providerName',
          kind: 'text',
          label: 'Your therapist or provider',
          maxLength: SHORT,
          prefillable: true,
          autocomplete: 'off',
        },
        {
          id: 'practice',
          kind: 'text',
          label: 'Their practice or clinic',
          maxLength: SHORT,
          prefillable: true,
          autocomplete: 'off',
        },
      ],
    },
    {
      id: 'intentions',
      title: 'Intentions',
      intro: 'An intention is a direction, not a goal you must reach. It can be a word, a question or a feeling.',
      fields: [
        {
          id: 'intentions',
          kind: 'textarea',
          label: 'What do you hope this therapy can help with?',
          hint: 'It is fine to write “I don’t know yet”. Or, for example: “I want to understand why I feel stuck” or “I want to be kinder to myself”.',
          maxLength: LONG,
        },
        {
          id: 'sessionIntention',
          kind: 'text',
          label: 'One line to take into the session',
          hint: 'A few words you can come back to if you feel lost. For example: “Stay curious” or “I am safe”.',
          maxLength: SHORT,
          autocomplete: 'off',
        },
        {
          id: 'whyNow',
          kind: 'textarea',
          label: 'Why now?',
          hint: 'What made you decide to try this at this point in your life?',
          maxLength: LONG,
        },
      ],
    },
    {
      id: 'grounding',
      title: 'Grounding',
      intro: 'Grounding means things that help you feel steady and safe if the experience gets intense.',
      fields: [
        {
          id: 'groundingIdeas',
          kind: 'textarea',
          label: 'What helps you feel calm and steady when things feel like too much?',
          maxLength: LONG,
        },
        {
          id: 'groundingOptions',
          kind: 'checkbox-group',
          label: 'Which of these might help you?',
          hint: 'Select all that apply.',
          options: [
            { value: 'slow-breathing', label: 'Slow breathing' },
            { value: 'music', label: 'Music' },
            { value: 'object', label: 'An object to hold' },
            { value: 'word', label: 'A word or phrase' },
            { value: 'hand-on-shoulder', label: 'A hand on the shoulder, if agreed beforehand' },
            { value: 'open-eyes', label: 'Opening your eyes' },
          ],
          other: {
            label: 'Something else',
            textLabel: 'What else might help',
            maxLength: SHORT,
            requiredMessage: 'Enter what else might help you',
          },
        },
      ],
    },
    {
      id: 'fears',
      title: 'Fears and concerns',
      intro: 'Naming a fear often makes it smaller. Your therapist can plan with you for each one.',
      fields: [
        {
          id: 'fears',
          kind: 'textarea',
          label: 'What worries you about the session?',
          hint: 'Big or small. For example: feeling sick, losing control, or what you might feel.',
          maxLength: LONG,
        },
        {
          id: 'ifFearsComeUp',
          kind: 'textarea',
          label: 'What would you like your therapist or chaperone to do if these fears come up?',
          maxLength: LONG,
        },
        {
          id: 'gentleTopics',
          kind: 'textarea',
          label: 'Topics to go gently with',
          hint: 'Things you would like your therapist to go slowly with, or to bring up only if you do.',
          maxLength: LONG,
          rows: 3,
        },
      ],
    },
    {
      id: 'expectations',
      title: 'Expectations',
      intro: 'Every session is different. Holding your hopes lightly can make room for what actually happens.',
      fields: [
        {
          id: 'hopes',
          kind: 'textarea',
          label: 'What do you hope might change?',
          maxLength: LONG,
        },
        { id: 'unsure', kind: 'textarea', label: 'What are you unsure about?', maxLength: LONG },
        {
          id: 'pastExperience',
          kind: 'textarea',
          label: 'Have you had times when your mind felt very different from usual?',
          hint: 'Some people call these altered states. For example: in meditation, breathwork, surgery, a high fever, or from a drug. What was it like?',
          maxLength: LONG,
          rows: 3,
        },
      ],
    },
    {
      id: 'setting',
      title: 'Set and setting',
      fields: [
        {
          id: 'modality',
          kind: 'radio',
          label: 'How will your dosing session happen?',
          options: [
            { value: 'in-person', label: 'In person, at the clinic' },
            { value: 'remote', label: 'Remote, at home with a chaperone' },
            { value: 'group', label: 'In a group' },
            { value: 'self-led', label: 'Self-led' },
          ],
          prefillable: true,
        },
        {
          id: 'lighting',
          kind: 'text',
          label: 'Lighting',
          hint: 'For example: dim light, eyeshades, a lamp.',
          maxLength: SHORT,
          autocomplete: 'off',
        },
        {
          id: 'scent',
          kind: 'text',
          label: 'Scent',
          hint: 'For example: none, lavender, fresh air.',
          maxLength: SHORT,
          autocomplete: 'off',
        },
        {
          id: 'soundAndMusic',
          kind: 'textarea',
          label: 'Sound and music',
          hint: 'A playlist, silence, headphones or speakers.',
          maxLength: LONG,
          rows: 3,
        },
        {
          id: 'comfortItems',
          kind: 'checkbox-group',
          label: 'Comfort items',
          hint: 'Select all you would like to have with you.',
          options: [
            { value: 'blanket', label: 'Blanket' },
            { value: 'pillow', label: 'Pillow' },
            { value: 'eyeshades', label: 'Eyeshades' },
            { value: 'headphones', label: 'Headphones' },
            { value: 'water', label: 'Water' },
            { value: 'journal', label: 'A journal for afterwards' },
          ],
          other: {
            label: 'Something else',
            textLabel: 'Other comfort items',
            maxLength: SHORT,
            requiredMessage: 'Enter the other comfort items you would like',
          },
        },
      ],
    },
    {
      id: 'support',
      title: 'Support and the rest of the day',
      fields: [
        {
          id: 'supportPeople',
          kind: 'textarea',
          label: 'Who can you talk to after the session?',
          maxLength: LONG,
          rows: 3,
        },
        {
          id: 'gettingHome',
          kind: 'textarea',
          label: 'How will you get home after the session?',
          hint: 'Do not drive until {driving.allowedAgain}. For example: a friend drives me, or I take a taxi. If the session is at home, write who will be with you.',
          maxLength: LONG,
          rows: 2,
        },
        {
          id: 'restOfDay',
          kind: 'textarea',
          label: 'Your plan for the rest of the day',
          hint: 'For example: rest, a light meal, a walk, someone to check on you. Keep the day free of work and big decisions.',
          maxLength: LONG,
          rows: 3,
        },
        {
          id: 'notesForTherapist',
          kind: 'textarea',
          label: 'Notes for your therapist',
          maxLength: LONG,
        },
      ],
    },
  ],
};

export default intentionWorksheet;

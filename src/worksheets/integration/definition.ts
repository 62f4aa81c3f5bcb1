import type { WorksheetDefinition } from '../types';

/** Short notes: a line about sleep. */
const NOTE = 200;
/** Free text: room for a page of thought (the kit's least for a free-text answer). */
const LONG = 2000;

/**
 * The integration journal, for the first days after a dosing session: a few dated entries (how
 * they slept, how they feel, what came up, what to keep), then what to bring to the integration
 * session and when to call the care team. Sourced in the integration module
 * (src/content/modules/after-the-session-integration.mdx): rest, journal soon after (memories fade
 * like a dream), bring the journal to the integration session, and its lists of when to reach out
 * and when to get help at once, which the card below repeats in the same meaning. `{name}` in text
 * is a clinic value from clinic.config.ts, filled in when the page is built; nothing here is typed
 * as a number. Field ids are stable: saved PDFs are read back by them (an entry's answers are
 * `<id><n>`, e.g. `cameUp2`).
 */
export const integrationWorksheet: WorksheetDefinition = {
  id: 'integration',
  version: 1,
  order: 40,
  title: 'Integration journal',
  description:
    'Jot down how you sleep and feel in the days after a dosing session, and what you want to bring to your integration session.',
  fileName: 'integration-journal',
  sections: [
    {
      id: 'entries',
      title: 'Your days after the session',
      intro:
        'Memories from a session can fade quickly, like a dream, so a few notes made soon after help you keep them. Write a little each day, for as many days as you like. Single words and half sentences count, and you can skip any question.',
      repeat: { max: 7, entryTitle: 'Entry', addLabel: 'Add another entry', removeLabel: 'Remove entry' },
      fields: [
        {
          id: 'entryDate',
          kind: 'date',
          label: 'Date',
          required: true,
          requiredMessage: 'Enter the date of this entry',
        },
        {
          id: 'sleep',
          kind: 'radio',
          label: 'How did you sleep?',
          options: [
            { value: 'well', label: 'Well' },
            { value: 'on-and-off', label: 'On and off' },
            { value: 'badly', label: 'Badly' },
          ],
        },
        {
          id: 'sleepNotes',
          kind: 'text',
          label: 'Anything about your sleep',
          hint: 'For example: vivid dreams, or woke up early.',
          maxLength: NOTE,
          autocomplete: 'off',
        },
        {
          id: 'feeling',
          kind: 'textarea',
          label: 'How do you feel today?',
          hint: 'In your body and in your mood. A few words are enough, such as “calm”, “tired” or “tearful”.',
          maxLength: LONG,
          rows: 3,
        },
        {
          id: 'cameUp',
          kind: 'textarea',
          label: 'What came up?',
          hint: 'Memories, people, thoughts or feelings, in the session or since. What surprised you? Was anything hard, and what helped you through it?',
          maxLength: LONG,
          rows: 4,
        },
        {
          id: 'toKeep',
          kind: 'textarea',
          label: 'Images, words or moments to keep',
          hint: 'A color, a sound, a scene or a phrase. If words will not come, a few feelings are enough.',
          maxLength: LONG,
          rows: 3,
        },
      ],
    },
    {
      id: 'integration-session',
      title: 'Your integration session',
      intro:
        'After a dosing session, you meet your therapist to make sense of what came up. Bring this journal with you. There is no right or wrong way to have had a session.',
      fields: [
        { id: 'integrationDate', kind: 'date', label: 'Date of your integration session', prefillable: true },
        {
          id: 'toBring',
          kind: 'textarea',
          label: 'What do you want to bring to your integration session?',
          hint: 'Something you want to understand better, how your intention looks to you now, or one small thing you might try this week.',
          maxLength: LONG,
          rows: 4,
        },
      ],
    },
    {
      id: 'when-to-call',
      title: 'When to call your care team',
      intro:
        'Your care team wants to hear from you between sessions. Call them at {clinic.phone} if a side effect does not go away or worries you, your mood feels worse, or something feels off. If you have thoughts of harming yourself, contact {crisis.line} now, and tell your care team. If you might act on these thoughts, or you are in danger, call {emergency.call}.',
      fields: [
        {
          id: 'therapistName',
          kind: 'text',
          label: 'Your therapist’s name',
          maxLength: 120,
          prefillable: true,
          autocomplete: 'off',
        },
        // The clinic's number to start with; the patient may have a direct line instead.
        {
          id: 'careTeamPhone',
          kind: 'tel',
          label: 'Your care team’s phone number',
          defaultFrom: 'clinic.phone',
          maxLength: 40,
          autocomplete: 'off',
        },
      ],
    },
  ],
  cards: [
    {
      title: 'When to call',
      intro: 'Keep this where you can see it in the days after your session.',
      // The integration module's lists ("When to reach out to your care team", "When to get help
      // right away"), in the same meaning; the chaperone card's emergency signs agree with them.
      blocks: [
        { kind: 'phones', title: 'Numbers', entries: [{ label: 'Your care team', answerKey: 'careTeamPhone' }] },
        {
          kind: 'list',
          title: 'Call your care team if',
          // The module's list, word for word (tests/unit/worksheets/integration-journal.test.ts).
          items: [
            'a side effect does not go away or worries you',
            'you feel sick to your stomach for a long time',
            'you have pain when you pee, or need to go much more often',
            'your mood feels worse, or you feel more anxious than usual',
            'you have trouble sleeping for several nights',
            'you have a question about your treatment, your medicines, or your next session',
          ],
        },
        {
          kind: 'list',
          title: 'If you think about harming yourself',
          items: [
            'contact {crisis.line} to talk with someone now',
            'call {emergency.number} if you might act on these thoughts, or you are in danger',
            'tell your care team too',
          ],
        },
        {
          kind: 'list',
          title: 'Call {emergency.number} now if you have',
          items: ['chest pain', 'trouble breathing', 'any other sign of a medical emergency'],
        },
      ],
    },
  ],
};

export default integrationWorksheet;

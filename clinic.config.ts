import { defineClinicConfig } from './src/schemas/clinic';

/**
 * The kit's example clinic, used when the project has no clinic folder. A clinic does not edit this
 * file: it copies it to `clinic/config.ts` and edits that (its own folder, which kit releases never
 * touch). See "Your clinic folder" in README.md. Every value is checked when the site builds.
 *
 * These defaults are placeholders for an example clinic.
 * The protocol numbers are examples drawn from published clinic instructions, not recommendations.
 */
export default defineClinicConfig({
  clinic: {
    name: 'Example Clinic',
    // 555-0100 to 555-0199 are reserved for fiction in North America.
    phone: '+1 201 555 0100',
    email: 'care@example.org',
    website: 'https://example.org',
    country: 'US',
  },
  // Settings that are words (read inside a sentence) are given in each language the site is built in.
  emergency: {
    number: '911',
    phrase: { en: 'your local emergency number', es: 'tu número local de emergencias' },
  },
  // Answers in English and Spanish. UK and Ireland:
  // { name: { en: 'Samaritans', es: 'Samaritans' }, number: '116 123', how: { en: 'call', es: 'llama al' } }.
  crisisLine: {
    name: { en: 'the 988 Suicide & Crisis Lifeline', es: 'la Línea 988 de Prevención del Suicidio y Crisis' },
    number: '988',
    how: { en: 'call or text', es: 'llama o envía un mensaje de texto al' },
  },
  protocol: {
    fasting: { food: 4, clearLiquids: 2 },
    bloodPressure: {
      // Before the dose. The esketamine label weighs the risk above 140/90 before dosing.
      doNotStartAbove: { systolic: 140, diastolic: 90 },
      // During or after the session. Ketamine is expected to raise blood pressure, so this is higher;
      // an example only — your medical lead sets it.
      callCareTeamAt: { systolic: 160, diastolic: 100 },
      // Public guidance: 180/120 or higher after a rest and a recheck is an emergency.
      seekEmergencyCareAt: { systolic: 180, diastolic: 120 },
      restBeforeReadingMinutes: 5,
    },
    noAlcoholOrCannabisHours: 48,
    holdInMouthMinutes: { min: 7, max: 12 },
    lookInIntervalMinutes: 15,
    sessionLengthHours: { min: 2, max: 3 },
    drivingAllowedAgain: { en: 'the next day, after a full night’s sleep', es: 'el día siguiente, después de dormir toda la noche' },
    // The dosing-day plan: when a chaperone arrives for a session at home, and how early to come
    // to the clinic for a session there (minutes before the start).
    chaperoneArrivesMinutesBefore: 30,
    arriveAtClinicMinutesBefore: 15,
  },
  pdf: { pageSize: 'letter' },
});

import { defineClinicConfig } from './src/schemas/clinic';

/**
 * The one file a clinic edits. Every value is checked when the site builds; a mistake stops the
 * build with a message naming the setting. See "How a clinic configures the kit" in README.md.
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
  emergency: {
    number: '911',
    phrase: 'your local emergency number',
  },
  protocol: {
    fasting: { food: 4, clearLiquids: 2 },
    bloodPressure: {
      doNotStartAbove: { systolic: 140, diastolic: 90 },
      seekEmergencyCareAt: { systolic: 180, diastolic: 120 },
    },
    lookInIntervalMinutes: 15,
    sessionLengthHours: { min: 2, max: 3 },
    drivingAllowedAgain: 'the next day, after a full night’s sleep',
  },
  pdf: { pageSize: 'letter' },
});

import { defineClinicConfig } from '../src/schemas/clinic';

/**
 * An example clinic folder: a small UK clinic that brands the kit, adds a module, hides one,
 * replaces one and words a few strings its own way. To start your own, copy this folder to
 * `clinic/` at the project's root and change what is yours (README, "Your clinic folder").
 * tests/build/clinic-folder-build.test.ts builds the kit with it, changing no kit file.
 *
 * Phone numbers are from the ranges Ofcom keeps for drama (0118 496 0000–0999), so they reach no one.
 */
export default defineClinicConfig({
  clinic: {
    name: 'Thames Valley KAP Clinic',
    phone: '0118 496 0123',
    email: 'care@thamesvalleykap.example',
    website: 'https://thamesvalleykap.example',
    country: 'GB',
    address: ['12 Riverside Walk', 'Reading RG1 8AA'],
  },
  emergency: {
    number: '999',
    phrase: { en: 'the emergency services', es: 'los servicios de emergencia' },
  },
  crisisLine: {
    name: { en: 'Samaritans', es: 'Samaritans' },
    number: '116 123',
    how: { en: 'call', es: 'llama al' },
  },
  protocol: {
    fasting: { food: 6, clearLiquids: 2 },
    bloodPressure: {
      doNotStartAbove: { systolic: 140, diastolic: 90 },
      callCareTeamAt: { systolic: 160, diastolic: 100 },
      seekEmergencyCareAt: { systolic: 180, diastolic: 120 },
      restBeforeReadingMinutes: 5,
    },
    noAlcoholOrCannabisHours: 48,
    holdInMouthMinutes: { min: 7, max: 12 },
    lookInIntervalMinutes: 15,
    sessionLengthHours: { min: 2, max: 3 },
    drivingAllowedAgain: {
      en: 'the next day, after a full night’s sleep',
      es: 'el día siguiente, después de dormir toda la noche',
    },
    arriveAtClinicMinutesBefore: 20,
  },
  pdf: { pageSize: 'a4' },
  brand: {
    name: 'Thames Valley KAP',
    shortName: 'TV KAP',
    logo: 'brand/logo.png',
    icon: 'brand/icon.svg',
    accent: { light: '#00594f', dark: '#6fd3c3' },
    footer: {
      en: 'Thames Valley KAP Clinic Ltd, registered in England and Wales, company no. 01234567.',
      es: 'Thames Valley KAP Clinic Ltd, registrada en Inglaterra y Gales con el n.º de empresa 01234567.',
    },
  },
  privacy: {
    dataController: 'Thames Valley KAP Clinic Ltd, 12 Riverside Walk, Reading RG1 8AA',
    contact: 'privacy@thamesvalleykap.example',
    registration: 'ICO registration ZA000000',
  },
  modules: {
    // Every session is at the clinic, so the guide to sessions at home is not for these patients;
    // links to it go to the clinic's own guide to getting there.
    hide: [{ slug: 'remote-sessions-and-your-chaperone', linksGoTo: 'getting-to-the-clinic' }],
  },
});

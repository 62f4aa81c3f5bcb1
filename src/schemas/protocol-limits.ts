/**
 * The ranges clinic numbers must fall in, shared by `clinic.config.ts` validation (./clinic.ts) and
 * by provider links that override a number for one patient (the kinds of value in
 * src/clinic/override-kinds.ts), so a link can never set a value the clinic's own config would
 * refuse. Plain data: no zod here, because the link code runs in the browser and uses zod/mini
 * while the config uses classic zod. Phone numbers have one rule of their own: src/lib/phone.ts.
 */
export const protocolLimits = {
  /** Hours before dosing to stop eating or drinking clear liquids. */
  fastingHours: { min: 0, max: 24 },
  /** Blood pressure, mm Hg; systolic must also be above diastolic. */
  systolic: { min: 70, max: 260 },
  diastolic: { min: 40, max: 160 },
  /** How often a chaperone looks in, whole minutes (at least hourly). */
  lookInIntervalMinutes: { min: 1, max: 60 },
  /** Minutes to rest before a blood-pressure reading or recheck. */
  restBeforeReadingMinutes: { min: 1, max: 30 },
  /** Hours before a session with no alcohol or cannabis (up to a week). */
  noAlcoholOrCannabisHours: { min: 0, max: 168 },
  /** Minutes the medicine is held in the mouth. */
  holdInMouthMinutes: { min: 1, max: 30 },
  /** Hours a session lasts. */
  sessionLengthHours: { min: 0, max: 12 },
} as const;

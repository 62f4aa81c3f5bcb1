/**
 * The one blood-pressure model of the kit: three levels a clinic sets, when each applies, and how a
 * reading is compared with each. Config validation, provider links, the link builder, prose
 * (`<ClinicValue>`), worksheets, the chaperone card and the PDF all take the comparison from here,
 * so no two places can word the same threshold differently ("above" in one, "at or above" in
 * another). Plain data and plain functions: it runs at build time and in the browser alike.
 */

/** A blood-pressure reading, mm Hg. */
export interface BloodPressure {
  systolic: number;
  diastolic: number;
}

/**
 * How a reading is compared with a level. Either number counts: a reading is "above 140/90" when
 * its top number is above 140 or its bottom number is above 90 (one high number is enough).
 */
export type Comparison = 'above' | 'atOrAbove';

/** The key of each level under `protocol.bloodPressure` in clinic.config.ts. */
export type BloodPressureLevelKey = 'doNotStartAbove' | 'callCareTeamAt' | 'seekEmergencyCareAt';

/** One level: when it applies and how a reading is compared with it. */
export interface BloodPressureLevel {
  key: BloodPressureLevelKey;
  /** When in the day the level is used. */
  applies: 'beforeDose' | 'duringOrAfter' | 'anyTime';
  comparison: Comparison;
}

/**
 * The levels, lowest first (config validation requires each to be higher than the one before, in
 * both numbers). Comparisons follow the sources: the esketamine label weighs the risk when a reading
 * before dosing is *above* 140/90, so "do not start" is strict; calling for help is "at or above".
 * - `doNotStartAbove`: before the dose only — do not take the medicine above it.
 * - `callCareTeamAt`: during or after the session — ketamine is expected to raise blood pressure,
 *   so this is a separate, higher number, never the do-not-start level reused mid-session.
 * - `seekEmergencyCareAt`: at any time, after a rest and a recheck (symptoms matter more).
 */
export const bloodPressureLevels = [
  { key: 'doNotStartAbove', applies: 'beforeDose', comparison: 'above' },
  { key: 'callCareTeamAt', applies: 'duringOrAfter', comparison: 'atOrAbove' },
  { key: 'seekEmergencyCareAt', applies: 'anyTime', comparison: 'atOrAbove' },
] as const satisfies readonly BloodPressureLevel[];

/** The comparison used for a level. */
export const comparisonOf = (key: BloodPressureLevelKey): Comparison =>
  bloodPressureLevels.find((level) => level.key === key)!.comparison;

/**
 * Whether a reading reaches a level, as the kit tells patients to read it: either number is enough.
 * @param reading what the monitor showed
 * @param level the clinic's (or the provider's) level
 * @param comparison how that level compares (see {@link comparisonOf})
 */
export function readingReaches(reading: BloodPressure, level: BloodPressure, comparison: Comparison): boolean {
  const beyond = (value: number, limit: number) => (comparison === 'above' ? value > limit : value >= limit);
  return beyond(reading.systolic, level.systolic) || beyond(reading.diastolic, level.diastolic);
}

/**
 * Whether the levels rise in order (each strictly higher than the one before in both numbers), as
 * clinic.config.ts and provider links require: a call-the-care-team level at or below the
 * do-not-start level would have a chaperone calling from the first minute of every session.
 */
export function levelsRiseInOrder(levels: Record<BloodPressureLevelKey, BloodPressure>): boolean {
  return bloodPressureLevels.every((level, index) => {
    if (index === 0) return true;
    const below = levels[bloodPressureLevels[index - 1]!.key];
    const current = levels[level.key];
    return current.systolic > below.systolic && current.diastolic > below.diastolic;
  });
}

/** How a reading is written: `140/90 mm Hg`. */
export const readingText = ({ systolic, diastolic }: BloodPressure) => `${systolic}/${diastolic} mm Hg`;

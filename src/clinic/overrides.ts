import type { ClinicConfig } from '../schemas/clinic';
import { levelsRiseInOrder, type BloodPressure } from './blood-pressure';
import type { ClinicValueName } from './values';

export type { BloodPressure } from './blood-pressure';

/**
 * The clinic values a provider's link may change for one patient (see
 * docs/decisions/0002-provider-links.md). Named as `<ClinicValue name>` names them, so a link reads
 * `o.fasting.food=6` and the page knows at once which values on it to mark "set by your provider".
 * Contacts other than the care-team phone, the emergency number and session facts are the
 * clinic's alone: a link must never be able to change who a patient calls in an emergency.
 */
export const overridableNames = [
  'clinic.phone',
  'fasting.food',
  'fasting.clearLiquids',
  'bloodPressure.doNotStartAbove',
  'bloodPressure.callCareTeamAt',
  'bloodPressure.seekEmergencyCareAt',
  'lookIn.interval',
] as const satisfies readonly ClinicValueName[];

/** A clinic value a link may override. */
export type OverridableName = (typeof overridableNames)[number];

/** Values a link sets, each optional; absent ones keep the clinic's. */
export interface ClinicOverrides {
  'clinic.phone'?: string;
  'fasting.food'?: number;
  'fasting.clearLiquids'?: number;
  'bloodPressure.doNotStartAbove'?: BloodPressure;
  'bloodPressure.callCareTeamAt'?: BloodPressure;
  'bloodPressure.seekEmergencyCareAt'?: BloodPressure;
  'lookIn.interval'?: number;
}

/** Whether `name` is one a link may override. */
export const isOverridableName = (name: string): name is OverridableName =>
  (overridableNames as readonly string[]).includes(name);

/**
 * The clinic config with a link's overrides in place (a new object; the clinic's is untouched), so
 * every formatter, the worksheet text and the PDF read overridden values the same way as the clinic's.
 */
export function applyOverrides(config: ClinicConfig, overrides: ClinicOverrides): ClinicConfig {
  const { fasting, bloodPressure } = config.protocol;
  return {
    ...config,
    clinic: { ...config.clinic, phone: overrides['clinic.phone'] ?? config.clinic.phone },
    protocol: {
      ...config.protocol,
      fasting: {
        food: overrides['fasting.food'] ?? fasting.food,
        clearLiquids: overrides['fasting.clearLiquids'] ?? fasting.clearLiquids,
      },
      bloodPressure: {
        ...bloodPressure,
        doNotStartAbove: overrides['bloodPressure.doNotStartAbove'] ?? bloodPressure.doNotStartAbove,
        callCareTeamAt: overrides['bloodPressure.callCareTeamAt'] ?? bloodPressure.callCareTeamAt,
        seekEmergencyCareAt: overrides['bloodPressure.seekEmergencyCareAt'] ?? bloodPressure.seekEmergencyCareAt,
      },
      lookInIntervalMinutes: overrides['lookIn.interval'] ?? config.protocol.lookInIntervalMinutes,
    },
  };
}

/** A group of values that must agree with each other, as clinic.config.ts requires. */
export type OverridePair = 'fasting' | 'bloodPressure';

interface PairRule {
  pair: OverridePair;
  names: readonly OverridableName[];
  holds: (config: ClinicConfig) => boolean;
}

const pairRules: PairRule[] = [
  {
    pair: 'fasting',
    names: ['fasting.food', 'fasting.clearLiquids'],
    holds: (c) => c.protocol.fasting.clearLiquids <= c.protocol.fasting.food,
  },
  {
    pair: 'bloodPressure',
    names: ['bloodPressure.doNotStartAbove', 'bloodPressure.callCareTeamAt', 'bloodPressure.seekEmergencyCareAt'],
    // The same rule as clinic.config.ts: each level higher than the one before, in both numbers.
    holds: (c) => levelsRiseInOrder(c.protocol.bloodPressure),
  },
];

/** The values that must agree with each other, in groups: when a group breaks its rule, all of it is dropped. */
export const overridePairs = Object.fromEntries(pairRules.map((rule) => [rule.pair, rule.names])) as Record<
  OverridePair,
  readonly OverridableName[]
>;

/**
 * Drops overrides that, together with the clinic's other values, break a rule the clinic's own
 * config must follow (clear liquids no longer than food; the blood-pressure levels rising in
 * order). Every value of a broken group falls back to the clinic's: mixing them could print a
 * blood-pressure level no one chose.
 * @returns the overrides that can be used, and the pairs that were dropped
 */
export function consistentOverrides(
  config: ClinicConfig,
  overrides: ClinicOverrides,
): { overrides: ClinicOverrides; dropped: OverridePair[] } {
  const kept = { ...overrides };
  const dropped: OverridePair[] = [];
  for (const rule of pairRules) {
    if (rule.holds(applyOverrides(config, kept))) continue;
    for (const name of rule.names) delete kept[name];
    dropped.push(rule.pair);
  }
  return { overrides: kept, dropped };
}

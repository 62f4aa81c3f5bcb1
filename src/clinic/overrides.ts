import type { ClinicConfig } from '../schemas/clinic';
import { levelsRiseInOrder } from './blood-pressure';
import {
  overridableValues,
  type ClinicOverrides,
  type OverridableName,
  type OverrideGroup,
} from './overridable-values';

export type { BloodPressure } from './blood-pressure';
export type { ClinicOverrides, OverridableName } from './overridable-values';

/**
 * What a provider's link may change for one patient, and how those changes are applied and kept
 * consistent (see docs/decisions/0002-provider-links.md). Each value is one row of
 * ./overridable-values.ts; everything here follows from that table.
 */

/**
 * The names of the clinic values a link may override, in the table's order. Named as
 * `<ClinicValue name>` names them, so a link reads `o.fasting.food=6` and the page knows at once
 * which values on it to mark "set by your provider".
 */
export const overridableNames: readonly OverridableName[] = overridableValues.map((value) => value.name);

/** Whether `name` is one a link may override. */
export const isOverridableName = (name: string): name is OverridableName =>
  (overridableNames as readonly string[]).includes(name);

/**
 * The clinic config with a link's overrides in place (a new object; the clinic's is untouched), so
 * every formatter, the worksheet text and the PDF read overridden values the same way as the clinic's.
 */
export function applyOverrides(config: ClinicConfig, overrides: ClinicOverrides): ClinicConfig {
  return overridableValues.reduce<ClinicConfig>(
    (merged, { name, apply }) => {
      const value = overrides[name];
      // Each row's `apply` takes its own value type; `name` ties the two together.
      return value === undefined
        ? merged
        : (apply as (config: ClinicConfig, value: unknown) => ClinicConfig)(merged, value);
    },
    { ...config },
  );
}

/** A group of values that must agree with each other, as clinic.config.ts requires. */
export type OverridePair = OverrideGroup;

/** The rule each group keeps, the same as clinic.config.ts's; its members are the table's rows with that `group`. */
const groupRules: Record<OverridePair, (config: ClinicConfig) => boolean> = {
  fasting: (c) => c.protocol.fasting.clearLiquids <= c.protocol.fasting.food,
  // Each level higher than the one before, in both numbers.
  bloodPressure: (c) => levelsRiseInOrder(c.protocol.bloodPressure),
};

const membersOf = (pair: OverridePair): readonly OverridableName[] =>
  overridableValues.filter((value) => 'group' in value && value.group === pair).map((value) => value.name);

/** The values that must agree with each other, in groups: when a group breaks its rule, all of it is dropped. */
export const overridePairs: Record<OverridePair, readonly OverridableName[]> = {
  fasting: membersOf('fasting'),
  bloodPressure: membersOf('bloodPressure'),
};

const pairRules = (Object.keys(groupRules) as OverridePair[]).map((pair) => ({
  pair,
  names: overridePairs[pair],
  holds: groupRules[pair],
}));

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

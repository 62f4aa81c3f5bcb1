import type { LinkStringKey } from '../i18n/strings';
import type { ClinicConfig } from '../schemas/clinic';
import { protocolLimits } from '../schemas/protocol-limits';
import type { BloodPressure, BloodPressureLevelKey } from './blood-pressure';
import { bloodPressure, hours, phoneNumber, wholeMinutes, type OverrideKind } from './override-kinds';
import type { ClinicValueName } from './values';

/**
 * The clinic values a provider's link may change for one patient, one row each: the single place
 * that says what a value is called, how a link carries it, what it may be, how the link builder
 * asks for it, how it changes the config and how notices name it. The link schema
 * (src/schemas/link-fragment.ts), the writer, the builder's inputs and the notices all loop over
 * this table, so adding an overridable value is one row here plus its words in
 * src/i18n/en/links.json (a test requires them; every other locale's links.json follows by parity).
 *
 * Contacts other than the care-team phone, the emergency number and session facts are the clinic's
 * alone: a link must never be able to change who a patient calls in an emergency.
 */

/** A group of values that must agree with each other, as clinic.config.ts requires (see overrides.ts). */
export type OverrideGroup = 'fasting' | 'bloodPressure';

/** How the link builder asks for a value. */
export interface BuilderInput {
  /** `tel` brings up the phone keypad; everything else is text (GOV.UK: `type="number"` rounds and scrolls away values). */
  type: 'tel' | 'text';
  /** The keyboard for numbers typed as text. */
  inputMode?: 'decimal' | 'numeric';
  /** A narrow input, for short numbers. */
  short: boolean;
  /**
   * The input's label, with the unit to type in. Blood-pressure rows use the shared
   * `builder.override.bloodPressure`, which takes `{setting}` (the row's notice label) and the
   * level's comparison word.
   */
  label: LinkStringKey;
  /** A hint after "Leave empty to use the clinic's: …", on how to write the value. */
  hint?: LinkStringKey;
  /** A value a provider might type, as typed (tests build links with it). */
  example: string;
}

/** One overridable value. `T` is the value as the config holds it. */
export interface OverridableValue<Name extends ClinicValueName = ClinicValueName, T = unknown> {
  /** As `<ClinicValue name>` names it, so the link key `o.<name>` also says which values on a page to mark. */
  name: Name;
  /** The setting it replaces in clinic.config.ts, whose rule (range, format) the link keeps to. */
  setting: string;
  /** How the link writes and reads it (./override-kinds.ts). */
  kind: OverrideKind<T>;
  /** The config with this value replaced (a new object; the one given is untouched). */
  apply: (config: ClinicConfig, value: T) => ClinicConfig;
  /** Values that must agree with each other are dropped together when they do not (overrides.ts). */
  group?: OverrideGroup;
  /** For blood-pressure levels: which one, for its comparison word. */
  level?: BloodPressureLevelKey;
  input: BuilderInput;
  notice: {
    /** How notices and the builder's list of left-out values name it: "Stop eating before dosing". */
    label: LinkStringKey;
    /** The patient's notice when the link's value was refused; takes the kind's `words`. */
    refused: LinkStringKey;
  };
}

// Infers each row's name and value type, so `ClinicOverrides` below follows from the table.
const row = <Name extends ClinicValueName, T>(value: OverridableValue<Name, T>) => value;

const withProtocol = (config: ClinicConfig, protocol: Partial<ClinicConfig['protocol']>): ClinicConfig => ({
  ...config,
  protocol: { ...config.protocol, ...protocol },
});

const withLevel = (config: ClinicConfig, level: BloodPressureLevelKey, reading: BloodPressure) =>
  withProtocol(config, { bloodPressure: { ...config.protocol.bloodPressure, [level]: reading } });

const bloodPressureInput = (example: string): BuilderInput => ({
  type: 'text',
  short: true,
  label: 'builder.override.bloodPressure',
  hint: 'builder.overrides.bloodPressureFormat',
  example,
});

/** Every overridable value, in the order the builder asks for them and notices list them. */
export const overridableValues = [
  row({
    name: 'clinic.phone',
    setting: 'clinic.phone',
    kind: phoneNumber,
    apply: (config, phone) => ({ ...config, clinic: { ...config.clinic, phone } }),
    input: { type: 'tel', short: false, label: 'builder.override.clinic.phone', example: '+1 201 555 0142' },
    notice: { label: 'link.override.clinic.phone', refused: 'link.notice.override.clinic.phone' },
  }),
  row({
    name: 'fasting.food',
    setting: 'protocol.fasting.food',
    kind: hours(protocolLimits.fastingHours),
    apply: (config, food) => withProtocol(config, { fasting: { ...config.protocol.fasting, food } }),
    group: 'fasting',
    input: { type: 'text', inputMode: 'decimal', short: true, label: 'builder.override.fasting.food', example: '6' },
    notice: { label: 'link.override.fasting.food', refused: 'link.notice.override.fasting.food' },
  }),
  row({
    name: 'fasting.clearLiquids',
    setting: 'protocol.fasting.clearLiquids',
    kind: hours(protocolLimits.fastingHours),
    apply: (config, clearLiquids) => withProtocol(config, { fasting: { ...config.protocol.fasting, clearLiquids } }),
    group: 'fasting',
    input: {
      type: 'text',
      inputMode: 'decimal',
      short: true,
      label: 'builder.override.fasting.clearLiquids',
      example: '1.5',
    },
    notice: { label: 'link.override.fasting.clearLiquids', refused: 'link.notice.override.fasting.clearLiquids' },
  }),
  row({
    name: 'bloodPressure.doNotStartAbove',
    setting: 'protocol.bloodPressure.doNotStartAbove',
    kind: bloodPressure,
    apply: (config, reading) => withLevel(config, 'doNotStartAbove', reading),
    group: 'bloodPressure',
    level: 'doNotStartAbove',
    input: bloodPressureInput('150/95'),
    notice: {
      label: 'link.override.bloodPressure.doNotStartAbove',
      refused: 'link.notice.override.bloodPressure.doNotStartAbove',
    },
  }),
  row({
    name: 'bloodPressure.callCareTeamAt',
    setting: 'protocol.bloodPressure.callCareTeamAt',
    kind: bloodPressure,
    apply: (config, reading) => withLevel(config, 'callCareTeamAt', reading),
    group: 'bloodPressure',
    level: 'callCareTeamAt',
    input: bloodPressureInput('165/105'),
    notice: {
      label: 'link.override.bloodPressure.callCareTeamAt',
      refused: 'link.notice.override.bloodPressure.callCareTeamAt',
    },
  }),
  row({
    name: 'bloodPressure.seekEmergencyCareAt',
    setting: 'protocol.bloodPressure.seekEmergencyCareAt',
    kind: bloodPressure,
    apply: (config, reading) => withLevel(config, 'seekEmergencyCareAt', reading),
    group: 'bloodPressure',
    level: 'seekEmergencyCareAt',
    input: bloodPressureInput('185/125'),
    notice: {
      label: 'link.override.bloodPressure.seekEmergencyCareAt',
      refused: 'link.notice.override.bloodPressure.seekEmergencyCareAt',
    },
  }),
  row({
    name: 'lookIn.interval',
    setting: 'protocol.lookInIntervalMinutes',
    kind: wholeMinutes(protocolLimits.lookInIntervalMinutes),
    apply: (config, lookInIntervalMinutes) => withProtocol(config, { lookInIntervalMinutes }),
    input: {
      type: 'text',
      inputMode: 'numeric',
      short: true,
      label: 'builder.override.lookIn.interval',
      example: '20',
    },
    notice: { label: 'link.override.lookIn.interval', refused: 'link.notice.override.lookIn.interval' },
  }),
] as const;

type Row = (typeof overridableValues)[number];

/** A clinic value a link may override. */
export type OverridableName = Row['name'];

/** The value of `name` as the config holds it (hours, minutes, a blood-pressure reading, a phone number). */
export type OverrideValue<Name extends OverridableName> =
  Extract<Row, { name: Name }> extends OverridableValue<Name, infer T> ? T : never;

/** Values a link sets, each optional; absent ones keep the clinic's. */
export type ClinicOverrides = { [Name in OverridableName]?: OverrideValue<Name> };

const byName = new Map<string, OverridableValue<OverridableName, never>>(
  overridableValues.map((value) => [value.name, value as unknown as OverridableValue<OverridableName, never>]),
);

/** The row for `name`, typed for its value (every {@link OverridableName} has one: the names come from the rows). */
export const overridableValue = <Name extends OverridableName>(name: Name) =>
  byName.get(name) as unknown as OverridableValue<Name, OverrideValue<Name>>;

/** The text a link carries for `value`, as the row's kind writes it: `6`, `150/95`, a phone number. */
export const overrideText = <Name extends OverridableName>(name: Name, value: OverrideValue<Name>): string =>
  overridableValue(name).kind.write(value);

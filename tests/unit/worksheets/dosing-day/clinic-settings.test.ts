import { describe, expect, it } from 'vitest';
import { parseClinicConfig, type ClinicConfigInput } from '../../../../src/schemas/clinic';
import { exampleClinicInput } from '../../../fixtures/example-clinic';

/** The example clinic with one protocol setting changed (`undefined` removes it). */
function withSetting(
  name: 'chaperoneArrivesMinutesBefore' | 'arriveAtClinicMinutesBefore',
  value: unknown,
): ClinicConfigInput {
  const input = exampleClinicInput();
  const protocol = input.protocol as Record<string, unknown>;
  if (value === undefined) delete protocol[name];
  else protocol[name] = value;
  return input;
}

/** The build's message for a config, or '' when it is valid. */
const problemWith = (input: ClinicConfigInput) => {
  try {
    parseClinicConfig(input);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
};

describe('the clinic settings of the dosing-day plan', () => {
  it('default to a chaperone 30 minutes before the start and arriving at the clinic 15 minutes before', () => {
    const config = parseClinicConfig(withSetting('arriveAtClinicMinutesBefore', undefined));
    const other = parseClinicConfig(withSetting('chaperoneArrivesMinutesBefore', undefined));

    expect(config.protocol.arriveAtClinicMinutesBefore).toBe(15);
    expect(other.protocol.chaperoneArrivesMinutesBefore).toBe(30);
  });

  it('keep what the clinic sets', () => {
    expect(
      parseClinicConfig(withSetting('chaperoneArrivesMinutesBefore', 60)).protocol.chaperoneArrivesMinutesBefore,
    ).toBe(60);
    expect(parseClinicConfig(withSetting('arriveAtClinicMinutesBefore', 0)).protocol.arriveAtClinicMinutesBefore).toBe(
      0,
    );
  });

  it.each([
    ['chaperoneArrivesMinutesBefore', -5, /cannot be negative/],
    ['chaperoneArrivesMinutesBefore', 1800, /240 minutes or fewer — was it typed in seconds\?/],
    ['chaperoneArrivesMinutesBefore', 7.5, /whole number of minutes/],
    ['arriveAtClinicMinutesBefore', '15', /as a number of minutes, such as 30/],
    ['arriveAtClinicMinutesBefore', 900, /180 minutes or fewer/],
  ] as const)('stop the build naming %s when it is %s', (name, value, message) => {
    const problem = problemWith(withSetting(name, value))
      .split('\n')
      .find((line) => line.startsWith(`  - protocol.${name}: `));

    expect(problem).toBeDefined();
    expect(problem).toMatch(message);
  });
});

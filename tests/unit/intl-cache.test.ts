import { describe, expect, it } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat, pluralRules } from '../../src/lib/intl-cache';

describe('kept Intl formatters', () => {
  it('makes one formatter per locale and options, and gives it back', () => {
    const minutes = numberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'long' });
    expect(numberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'long' })).toBe(minutes);
    expect(numberFormat('en', { style: 'unit', unit: 'hour', unitDisplay: 'long' })).not.toBe(minutes);
    expect(numberFormat('de', { style: 'unit', unit: 'minute', unitDisplay: 'long' })).not.toBe(minutes);
    expect(pluralRules('en')).toBe(pluralRules('en'));
    expect(listFormat('en')).toBe(listFormat('en', {}));
  });

  it('formats as the options say', () => {
    expect(numberFormat('en', { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(20)).toBe('20 minutes');
    expect(numberFormat('de').format(2000)).toBe('2.000');
    expect(
      dateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 2, 14))),
    ).toBe('14 March 2026');
    expect(listFormat('en', { style: 'long', type: 'conjunction' }).format(['patients', 'chaperones'])).toBe(
      'patients and chaperones',
    );
    expect(pluralRules('en').select(1)).toBe('one');
  });
});

import { describe, expect, it } from 'vitest';
import { formatNumber, rememberNumbers, writtenNumbers } from '../../src/i18n/numbers';

describe('numbers written in the site language', () => {
  it('writes numbers at build as Intl does, once each', () => {
    expect(writtenNumbers([2000, 500, 2000, 12345], 'en')).toEqual({ '2000': '2,000', '500': '500', '12345': '12,345' });
    expect(writtenNumbers([2000], 'de')).toEqual({ '2000': '2.000' });
  });

  it('uses the numbers a page was given, per language, and Intl for any other', () => {
    // Marked text proves the given number, not a formatter, was used.
    rememberNumbers({ '3000': '3,000 (given)' }, 'en');
    expect(formatNumber(3000, 'en')).toBe('3,000 (given)');
    expect(formatNumber(3000, 'de')).toBe('3.000');
    expect(formatNumber(2999, 'en')).toBe('2,999');
  });
});

import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en/ui.json' with { type: 'json' };
import { formatNumber, rememberNumbers, writtenNumbers } from '../../src/i18n/numbers';
import { createTranslator } from '../../src/i18n/translator';

describe('numbers written in the site language', () => {
  it('writes numbers at build as Intl does, once each', () => {
    expect(writtenNumbers([2000, 500, 2000, 12345], 'en')).toEqual({
      '2000': '2,000',
      '500': '500',
      '12345': '12,345',
    });
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

describe('numbers in Spanish', () => {
  it('groups every number of four digits or more, as the kit writes counts and limits ("2.000 caracteres")', () => {
    // Intl alone leaves 2000 ungrouped in Spanish; the kit writes limits alike at every size.
    expect(formatNumber(2000, 'es')).toBe('2.000');
    expect(formatNumber(12345, 'es')).toBe('12.345');
    expect(formatNumber(999, 'es')).toBe('999');
    expect(writtenNumbers([2000, 20000], 'es')).toEqual({ '2000': '2.000', '20000': '20.000' });
    expect(formatNumber(2000, 'en')).toBe('2,000');
  });

  it('are what a translator’s counts are written with', () => {
    const spanish = createTranslator(
      { ...en, 'form.characterLimit.other': 'Puedes escribir hasta {count} caracteres' },
      'es',
    );
    expect(spanish.tPlural('form.characterLimit', 2000)).toBe('Puedes escribir hasta 2.000 caracteres');
  });
});

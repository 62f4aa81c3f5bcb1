import { PDFHexString, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { decodePdfString, hexStringBytes } from '../../../src/pdf/pdf-text';

describe('hexStringBytes (ISO 32000-1 §7.3.4.3)', () => {
  it('ignores white space of every kind between and inside bytes', () => {
    expect([...hexStringBytes('48 65\r\n6\tC\f6c\x006F')]).toEqual([0x48, 0x65, 0x6c, 0x6c, 0x6f]);
  });

  it('takes an odd final digit as followed by 0', () => {
    expect([...hexStringBytes('901FA')]).toEqual([0x90, 0x1f, 0xa0]);
    expect([...hexStringBytes('7')]).toEqual([0x70]);
    expect([...hexStringBytes('')]).toEqual([]);
  });
});

describe('decodePdfString', () => {
  it('reads a UTF-16 hex string broken over lines exactly', () => {
    expect(decodePdfString(PDFHexString.of('FEFF 0048\n0069\r\n 00\n21'))).toBe('Hi!');
  });

  it('reads literal strings as pdf-lib does', () => {
    expect(decodePdfString(PDFString.of('a\\(b\\)'))).toBe('a(b)');
  });
});

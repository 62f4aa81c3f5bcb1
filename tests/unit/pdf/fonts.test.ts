import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import {
  continuationName,
  optionFieldName,
  parseContinuationName,
  parseMarkerValue,
  markerValue,
} from '../../../src/pdf/field-names';
import { needsUnicodeFont } from '../../../src/pdf/fonts';
import { UNICODE_FONT_MODULE_PATH, unicodeFontUrl } from '../../../src/pdf/font-url';
import { decodePdfText } from '../../../src/pdf/pdf-text';
import { winAnsiCodePoints } from '../../../src/pdf/win-ansi';
import { unicodeFontBytes } from '../../fixtures/pdf/pdf-tools';

describe('the WinAnsi character set', () => {
  it('is exactly what pdf-lib’s Helvetica can encode', async () => {
    const helvetica = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);

    expect([...winAnsiCodePoints].sort((a, b) => a - b)).toEqual(
      [...helvetica.getCharacterSet()].sort((a, b) => a - b),
    );
  });

  it('decides when the Unicode font is needed', () => {
    expect(needsUnicodeFont(['Café “quoted” — 5 €', 'Œuvre'])).toBe(false);
    expect(needsUnicodeFont(['line\u2028separator', 'zero\u200dwidth', 'bell\u0007'])).toBe(false);
    expect(needsUnicodeFont(['plain', 'Ωmega'])).toBe(true);
    expect(needsUnicodeFont(['Łódź'])).toBe(true);
  });
});

describe('the Unicode font file', () => {
  it('is a TrueType Noto Sans shipped in node_modules, served to the browser as an asset URL', () => {
    const bytes = unicodeFontBytes();

    expect(UNICODE_FONT_MODULE_PATH).toMatch(/NotoSans_400Regular\.ttf$/);
    expect(unicodeFontUrl).toMatch(/NotoSans_400Regular.*\.ttf/);
    // TrueType files start with the version 0x00010000.
    expect([...bytes.subarray(0, 4)]).toEqual([0, 1, 0, 0]);
    expect(bytes.length).toBeGreaterThan(500_000);
  });
});

describe('field names', () => {
  it('number continuation pieces from 2, and read them back', () => {
    expect([0, 1, 2].map((index) => continuationName('intentions', index))).toEqual([
      'intentions',
      'intentions__2',
      'intentions__3',
    ]);
    expect(parseContinuationName('intentions')).toEqual({ key: 'intentions', index: 0 });
    expect(parseContinuationName('intentions__3')).toEqual({ key: 'intentions', index: 2 });
  });

  it('are not mistaken for continuations when they are something else', () => {
    expect(parseContinuationName('intentions__1')).toBeUndefined();
    expect(parseContinuationName('intentions__0')).toBeUndefined();
    expect(parseContinuationName('_kapPrepKit')).toBeUndefined();
    expect(parseContinuationName('bring.water')).toBeUndefined();
  });

  it('name an option’s checkbox after its question and value', () => {
    expect(optionFieldName('groundingOptions', 'slow-breathing')).toBe('groundingOptions.slow-breathing');
  });

  it('write and read the worksheet marker', () => {
    expect(markerValue({ id: 'intention', version: 2 })).toBe('intention@2');
    expect(parseMarkerValue('intention@2')).toEqual({ id: 'intention', version: 2 });
    expect(parseMarkerValue('intention')).toBeUndefined();
    expect(parseMarkerValue('Intention@x')).toBeUndefined();
  });
});

describe('decodePdfText', () => {
  const utf16 = (text: string) => {
    const bytes = [0xfe, 0xff];
    for (let index = 0; index < text.length; index++)
      bytes.push(text.charCodeAt(index) >> 8, text.charCodeAt(index) & 0xff);
    return Uint8Array.from(bytes);
  };

  it('decodes UTF-16BE unit by unit, lone surrogates included', () => {
    expect(decodePdfText(utf16('a\ud800b\udc00 😀'))).toBe('a\ud800b\udc00 😀');
  });

  it('decodes very long strings without overflowing the stack', () => {
    const long = 'ω'.repeat(300_000);
    expect(decodePdfText(utf16(long))).toBe(long);
  });

  it('decodes UTF-8 after its byte-order mark, and PDFDocEncoding otherwise', () => {
    expect(decodePdfText(Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Ωμέγα')]))).toBe('Ωμέγα');
    expect(decodePdfText(Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xa0, 0x80]))).toBe('Café €•');
  });
});

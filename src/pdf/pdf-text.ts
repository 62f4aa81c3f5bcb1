import { PDFHexString, pdfDocEncodingDecode, type PDFString } from 'pdf-lib';

/**
 * Decodes a PDF text string (ISO 32000-2 §7.9.2.2) exactly, for reading answers back.
 *
 * pdf-lib's `decodeText` is not used because it is not exact: its UTF-16 decoder turns a lone
 * surrogate into U+FFFD and swallows the code unit after it, and it builds the string with
 * `String.fromCodePoint(...all)`, which overflows the call stack on very long values. pdf-lib
 * writes values as UTF-16BE with a byte-order mark, unit by unit (lone surrogates included), so
 * decoding unit by unit gives back exactly the string that was written.
 */

/** Code units per `String.fromCharCode` call: far below any engine's argument limit. */
const CHUNK = 8192;

function utf16BigEndian(bytes: Uint8Array, start: number): string {
  const units = new Uint16Array((bytes.length - start) >> 1);
  for (let index = 0; index < units.length; index++) {
    units[index] = (bytes[start + 2 * index]! << 8) | bytes[start + 2 * index + 1]!;
  }
  let text = '';
  for (let offset = 0; offset < units.length; offset += CHUNK) {
    text += String.fromCharCode(...units.subarray(offset, offset + CHUNK));
  }
  return text;
}

/**
 * The text of a PDF string's bytes: UTF-16BE after a FE FF byte-order mark, UTF-8 after EF BB BF
 * (PDF 2.0), otherwise PDFDocEncoding.
 */
export function decodePdfText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return utf16BigEndian(bytes, 2);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  }
  let text = '';
  for (let offset = 0; offset < bytes.length; offset += CHUNK) {
    text += pdfDocEncodingDecode(bytes.subarray(offset, offset + CHUNK));
  }
  return text;
}

/** The value of a hex digit's character code, or -1 for any other byte. */
function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  if (code >= 0x41 && code <= 0x46) return code - 0x37;
  if (code >= 0x61 && code <= 0x66) return code - 0x57;
  return -1;
}

/**
 * The bytes a hex string's text (between `<` and `>`) stands for, by ISO 32000-1 §7.3.4.3: white
 * space is ignored (readers and tools break long hex strings into lines), and an odd final digit is
 * taken as followed by 0. pdf-lib's `asBytes` pairs characters as they come, so one line break turns
 * the rest of the value into garbage. Any other stray byte is skipped too, as pdf.js does.
 */
export function hexStringBytes(digits: string): Uint8Array {
  const bytes = new Uint8Array((digits.length + 1) >> 1);
  let length = 0;
  let high = -1;
  for (let index = 0; index < digits.length; index++) {
    const value = hexDigit(digits.charCodeAt(index));
    if (value < 0) continue;
    if (high < 0) high = value;
    else {
      bytes[length++] = (high << 4) | value;
      high = -1;
    }
  }
  if (high >= 0) bytes[length++] = high << 4;
  return bytes.subarray(0, length);
}

/** The bytes of a PDF string object, literal or hex (see {@link hexStringBytes}). */
export function pdfStringBytes(string: PDFString | PDFHexString): Uint8Array {
  return string instanceof PDFHexString ? hexStringBytes(string.asString()) : string.asBytes();
}

/** The text of a PDF string object, literal or hex: {@link decodePdfText} of {@link pdfStringBytes}. */
export function decodePdfString(string: PDFString | PDFHexString): string {
  return decodePdfText(pdfStringBytes(string));
}

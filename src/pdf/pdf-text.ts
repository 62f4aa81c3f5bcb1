import { pdfDocEncodingDecode } from 'pdf-lib';

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

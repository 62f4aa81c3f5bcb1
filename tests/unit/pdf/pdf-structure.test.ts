import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkStructure, inspectStructure, MAX_OBJECTS, MAX_PARSED_BYTES } from '../../../src/pdf/pdf-structure';
import { handMadePdf, objectStream } from '../../fixtures/pdf/hostile';

const base = {
  1: '<< /Type /Catalog /Pages 2 0 R >>',
  2: '<< /Type /Pages /Kids [] /Count 0 >>',
};

/**
 * An object stream varied until its compressed data ends with `lastByte`. The last byte is the low
 * byte of the zlib checksum's running sum, which one printable character moves by its code.
 */
function objectStreamEndingWith(lastByte: number): { dictionary: string; data: Uint8Array } {
  for (let attempt = 0; attempt < 100; attempt++) {
    for (let code = 0x30; code <= 0x7a; code++) {
      const stream = objectStream([`(answer ${'z'.repeat(attempt)} ${String.fromCharCode(code)})`], 3) as {
        dictionary: string;
        data: Uint8Array;
      };
      if (stream.data.at(-1) === lastByte) return stream;
    }
  }
  throw new Error(`No object stream ends with ${lastByte}`);
}

describe('checkStructure', () => {
  it.each([
    ['a CR', 0x0d],
    ['an LF', 0x0a],
  ])('measures an object stream whose data ends with %s, its /Length direct or by reference', async (_, lastByte) => {
    const stream = objectStreamEndingWith(lastByte);
    expect(await checkStructure(handMadePdf({ ...base, 5: stream }))).toBe('ok');
    const byReference = { dictionary: `${stream.dictionary} /Length 6 0 R`, data: stream.data };
    expect(await checkStructure(handMadePdf({ ...base, 5: byReference, 6: String(stream.data.length) }))).toBe('ok');
  });

  it('counts the objects packed in object streams', async () => {
    const objects = Array.from({ length: MAX_OBJECTS }, (_, index) => `${index}`);
    expect(await checkStructure(handMadePdf({ ...base, 5: objectStream(objects, 10) }))).toBe('too-many-objects');
    expect(await checkStructure(handMadePdf({ ...base, 5: objectStream(objects.slice(0, 100), 10) }))).toBe('ok');
  });

  it('counts what object streams inflate to, and what lies outside streams, against one budget', async () => {
    const half = 'x'.repeat(MAX_PARSED_BYTES / 2);
    expect(await checkStructure(handMadePdf({ ...base, 3: `(${half})`, 5: objectStream([`(${half})`], 4) }))).toBe(
      'too-much-content',
    );
    expect(await checkStructure(handMadePdf({ ...base, 3: `(${half})` }))).toBe('ok');
    expect(await checkStructure(handMadePdf({ ...base, 3: `(${half}${half})` }))).toBe('too-much-content');
  });

  it('refuses an object stream whose data is not a whole zlib stream', async () => {
    const stream = objectStream(['(x)'], 3) as { dictionary: string; data: Uint8Array };
    expect(await checkStructure(handMadePdf({ ...base, 5: { ...stream, data: stream.data.subarray(0, -5) } }))).toBe(
      'corrupt-stream',
    );
  });

  it('does not mistake other streams for object streams: a page’s content, a font', async () => {
    const content = deflateSync(Buffer.alloc(10 * MAX_PARSED_BYTES, 0x20));
    expect(
      await checkStructure(handMadePdf({ ...base, 5: { dictionary: '/Filter /FlateDecode', data: content } })),
    ).toBe('ok');
  });

  it('notices an encrypted file from its trailer, and from a cross-reference stream', async () => {
    expect(await checkStructure(handMadePdf({ ...base, 7: '<< /Filter /Standard /V 5 >>' }, '/Encrypt 7 0 R'))).toBe(
      'encrypted',
    );
    const crossReferences = {
      dictionary: '/Type /XRef /Size 8 /W [1 2 1] /Encrypt 7 0 R /Root 1 0 R',
      data: deflateSync(Buffer.alloc(32)),
    };
    expect(
      await checkStructure(
        handMadePdf({
          ...base,
          7: '<< /Filter /Standard /V 5 >>',
          8: { ...crossReferences, dictionary: `${crossReferences.dictionary} /Filter /FlateDecode` },
        }),
      ),
    ).toBe('encrypted');
  });

  it('says where an encrypted file describes its encryption: the trailer and the dictionary it names, found after the walk', async () => {
    const { verdict, encryption } = await inspectStructure(
      handMadePdf({ ...base, 7: '<< /Filter /Standard /V 5 /R 6 >>' }, '/Encrypt 7 0 R /ID [<0a0b\n0c> <0d>]'),
    );
    expect(verdict).toBe('encrypted');
    const latin1 = (bytes: Uint8Array | undefined) => Buffer.from(bytes ?? []).toString('latin1');
    expect(latin1(encryption?.trailer)).toContain('/Encrypt 7 0 R /ID [<0a0b\n0c> <0d>]');
    expect(latin1(encryption?.object(7, 0)).trim()).toBe('<< /Filter /Standard /V 5 /R 6 >>');
    expect(encryption?.object(8, 0)).toBeUndefined();
  });
});

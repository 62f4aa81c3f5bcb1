import { deflateSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inflateAtMost } from '../../../src/pdf/inflate';

afterEach(() => vi.unstubAllGlobals());

const text = new TextEncoder().encode('A worksheet answer. '.repeat(500));
/** About 100 KB that inflate to 100 MB. */
const bomb = deflateSync(Buffer.alloc(100 * 1024 * 1024), { level: 9 });

describe.each([
  ['with DecompressionStream', false],
  ['without DecompressionStream (older Safari: pdf-lib’s inflater)', true],
])('inflateAtMost, %s', (_, fallback) => {
  const inflate = (data: Uint8Array, max: number) => {
    if (fallback) vi.stubGlobal('DecompressionStream', undefined);
    return inflateAtMost(data, max);
  };

  it('gives back exactly what was compressed, up to the limit', async () => {
    expect(await inflate(deflateSync(text), text.length)).toEqual({ ok: true, bytes: text });
    expect(await inflate(deflateSync(new Uint8Array()), 0)).toEqual({ ok: true, bytes: new Uint8Array() });
  });

  it('stops one byte past the limit', async () => {
    expect(await inflate(deflateSync(text), text.length - 1)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('stops a bomb at the limit, without inflating it all', async () => {
    const start = performance.now();
    expect(await inflate(bomb, 1024 * 1024)).toEqual({ ok: false, reason: 'too-long' });
    expect(performance.now() - start).toBeLessThan(1_000);
  });

  it('calls data that is not zlib corrupt', async () => {
    expect(await inflate(new TextEncoder().encode('not compressed at all'), 1024)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
  });
});

describe('inflateAtMost with DecompressionStream', () => {
  it('calls a stream cut short, or with a wrong checksum, corrupt: another inflater might read on', async () => {
    const whole = deflateSync(text);
    expect(await inflateAtMost(whole.subarray(0, whole.length - 10), text.length)).toEqual({
      ok: false,
      reason: 'corrupt',
    });
    const badChecksum = Uint8Array.from(whole);
    badChecksum[badChecksum.length - 1]! ^= 0xff;
    expect(await inflateAtMost(badChecksum, text.length)).toEqual({ ok: false, reason: 'corrupt' });
  });
});

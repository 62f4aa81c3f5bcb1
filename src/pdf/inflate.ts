import { decodePDFRawStream, PDFContext, PDFRawStream } from 'pdf-lib';

/** What {@link inflateAtMost} made of a zlib stream. */
export type Inflated =
  | { ok: true; bytes: Uint8Array }
  /** `too-long`: it would inflate past the limit; `corrupt`: not a whole, valid zlib stream. */
  | { ok: false; reason: 'too-long' | 'corrupt' };

/**
 * Inflates zlib data (RFC 1950, what PDF's FlateDecode and PNG hold) to at most `max` bytes, so a
 * crafted "zip bomb" (one deflate block can expand about 1,000×) costs no more than `max`.
 *
 * With `DecompressionStream` (every current browser, Node ≥ 18) the output is read chunk by chunk
 * and abandoned as soon as it runs past `max`; the stream must also be whole and valid (checksum
 * included), so a stream that another inflater might read further than this one is refused.
 * Older browsers (Safari before 16.4) use pdf-lib's own inflater, asked for `max + 1` bytes:
 * bounded too, except that one crafted deflate block can still expand up to ~1,000× its size
 * before the check, a risk only to a patient who resumes a deliberately crafted file in such a
 * browser.
 */
export async function inflateAtMost(data: Uint8Array, max: number): Promise<Inflated> {
  if (typeof DecompressionStream === 'undefined') {
    try {
      const decoded = decodePDFRawStream(
        PDFRawStream.of(PDFContext.create().obj({ Filter: 'FlateDecode' }), data),
      ).getBytes(max + 1);
      return decoded.length > max ? { ok: false, reason: 'too-long' } : { ok: true, bytes: new Uint8Array(decoded) };
    } catch {
      return { ok: false, reason: 'corrupt' };
    }
  }
  const chunks: Uint8Array[] = [];
  let length = 0;
  const reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > max) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, reason: 'too-long' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (chunks.length === 1) return { ok: true, bytes: chunks[0]! };
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}

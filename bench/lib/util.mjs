// @ts-check
/**
 * Small helpers shared by the bench steps: statistics, gzip sizes, timeouts, free ports.
 */
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';

/**
 * Nearest-rank percentile: the smallest
 * value with at least `p` of the runs at or below it. With 30 runs, p95 is the 29th fastest.
 * @param {number[]} values
 * @param {number} p between 0 and 1
 */
export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return /** @type {number} */ (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]);
}

/**
 * Median, p95, min and max of some timings, rounded to 0.1 ms for the JSON.
 * @param {number[]} runsMs
 */
export function summarize(runsMs) {
  const round = (/** @type {number} */ value) => Math.round(value * 10) / 10;
  return {
    runs: runsMs.length,
    medianMs: round(percentile(runsMs, 0.5)),
    p95Ms: round(percentile(runsMs, 0.95)),
    minMs: round(Math.min(...runsMs)),
    maxMs: round(Math.max(...runsMs)),
  };
}

/**
 * Gzipped size at zlib's default level 6 — roughly what a static host sends with gzip on
 * (hosts using Brotli send a little less).
 * @param {Uint8Array | string} data
 */
export function gzipSize(data) {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data).length;
}

/**
 * Rejects after `ms` with a message naming what took too long, so no step can hang the bench.
 * The timer is cleared either way, so it never keeps Node alive.
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
export function withTimeout(promise, ms, what) {
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s.`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout])).finally(() => clearTimeout(timer));
}

/**
 * A TCP port free on 127.0.0.1 right now (the OS picks it), for a server in another process that
 * must be told its port up front. Another program could take it in between; unlikely enough here.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('Could not find a free port.'))));
    });
  });
}

/**
 * Bytes as "12.3 KB" (1 KB = 1,024 bytes), or "—" when unknown.
 * @param {number | undefined} bytes
 */
export function kb(bytes) {
  if (bytes === undefined || Number.isNaN(bytes)) return '—';
  if (bytes < 1024) return `${bytes} B`;
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Milliseconds for the table: one decimal under 10 ms, whole numbers above.
 * @param {number | undefined} ms
 */
export function ms(ms) {
  if (ms === undefined || Number.isNaN(ms)) return '—';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

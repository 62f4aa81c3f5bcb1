// @ts-check
/**
 * Preloaded into the `astro build` process (`node --import <this file>`) by build-site.mjs: when
 * the process exits, writes `{ maxRssKb, cpuMs }` as JSON to the file named by
 * KAP_BENCH_USAGE_FILE — its peak resident set size (`getrusage`'s ru_maxrss) and the CPU time it
 * used (user + system), both for the whole process, worker threads included, but not child
 * processes. Does nothing without that variable.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.KAP_BENCH_USAGE_FILE;
// Not inherited by anything the build spawns, which would overwrite the figure with its own.
delete process.env.KAP_BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      writeFileSync(
        file,
        JSON.stringify({ maxRssKb: usage.maxRSS, cpuMs: Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000) }),
      );
    } catch {
      // A bench helper must never change how the build exits.
    }
  });
}

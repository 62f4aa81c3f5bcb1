// @ts-check
/**
 * Preloaded into the `astro build` process (`node --import <this file>`) by build-site.mjs: when
 * the process exits, writes its peak resident set size (`getrusage`'s ru_maxrss, in KB: the whole
 * process, worker threads included, but not child processes) to the file named by
 * KAP_BENCH_MAXRSS_FILE. Does nothing without that variable.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.KAP_BENCH_MAXRSS_FILE;
// Not inherited by anything the build spawns, which would overwrite the figure with its own.
delete process.env.KAP_BENCH_MAXRSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      writeFileSync(file, String(process.resourceUsage().maxRSS));
    } catch {
      // A bench helper must never change how the build exits.
    }
  });
}

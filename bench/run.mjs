#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: how fast and how heavy the kit is, in one place. Prints a table on stdout
 * (progress goes to stderr) and writes every number to bench/results.json (gitignored).
 *
 * 1. PDF generation (bench/pdf-cases.ts) in Node and in headless Chromium: median and p95 of 30
 *    runs after 3 warm-up runs, and the PDF's size, for typical answers, every field at its limit,
 *    and every field at its limit in Greek and Cyrillic (Unicode font embedded); plus that last
 *    case's cold first run. Goal: at-limit median ≤ 300 ms in Chromium.
 * 2. Bytes per page type of the built site before interaction, and the PDF's on-demand chunks.
 * 3. Pagefind: the bundle on disk, and the bytes one search fetches in Chromium.
 * 4. Wall-clock time of `astro build` (run first; 2 and 3 measure its output).
 *
 * Needs Node ≥ 22 (npm scripts use the project's Node 24) and a Chromium (see
 * scripts/chromium-path.mjs; CHROMIUM_PATH overrides). Takes 1–3 minutes on a 2-core machine.
 * Timings are not assertions: they depend on the machine and on what else it is doing, which is
 * why the load average is recorded with them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSite } from './lib/build-site.mjs';
import { requireChromium } from './lib/chromium.mjs';
import { measurePageWeight } from './lib/page-weight.mjs';
import { pagefindSearchBytes, pagefindSizes } from './lib/pagefind.mjs';
import { benchPdfInChromium, benchPdfInNode } from './lib/pdf-bench.mjs';
import { formatReport, GOAL_AT_LIMIT_MEDIAN_MS } from './lib/report.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsPath = join(repoRoot, 'bench/results.json');

/** @param {string} message */
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

async function main() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) throw new Error(`Node ${process.versions.node} is too old (Astro needs ≥ 22.12): run \`npm run bench\` or node_modules/.bin/node bench/run.mjs.`);
  // Fail before spending a minute on the build if steps 1 and 3 cannot run anyway.
  requireChromium();

  const started = performance.now();
  /** @type {any} */
  const results = {
    meta: {
      startedAt: new Date().toISOString(),
      node: `Node ${process.versions.node}`,
      chromium: undefined,
      cpus: cpus().length,
      loadAverageAtStart: loadavg()[0],
      loadAverageAtEnd: undefined,
      totalMs: undefined,
    },
    build: undefined,
    pdf: undefined,
    pageWeight: undefined,
    pagefind: undefined,
    errors: [],
  };
  /**
   * Runs one step; a failure is recorded and reported, and the other steps still run.
   * @template T
   * @param {string} name
   * @param {() => Promise<T>} run
   * @returns {Promise<T | { error: string }>}
   */
  const step = async (name, run) => {
    progress(`${name}…`);
    const stepStart = performance.now();
    try {
      const value = await run();
      progress(`${name}: done in ${((performance.now() - stepStart) / 1000).toFixed(1)} s`);
      return value;
    } catch (error) {
      progress(`${name}: FAILED: ${messageOf(error)}`);
      results.errors.push({ step: name, message: messageOf(error) });
      return { error: messageOf(error).split('\n')[0] ?? 'failed' };
    }
  };

  const tmp = await mkdtemp(join(tmpdir(), 'kap-bench-'));
  try {
    // Sequential on purpose: on 2 cores, anything run alongside would distort the timings.
    const outDir = join(tmp, 'site');
    results.build = await step('astro build', () => buildSite(repoRoot, outDir));
    const built = !('error' in results.build);

    const node = await step('PDF generation in Node', () => benchPdfInNode(repoRoot, tmp));
    const chromium = await step('PDF generation in Chromium', () => benchPdfInChromium(repoRoot, tmp));
    if ('runtime' in chromium) results.meta.chromium = chromium.runtime;
    results.pdf = {
      warmUpRuns: 'warmUpRuns' in node ? node.warmUpRuns : undefined,
      runs: 'measuredRuns' in node ? node.measuredRuns : undefined,
      node: 'error' in node ? { runtime: 'Node', ...node } : node,
      chromium: 'error' in chromium ? { runtime: 'Chromium', ...chromium } : chromium,
    };
    if ('cases' in chromium) {
      results.pdf.goal = {
        text: `at-limit median ≤ ${GOAL_AT_LIMIT_MEDIAN_MS} ms in Chromium`,
        met: Object.fromEntries(chromium.cases.filter((c) => c.id.startsWith('at-limit')).map((c) => [c.id, c.medianMs <= GOAL_AT_LIMIT_MEDIAN_MS])),
      };
    }

    const skipped = { error: 'skipped: the build failed' };
    results.pageWeight = built ? await step('page weight', () => measurePageWeight(outDir)) : skipped;
    results.pagefind = {
      sizes: built ? await step('Pagefind sizes', () => pagefindSizes(outDir)) : skipped,
      search: built ? await step('Pagefind search in Chromium', () => pagefindSearchBytes(repoRoot, outDir)) : skipped,
    };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }

  results.meta.loadAverageAtEnd = loadavg()[0];
  results.meta.totalMs = Math.round(performance.now() - started);
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${formatReport(results)}\n`);
  if (results.errors.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  process.stderr.write(`[bench] ${messageOf(error)}\n`);
  process.exitCode = 1;
});

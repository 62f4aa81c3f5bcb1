#!/usr/bin/env node
// @ts-check
/**
 * `npm run bench`: how fast and how heavy the kit is, in one place. Prints a table on stdout
 * (progress goes to stderr) and writes every number to bench/results.json (gitignored).
 *
 * 1. PDF generation (bench/pdf-cases.ts) for every worksheet in Node and in headless Chromium:
 *    median and p95 of 30 runs after 3 warm-up runs, and the PDF's size, for typical answers,
 *    every field at its limit, and every field at its limit in Greek and Cyrillic (Unicode font
 *    embedded); plus the first Unicode case's cold first run. Goal: at-limit median ≤ 300 ms in Chromium.
 * 2. Bytes per page type of the built site before interaction (HTML, CSS, JS), and the PDF's
 *    on-demand chunks.
 * 3. Pagefind: the bundle on disk, and the bytes one search fetches in Chromium.
 * 4. `astro build` of the repository (run first; 2, 3 and 5 measure its output): wall clock and
 *    memory; then build scaling (run last, the longest step): the kit with +0/+100/+1,000
 *    synthetic modules next to a bare Astro + MDX build of the same modules. Goal: +1,000-module
 *    build ≤ 1.3× the bare build.
 * 5. Lighthouse (mobile) on home, a module and a worksheet. Goal: 100 in all four categories.
 *
 * `npm run bench -- --only pdf,weight` runs some steps (build, pdf, weight, pagefind, lighthouse,
 * scaling; weight, pagefind and lighthouse need build, which is added for them).
 *
 * Needs Node ≥ 22 (npm scripts use the project's Node 24) and a Chromium (see
 * scripts/chromium-path.mjs; CHROMIUM_PATH overrides). Takes 10–25 minutes on a 2-core machine,
 * most of it the 1,000-module builds. Timings are not assertions: they depend on the machine and
 * on what else it is doing, which is why the load average is recorded with them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { benchBuildScaling } from './lib/build-scaling.mjs';
import { buildSite, buildSiteOneLanguage } from './lib/build-site.mjs';
import { requireChromium } from './lib/chromium.mjs';
import { benchLighthouse } from './lib/lighthouse.mjs';
import { measurePageWeight } from './lib/page-weight.mjs';
import { pagefindSearchBytes, pagefindSizes } from './lib/pagefind.mjs';
import { benchPdfInChromium, benchPdfInNode, benchSignatures } from './lib/pdf-bench.mjs';
import { formatReport, GOAL_AT_LIMIT_MEDIAN_MS } from './lib/report.mjs';

const STEPS = ['build', 'pdf', 'weight', 'pagefind', 'lighthouse', 'scaling'];

/** The steps asked for with `--only a,b` (all by default); steps that read the build bring it along. */
function chosenSteps() {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  if (!values.only) return new Set(STEPS);
  const chosen = new Set(values.only.split(',').map((step) => step.trim()));
  for (const step of chosen)
    if (!STEPS.includes(step)) throw new Error(`Unknown step "${step}" in --only: use ${STEPS.join(', ')}.`);
  if (['weight', 'pagefind', 'lighthouse'].some((step) => chosen.has(step))) chosen.add('build');
  return chosen;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsPath = join(repoRoot, 'bench/results.json');

/** @param {string} message */
const progress = (message) => process.stderr.write(`[bench] ${message}\n`);

/** @param {unknown} error */
const messageOf = (error) => (error instanceof Error ? error.message : String(error));

async function main() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22)
    throw new Error(
      `Node ${process.versions.node} is too old (Astro needs ≥ 22.12): run \`npm run bench\` or node_modules/.bin/node bench/run.mjs.`,
    );
  const steps = chosenSteps();
  // Fail before spending a minute on the build if the browser steps cannot run anyway.
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
    lighthouse: undefined,
    buildScaling: undefined,
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
    if (steps.has('build')) results.build = await step('astro build', () => buildSite(repoRoot, outDir));
    const built = results.build !== undefined && !('error' in results.build);
    if (steps.has('build'))
      results.buildOneLanguage = await step('astro build, default language only', () =>
        buildSiteOneLanguage(repoRoot, tmp),
      );

    if (steps.has('pdf')) {
      const signatures = await benchSignatures(repoRoot);
      const node = await step('PDF generation in Node', () => benchPdfInNode(repoRoot, tmp, signatures));
      const chromium = await step('PDF generation in Chromium', () => benchPdfInChromium(repoRoot, tmp, signatures));
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
          met: Object.fromEntries(
            chromium.cases
              .filter((c) => c.kind !== 'typical')
              .map((c) => [c.id, c.medianMs <= GOAL_AT_LIMIT_MEDIAN_MS]),
          ),
        };
      }
    }

    const skipped = { error: 'skipped: the build failed' };
    if (steps.has('weight'))
      results.pageWeight = built ? await step('page weight', () => measurePageWeight(outDir)) : skipped;
    if (steps.has('pagefind')) {
      results.pagefind = {
        sizes: built ? await step('Pagefind sizes', () => pagefindSizes(outDir)) : skipped,
        search: built
          ? await step('Pagefind search in Chromium', () => pagefindSearchBytes(repoRoot, outDir))
          : skipped,
      };
    }
    if (steps.has('lighthouse'))
      results.lighthouse = built ? await step('Lighthouse', () => benchLighthouse(outDir, progress)) : skipped;
    // Last: the longest step, and the others do not need it.
    if (steps.has('scaling'))
      results.buildScaling = await step('build scaling', () => benchBuildScaling(repoRoot, tmp, progress));
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

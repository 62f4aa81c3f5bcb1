// @ts-check
/**
 * Step 5: Lighthouse (the `lighthouse` package's Node API, default mobile profile: an emulated
 * mid-range phone, simulated slow 4G and 4× CPU slowdown) on the machine's Chromium, started by
 * chrome-launcher headless, for the home page, a module and a worksheet of the built site, served
 * on loopback like a static host would (static-server.mjs, `site` mode: gzip, cache headers).
 * Goal: 100 in performance, accessibility, best practices and SEO on all three.
 *
 * No network: Chromium gets a host resolver that resolves nothing but 127.0.0.1 (so nothing can
 * reach the internet, and nothing waits on a DNS timeout), on top of chrome-launcher's own flags
 * that turn off background networking, component updates and sync. Every request the page made is
 * checked afterwards; any that left loopback is reported. No audit needed changing: the SEO audits
 * (is-crawlable, robots-txt, canonical, hreflang, …) read the page and the local server only.
 *
 * Performance scores are simulated from a trace taken on this machine, so a busy machine (high
 * load average) lowers them; the other three categories do not depend on timing.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { requireChromium } from './chromium.mjs';
import { PAGES } from './page-weight.mjs';
import { serveFolder } from './static-server.mjs';
import { withTimeout } from './util.mjs';

/** The goal (issue 8): every category at 100 on these pages. */
export const LIGHTHOUSE_PAGES = ['home', 'module', 'worksheet'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/**
 * Runs per page (KAP_BENCH_LIGHTHOUSE_RUNS overrides): the run with the median performance score
 * is reported, as Lighthouse's docs advise, since one run varies by several points. A first,
 * discarded run warms Chromium up (the first audit of a fresh browser scores far lower).
 */
const RUNS = Number(process.env.KAP_BENCH_LIGHTHOUSE_RUNS) || 3;

/** One audit takes ≈ 15–40 s here; this only catches a hang. */
const AUDIT_TIMEOUT_MS = 180_000;

/** Audit results that are not pass/fail findings. */
const NOT_SCORED = new Set(['informative', 'notApplicable', 'manual', 'error']);

/**
 * Chromium flags: headless and root-safe as asked, and no way off the machine.
 */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/**
 * What Lighthouse said about one page: the four scores (0–100) and, per category, the audits that
 * did not pass (`weight` 0 means the audit is shown but does not change the score).
 * @param {any} lhr Lighthouse's result object
 */
function summarizeResult(lhr) {
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {Record<string, { id: string, title: string, score: number, weight: number, displayValue?: string }[]>} */
  const failing = {};
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category?.score === null || category?.score === undefined ? null : Math.round(category.score * 100);
    failing[id] = [];
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || NOT_SCORED.has(audit.scoreDisplayMode) || audit.score === null || audit.score >= 1) continue;
      // Performance lists many zero-weight diagnostics; only those that cost time are worth naming.
      if (id === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue;
      failing[id].push({
        id: ref.id,
        title: audit.title,
        score: Math.round(audit.score * 100) / 100,
        weight: ref.weight,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  const requests = lhr.audits['network-requests']?.details?.items ?? [];
  /** @type {string[]} */
  const urls = requests.map((/** @type {any} */ item) => String(item.url));
  const offMachine = urls.filter((url) => !/^(?:https?:\/\/127\.0\.0\.1[:/]|data:|blob:|chrome)/.test(url));
  return {
    scores,
    failing,
    metrics: Object.fromEntries(
      [
        'first-contentful-paint',
        'largest-contentful-paint',
        'total-blocking-time',
        'cumulative-layout-shift',
        'speed-index',
      ].map((id) => [id, lhr.audits[id]?.displayValue]),
    ),
    offMachineRequests: offMachine,
    warnings: lhr.runWarnings ?? [],
    benchmarkIndex: lhr.environment?.benchmarkIndex,
  };
}

/**
 * Step 5 for {@link LIGHTHOUSE_PAGES}, one page after another in one Chromium.
 * @param {string} outDir the built site (built for the root path)
 * @param {(message: string) => void} progress
 */
export async function benchLighthouse(outDir, progress) {
  const server = await serveFolder(outDir, { site: true });
  try {
    const chrome = await chromeLauncher.launch({
      chromePath: requireChromium(),
      chromeFlags: CHROME_FLAGS,
      logLevel: 'silent',
    });
    try {
      const pages = [];
      let version = '';
      /** @param {string} url */
      const audit = async (url) => {
        const result = await withTimeout(
          lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES }),
          AUDIT_TIMEOUT_MS,
          `Lighthouse on ${url}`,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}.`);
        if (result.lhr.runtimeError)
          throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
        version = result.lhr.lighthouseVersion;
        return summarizeResult(result.lhr);
      };
      progress('  Lighthouse: warm-up run (discarded)');
      await audit(server.url);
      for (const id of LIGHTHOUSE_PAGES) {
        const page = PAGES.find((candidate) => candidate.id === id);
        if (!page) throw new Error(`No page "${id}" in page-weight.mjs's PAGES.`);
        const runs = [];
        for (let run = 1; run <= RUNS; run++) {
          progress(`  Lighthouse: ${page.url} (run ${run} of ${RUNS})`);
          runs.push(await audit(new URL(page.url, server.url).href));
        }
        const byPerformance = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
        const median = /** @type {(typeof runs)[number]} */ (byPerformance[Math.floor((byPerformance.length - 1) / 2)]);
        pages.push({
          id,
          url: page.url,
          runs: RUNS,
          performanceScores: runs.map((run) => run.scores.performance),
          ...median,
        });
      }
      return {
        version,
        runsPerPage: RUNS,
        formFactor: 'mobile (default: emulated Moto G Power, simulated slow 4G, 4× CPU slowdown)',
        pages,
        goal: {
          text: '100 in all four categories on home, module and worksheet',
          met: pages.every((page) => Object.values(page.scores).every((score) => score === 100)),
        },
      };
    } finally {
      chrome.kill();
    }
  } finally {
    await server.close();
  }
}

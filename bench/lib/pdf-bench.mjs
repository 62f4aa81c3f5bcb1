// @ts-check
/**
 * Step 1: PDF generation speed and size, in Node 24 and in headless Chromium. The timing loop
 * itself is bench/pdf-cases.ts, bundled for each runtime; this file runs the bundles and turns
 * their raw timings into medians and p95s.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { bundleForBrowser, bundleForNode } from './bundle.mjs';
import { launchChromium } from './chromium.mjs';
import { serveFolder } from './static-server.mjs';
import { summarize, withTimeout } from './util.mjs';

/**
 * @typedef {import('../pdf-cases').PdfCaseTimings} PdfCaseTimings
 * @typedef {import('../pdf-cases').PdfBenchOutput} PdfBenchOutput
 * @typedef {import('../pdf-cases').BenchSignatures} BenchSignatures
 */

/** Per runtime: 198 PDFs take ≈ 30–90 s on a 2-core machine; this only catches a hang. */
const RUNTIME_TIMEOUT_MS = 600_000;

/**
 * The drawn signatures both runtimes use, as the form keeps them: a signature pad's strokes
 * (tests/fixtures/pdf/signature-strokes.ts, loaded by Node's type stripping) on a desktop pad
 * (600 × 200 CSS px) and on a phone's (400 × 160).
 * @param {string} repoRoot
 * @returns {Promise<BenchSignatures>}
 */
export async function benchSignatures(repoRoot) {
  const strokes = await import(pathToFileURL(join(repoRoot, 'tests/fixtures/pdf/signature-strokes.ts')).href);
  return { typical: strokes.drawnSignatureStrokes(600, 200), atLimit: strokes.drawnSignatureStrokes(400, 160) };
}

/**
 * Medians, p95s and sizes per case; the Unicode case also gets its cold first run.
 * @param {PdfBenchOutput} output
 */
function summarizeOutput(output) {
  return {
    warmUpRuns: output.warmUpRuns,
    measuredRuns: output.measuredRuns,
    cases: output.cases.map((c) => ({
      id: c.id,
      worksheet: c.worksheet,
      kind: c.kind,
      label: c.label,
      ...summarize(c.runsMs),
      bytes: c.bytes,
      undrawable: c.undrawable,
      // Only the first Unicode case has a meaningful cold run: the font fetch/read, the fontkit
      // import and the one-off font preparation all happen in its first warm-up run.
      ...(c.cold ? { coldMs: Math.round(c.firstRunMs * 10) / 10 } : {}),
      runsMs: c.runsMs.map((value) => Math.round(value * 100) / 100),
    })),
    warnings: output.warnings,
  };
}

/**
 * Bundles the Node entry and runs it in a fresh Node process (this same Node 24), from the
 * repository root.
 * @param {string} repoRoot
 * @param {string} tmp a scratch folder
 * @param {BenchSignatures} signatures
 */
export async function benchPdfInNode(repoRoot, tmp, signatures) {
  const bundle = await bundleForNode(repoRoot, join(tmp, 'pdf-node'));
  const signaturesFile = join(tmp, 'pdf-node', 'signatures.json');
  await writeFile(signaturesFile, JSON.stringify(signatures));
  const { stdout } = await promisify(execFile)(process.execPath, [bundle, signaturesFile], {
    cwd: repoRoot,
    timeout: RUNTIME_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  const lastLine = stdout.trim().split('\n').at(-1) ?? '';
  return { runtime: `Node ${process.versions.node}`, ...summarizeOutput(JSON.parse(lastLine)) };
}

/**
 * Bundles the browser entry, serves it on loopback, and runs the loop inside a headless Chromium
 * page (timed there with `performance.now()`), returning the numbers through `page.evaluate`.
 * @param {string} repoRoot
 * @param {string} tmp a scratch folder
 * @param {BenchSignatures} signatures
 */
export async function benchPdfInChromium(repoRoot, tmp, signatures) {
  const pageDir = join(tmp, 'pdf-page');
  await mkdir(pageDir, { recursive: true });
  await bundleForBrowser(repoRoot, pageDir);
  const server = await serveFolder(pageDir);
  try {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      /** @type {string[]} */
      const problems = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // The engine console.warns when it falls back to Helvetica (font fetch failed): keep that.
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning')
          problems.push(`console ${message.type()}: ${message.text()}`);
      });
      await page.goto(server.url, { waitUntil: 'load', timeout: 30_000 });
      await page.waitForFunction(() => typeof window.runPdfBench === 'function', undefined, { timeout: 30_000 });
      const output = /** @type {PdfBenchOutput} */ (
        await withTimeout(
          page.evaluate(
            (drawn) => /** @type {NonNullable<Window['runPdfBench']>} */ (window.runPdfBench)(drawn),
            signatures,
          ),
          RUNTIME_TIMEOUT_MS,
          'PDF generation in Chromium',
        )
      );
      output.warnings.push(...problems);
      return { runtime: `Chromium ${browser.version()}`, ...summarizeOutput(output) };
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}

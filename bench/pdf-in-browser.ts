/**
 * Browser entry of the PDF benchmark: bundled by `lib/bundle.mjs` (esbuild, ESM, code splitting so
 * fontkit stays a lazy chunk as on the site) and loaded by a one-line HTML page in headless
 * Chromium. It uses the site's own `loadUnicodeFont`, so the Unicode cases really fetch the font
 * over HTTP, once per page load, exactly as a patient's browser does.
 *
 * Nothing runs on load: `lib/pdf-bench.mjs` calls `window.runPdfBench(signatures)` through
 * `page.evaluate`, passing the same drawn signatures the Node run uses.
 */
import { loadUnicodeFont } from '../src/pdf/font-url';
import { runPdfCases, type BenchSignatures, type PdfBenchOutput } from './pdf-cases';

declare global {
  interface Window {
    /** Runs every case and resolves with the raw timings. */
    runPdfBench?: (signatures: BenchSignatures) => Promise<PdfBenchOutput>;
  }
}

window.runPdfBench = (signatures) => runPdfCases(loadUnicodeFont, signatures);

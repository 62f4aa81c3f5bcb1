/**
 * The PDF generation benchmark itself, shared by the Node entry (`pdf-in-node.ts`) and the browser
 * entry (`pdf-in-browser.ts`) so both runtimes time exactly the same work. Bundled by esbuild
 * (`lib/bundle.mjs`); not imported by the site.
 *
 * Cases (the intention worksheet, Letter, English):
 * - typical answers: a realistic, partly filled worksheet;
 * - every field at its limit: all text at maxLength, every option ticked (Helvetica only);
 * - the same with Greek and Cyrillic in every long answer, so the Unicode font (Noto Sans, 629 KB)
 *   is fetched, parsed and embedded whole.
 */
import { generateWorksheetPdf } from '../src/pdf/generate';
import { intentionWorksheet } from '../src/worksheets/intention/definition';
import type { WorksheetAnswers } from '../src/worksheets/types';
import { answersAtLimit, typicalIntentionAnswers } from '../tests/fixtures/pdf/answers';

/** Runs made and thrown away before timing, so the JIT has compiled the hot paths. */
export const WARM_UP_RUNS = 3;
/** Timed runs per case. */
export const MEASURED_RUNS = 30;

/** Loads the Unicode font; must return the SAME object every time (the engine caches per object). */
export type FontLoader = () => Promise<ArrayBuffer | Uint8Array>;

/** Raw timings of one case, in milliseconds; statistics are computed by the caller. */
export interface PdfCaseTimings {
  id: 'typical' | 'at-limit' | 'at-limit-unicode';
  label: string;
  /** The {@link MEASURED_RUNS} timed runs, in run order. */
  runsMs: number[];
  /** The first warm-up run of this case: for the Unicode case, the cold one (font fetch, fontkit import, font preparation). */
  firstRunMs: number;
  /** Size of the last PDF made. */
  bytes: number;
  /** Characters no font could draw (should be 0 in every case). */
  undrawable: number;
  /** How many times the engine asked for the Unicode font during this case. */
  fontLoads: number;
}

/** Whether every case went as intended; see {@link runPdfCases}. */
export interface PdfBenchOutput {
  warmUpRuns: number;
  measuredRuns: number;
  cases: PdfCaseTimings[];
  /** Problems that make a number misleading (e.g. the Unicode font was never embedded). */
  warnings: string[];
}

/** Greek and Cyrillic at the start of every long answer, keeping each answer's length (so still at its limit). */
export function withGreekAndCyrillic(answers: WorksheetAnswers): WorksheetAnswers {
  const prefix = 'Καλημέρα κόσμε, Привет мир. ';
  return Object.fromEntries(
    Object.entries(answers).map(([key, value]) => [key, typeof value === 'string' && value.length > 40 ? (prefix + value).slice(0, value.length) : value]),
  );
}

/** The three cases, in the order they run: the Unicode case last, so its first run is the cold one. */
export function pdfCases(): { id: PdfCaseTimings['id']; label: string; answers: WorksheetAnswers }[] {
  return [
    { id: 'typical', label: 'typical answers', answers: typicalIntentionAnswers(intentionWorksheet) },
    { id: 'at-limit', label: 'every field at its limit', answers: answersAtLimit(intentionWorksheet) },
    { id: 'at-limit-unicode', label: 'at limit, Greek + Cyrillic', answers: withGreekAndCyrillic(answersAtLimit(intentionWorksheet)) },
  ];
}

/** Lets the runtime run its pending tasks (and GC) between runs, as between two clicks; not timed. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Times {@link WARM_UP_RUNS} + {@link MEASURED_RUNS} generations of each case, one after another.
 * @param loadUnicodeFont what the site passes as `loadUnicodeFont` (in the browser: the real fetch)
 * @param now a monotonic clock in ms (`performance.now`)
 */
export async function runPdfCases(loadUnicodeFont: FontLoader, now: () => number = () => performance.now()): Promise<PdfBenchOutput> {
  const output: PdfBenchOutput = { warmUpRuns: WARM_UP_RUNS, measuredRuns: MEASURED_RUNS, cases: [], warnings: [] };
  for (const { id, label, answers } of pdfCases()) {
    let fontLoads = 0;
    const countingLoader: FontLoader = () => {
      fontLoads++;
      return loadUnicodeFont();
    };
    const runsMs: number[] = [];
    let firstRunMs = Number.NaN;
    let bytes = 0;
    let undrawable = 0;
    for (let run = 0; run < WARM_UP_RUNS + MEASURED_RUNS; run++) {
      const start = now();
      const pdf = await generateWorksheetPdf(intentionWorksheet, answers, {
        clinicName: 'Example Clinic',
        pageSize: 'letter',
        language: 'en',
        createdOn: new Date(2026, 2, 14),
        loadUnicodeFont: countingLoader,
      });
      const elapsed = now() - start;
      if (run === 0) firstRunMs = elapsed;
      if (run >= WARM_UP_RUNS) runsMs.push(elapsed);
      bytes = pdf.bytes.length;
      undrawable = pdf.undrawable.length;
      await breathe();
    }
    // The engine silently falls back to Helvetica when the font cannot be loaded, which would make
    // the Unicode case look fast and small: say so instead of reporting a wrong number.
    if (id === 'at-limit-unicode' && (fontLoads === 0 || undrawable > 0)) {
      output.warnings.push(`${label}: the Unicode font was not used (${fontLoads} loads, ${undrawable} undrawable characters).`);
    }
    if (id !== 'at-limit-unicode' && fontLoads > 0) output.warnings.push(`${label}: the Unicode font was loaded although Helvetica should do.`);
    output.cases.push({ id, label, runsMs, firstRunMs, bytes, undrawable, fontLoads });
  }
  return output;
}

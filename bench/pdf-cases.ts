/**
 * The PDF generation benchmark itself, shared by the Node entry (`pdf-in-node.ts`) and the browser
 * entry (`pdf-in-browser.ts`) so both runtimes time exactly the same work. Bundled by esbuild
 * (`lib/bundle.mjs`, which also expands the `import.meta.glob` of `src/worksheets/definitions.ts`);
 * not imported by the site.
 *
 * Every worksheet the kit ships (`worksheetDefinitions`: a new one is benched the moment its
 * definition exists), built as its page builds it (clinic values of the example clinic filled in,
 * Letter), with:
 * - typical answers: a realistic, partly filled worksheet (hand-written for the shipped ones; a
 *   generic set for any other), drawn signatures as a desktop pad makes them;
 * - every field at its limit: all text at maxLength, every option ticked, every signature drawn
 *   (on a phone's pad) — Helvetica only;
 * - the same with Greek and Cyrillic in every long answer, so the Unicode font (Noto Sans, 629 KB)
 *   is fetched, parsed and embedded whole.
 * The chaperone agreement also prints its card page (phones, lists, look-in log).
 */
import { clinicValueNames, formatClinicValue } from '../src/clinic/values';
import { translatorFor } from '../src/i18n/strings';
import { pdfClinicOptions } from '../src/pdf/clinic-options';
import { generateWorksheetPdf } from '../src/pdf/generate';
import { answerSlots } from '../src/worksheets/answers';
import { withClinicValues } from '../src/worksheets/clinic-text';
import { worksheetDefinitions } from '../src/worksheets/definitions';
import type { WorksheetAnswers, WorksheetDefinition } from '../src/worksheets/types';
import { exampleClinic } from '../tests/fixtures/example-clinic';
import {
  answersAtLimit,
  typicalAnswers,
  typicalChaperoneAnswers,
  typicalIntentionAnswers,
} from '../tests/fixtures/pdf/answers';

/** Runs made and thrown away before timing, so the JIT has compiled the hot paths. */
export const WARM_UP_RUNS = 3;
/** Timed runs per case. */
export const MEASURED_RUNS = 30;

/** Loads the Unicode font; must return the SAME object every time (the engine caches per object). */
export type FontLoader = () => Promise<ArrayBuffer | Uint8Array>;

/**
 * Drawn signatures as the form keeps them (the pad's strokes, `kinds/signature/strokes.ts`), made
 * by the caller, so both runtimes draw identical drawings. A PNG `data:` URL (how older versions
 * kept them) works too: bench/signature-formats.ts compares the two.
 */
export interface BenchSignatures {
  /** A desktop pad's drawing (600 × 200 CSS pixels). */
  typical: string;
  /** A phone's (400 × 160 CSS pixels; as a PNG, the largest a pad made: 1,200 × 480 pixels at 3×). */
  atLimit: string;
}

/** Which answers a case uses. */
export type PdfCaseKind = 'typical' | 'at-limit' | 'at-limit-unicode';

/** Raw timings of one case, in milliseconds; statistics are computed by the caller. */
export interface PdfCaseTimings {
  /** `<worksheet id>/<kind>`, e.g. `chaperone/at-limit`. */
  id: string;
  worksheet: string;
  kind: PdfCaseKind;
  label: string;
  /** The {@link MEASURED_RUNS} timed runs, in run order. */
  runsMs: number[];
  /** The first warm-up run of this case. */
  firstRunMs: number;
  /** Whether the first run was the cold one: the first Unicode case of the run (font fetch, fontkit import, font preparation). */
  cold: boolean;
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
    Object.entries(answers).map(([key, value]) => [
      key,
      typeof value === 'string' && value.length > 40 && !value.startsWith('data:')
        ? (prefix + value).slice(0, value.length)
        : value,
    ]),
  );
}

/** The English pages' words: the PDFs measured are the English ones (a Spanish PDF draws the same fields). */
const ui = translatorFor('en');

const clinicText = (name: (typeof clinicValueNames)[number]) => formatClinicValue(exampleClinic, name, ui).text;

/** Typical answers: hand-written for the shipped worksheets, generic for any other. */
function typicalFor(definition: WorksheetDefinition, signature: string): WorksheetAnswers {
  if (definition.id === 'intention') return typicalIntentionAnswers(definition);
  if (definition.id === 'chaperone') return typicalChaperoneAnswers(definition, signature);
  return typicalAnswers(definition, signature);
}

/** Every field at its limit, signatures included. */
function atLimitFor(definition: WorksheetDefinition, signature: string): WorksheetAnswers {
  const answers = answersAtLimit(definition);
  for (const slot of answerSlots(definition)) if (slot.kind === 'signature') answers[slot.key] = signature;
  return answers;
}

/** One case: a worksheet (clinic values filled in, as its page does) and a set of answers. */
interface PdfCase {
  id: string;
  kind: PdfCaseKind;
  label: string;
  definition: WorksheetDefinition;
  answers: WorksheetAnswers;
}

/**
 * The cases, in the order they run: each worksheet's typical and at-limit cases, then every
 * Unicode case, so the first Unicode case's first run is the cold one.
 */
export function pdfCases(signatures: BenchSignatures): PdfCase[] {
  const filled = worksheetDefinitions.map((definition) => withClinicValues(definition, clinicText));
  const make = (
    definition: WorksheetDefinition,
    kind: PdfCaseKind,
    label: string,
    answers: WorksheetAnswers,
  ): PdfCase => ({
    id: `${definition.id}/${kind}`,
    kind,
    label: `${definition.id}: ${label}`,
    definition,
    answers,
  });
  return [
    ...filled.flatMap((definition) => [
      make(definition, 'typical', 'typical answers', typicalFor(definition, signatures.typical)),
      make(definition, 'at-limit', 'every field at its limit', atLimitFor(definition, signatures.atLimit)),
    ]),
    ...filled.map((definition) =>
      make(
        definition,
        'at-limit-unicode',
        'at limit, Greek + Cyrillic',
        withGreekAndCyrillic(atLimitFor(definition, signatures.atLimit)),
      ),
    ),
  ];
}

/** Lets the runtime run its pending tasks (and GC) between runs, as between two clicks; not timed. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Times {@link WARM_UP_RUNS} + {@link MEASURED_RUNS} generations of each case, one after another.
 * @param loadUnicodeFont what the site passes as `loadUnicodeFont` (in the browser: the real fetch)
 * @param signatures the drawn signatures to use
 * @param now a monotonic clock in ms (`performance.now`)
 */
export async function runPdfCases(
  loadUnicodeFont: FontLoader,
  signatures: BenchSignatures,
  now: () => number = () => performance.now(),
): Promise<PdfBenchOutput> {
  const output: PdfBenchOutput = { warmUpRuns: WARM_UP_RUNS, measuredRuns: MEASURED_RUNS, cases: [], warnings: [] };
  let fontLoadedBefore = false;
  for (const { id, kind, label, definition, answers } of pdfCases(signatures)) {
    const keys = new Set(answerSlots(definition).map((slot) => slot.key));
    const unknown = Object.keys(answers).filter((key) => !keys.has(key));
    if (unknown.length > 0)
      output.warnings.push(`${label}: answers for fields the worksheet does not have: ${unknown.join(', ')}.`);
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
      // As the site's make-pdf.ts calls it: clinic values are already in the definition's text.
      const pdf = await generateWorksheetPdf(definition, answers, {
        clinicName: exampleClinic.clinic.name,
        pageSize: exampleClinic.pdf.pageSize,
        ui,
        createdOn: new Date(2026, 2, 14),
        loadUnicodeFont: countingLoader,
        clinic: pdfClinicOptions(exampleClinic, 'America/New_York'),
      });
      const elapsed = now() - start;
      if (run === 0) firstRunMs = elapsed;
      if (run >= WARM_UP_RUNS) runsMs.push(elapsed);
      bytes = pdf.bytes.length;
      undrawable = pdf.undrawable.length;
      await breathe();
    }
    // The engine silently falls back to Helvetica when the font cannot be loaded, which would make
    // a Unicode case look fast and small: say so instead of reporting a wrong number.
    if (kind === 'at-limit-unicode' && (fontLoads === 0 || undrawable > 0)) {
      output.warnings.push(
        `${label}: the Unicode font was not used (${fontLoads} loads, ${undrawable} undrawable characters).`,
      );
    }
    if (kind !== 'at-limit-unicode' && fontLoads > 0)
      output.warnings.push(`${label}: the Unicode font was loaded although Helvetica should do.`);
    const cold = kind === 'at-limit-unicode' && !fontLoadedBefore;
    if (fontLoads > 0) fontLoadedBefore = true;
    output.cases.push({
      id,
      worksheet: definition.id,
      kind,
      label,
      runsMs,
      firstRunMs,
      cold,
      bytes,
      undrawable,
      fontLoads,
    });
  }
  return output;
}

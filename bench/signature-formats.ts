/**
 * The measurements behind docs/decisions/0004-signature-format.md: a drawn signature kept as the
 * pad's PNG (what the kit kept until then) against the pad's strokes (`kinds/signature/strokes.ts`)
 * drawn as PDF vector paths. Not part of `npm run bench`: run it when either format changes.
 *
 *     npx node -e "import('./bench/lib/bundle.mjs').then((b) => b.bundleNodeScript('bench/signature-formats.ts', '/tmp/signature-bench/run.mjs'))"
 *     npx node /tmp/signature-bench/run.mjs
 *
 * 1. Drawings: a real signature_pad (its UMD build) in headless Chromium, on a desktop pad
 *    (600 × 200 CSS px, 1×) and a phone pad (400 × 160 CSS px at 3×, 1,200 × 480 pixels), signed
 *    by pointer events sent in real time at 120 Hz along the same four strokes (a looped cursive
 *    name, a wave, a fast underline, a dot), so the pad's own throttling and speed-dependent
 *    widths apply. Each gives the pad's `toData()`, `toDataURL('image/png')` and `toSVG()`.
 * 2. Bytes stored: the answer as a draft or a hidden PDF field holds it, for each encoding.
 * 3. Bytes added to the chaperone agreement's PDF (both signatures drawn, against both blank).
 * 4. Faithfulness: the strokes drawn as PDF paths, rasterised by Poppler at the canvas's pixel size,
 *    against the canvas itself, for three ways of drawing them; and sharpness at 4× zoom.
 * 5. Time: the kind's `prepare` + drawing of one signature, and the whole PDF through the bench's
 *    own loop (bench/pdf-cases.ts) in Node and in Chromium, median (p95) of 30 after 3 warm-ups;
 *    and the agreement with both signatures at the strokes format's limits, in Node.
 * Prints a JSON report on stdout and writes the zoomed crops to the scratch folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  appendBezierCurve,
  concatTransformationMatrix,
  drawObject,
  LineCapStyle,
  LineJoinStyle,
  lineTo,
  moveTo,
  PDFDocument,
  type PDFOperator,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setLineCap,
  setLineJoin,
  setLineWidth,
  setStrokingColor,
  stroke,
} from 'pdf-lib';
import { pdfClinicOptions } from '../src/pdf/clinic-options';
import { generateWorksheetPdf } from '../src/pdf/generate';
import { strokeShapes } from '../src/pdf/signature-curves';
import { decodeSignature, embedSignature } from '../src/pdf/signature-image';
import { strokeOperators } from '../src/pdf/signature-strokes';
import { formatClinicValue } from '../src/clinic/values';
import { translatorFor } from '../src/i18n/strings';
import chaperoneDefinition from '../src/worksheets/chaperone/definition';
import { withClinicValues } from '../src/worksheets/clinic-text';
import signatureExamples from '../src/worksheets/kinds/signature/examples';
import { decodeStrokes, encodeStrokes, PEN, type StrokePoint } from '../src/worksheets/kinds/signature/strokes';
import { exampleClinic } from '../tests/fixtures/example-clinic';
import { answersAtLimit, typicalChaperoneAnswers } from '../tests/fixtures/pdf/answers';

const ROOT = process.cwd();
const TMP = '/tmp/signature-bench';
mkdirSync(TMP, { recursive: true });

/** Loads a module at run time, outside the bundle (playwright-core cannot be bundled). */
const runtimeImport = (path: string) => import(pathToFileURL(resolve(ROOT, path)).href);

interface Pad {
  name: string;
  width: number;
  height: number;
  ratio: number;
}
const PADS: Pad[] = [
  { name: 'desktop 600 × 200, 1×', width: 600, height: 200, ratio: 1 },
  { name: 'phone 400 × 160, 3×', width: 400, height: 160, ratio: 3 },
];

/** One planned stroke: positions (0–1 of the pad) at times (ms from the pen going down). */
type Plan = [number, number, number][];

/** The four strokes, sampled at 120 Hz. */
function plans(): Plan[] {
  const sample = (duration: number, at: (u: number) => [number, number]): Plan => {
    const plan: Plan = [];
    for (let t = 0; t <= duration; t += 1000 / 120) {
      // The pen slows and speeds up along the stroke, as a hand does.
      const u = t / duration - 0.04 * Math.sin((2 * Math.PI * 3 * t) / duration);
      plan.push([...at(Math.min(1, Math.max(0, u))), t]);
    }
    return plan;
  };
  return [
    sample(1800, (u) => [
      0.08 + 0.5 * u - 0.035 * Math.sin(2 * Math.PI * 5 * u),
      0.5 - 0.22 * Math.cos(2 * Math.PI * 5 * u) * (1 - 0.3 * u),
    ]),
    sample(900, (u) => [0.6 + 0.32 * u, 0.55 - 0.25 * Math.sin(u * Math.PI * 5) * (1 - u * 0.4)]),
    sample(300, (u) => [0.12 + 0.76 * u, 0.86 - 0.04 * u]),
    [[0.5, 0.18, 0]],
  ];
}

interface PadDrawing {
  data: { points: StrokePoint[] }[];
  png: string;
  svg: string;
}

/** Signs a real signature_pad in Chromium. */
async function draw(pad: Pad): Promise<PadDrawing> {
  const { launchChromium } = await runtimeImport('bench/lib/chromium.mjs');
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ deviceScaleFactor: pad.ratio, viewport: { width: 800, height: 400 } });
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><body style="margin:0"></body></html>');
    await page.addScriptTag({ path: join(ROOT, 'node_modules/signature_pad/dist/signature_pad.umd.min.js') });
    return await page.evaluate(
      async ({ pad, strokes, pen }: { pad: Pad; strokes: Plan[]; pen: typeof PEN }): Promise<PadDrawing> => {
        const canvas = document.createElement('canvas');
        canvas.style.cssText = `display:block;width:${pad.width}px;height:${pad.height}px;touch-action:none`;
        document.body.append(canvas);
        // As the form's input sets the pad up (src/worksheets/kinds/signature/Input.tsx).
        const ratio = Math.max(window.devicePixelRatio || 1, 1);
        canvas.width = canvas.offsetWidth * ratio;
        canvas.height = canvas.offsetHeight * ratio;
        canvas.getContext('2d')!.scale(ratio, ratio);
        type SignaturePadLike = { toData(): PadDrawing['data']; toDataURL(type: string): string };
        const SignaturePad = (
          window as unknown as { SignaturePad: new (canvas: HTMLCanvasElement, options: object) => SignaturePadLike }
        ).SignaturePad;
        const signaturePad = new SignaturePad(canvas, { ...pen, backgroundColor: 'rgba(0,0,0,0)' });
        const fire = (type: string, x: number, y: number, buttons: number) =>
          canvas.dispatchEvent(
            new PointerEvent(type, {
              clientX: x * pad.width,
              clientY: y * pad.height,
              buttons,
              pointerId: 1,
              pointerType: 'pen',
              pressure: buttons ? 0.5 : 0,
              bubbles: true,
              cancelable: true,
            }),
          );
        const until = (time: number) => new Promise((done) => setTimeout(done, Math.max(0, time - performance.now())));
        for (const plan of strokes) {
          const start = performance.now();
          const [first, ...rest] = plan;
          fire('pointerdown', first![0], first![1], 1);
          for (const [x, y, t] of rest) {
            await until(start + t);
            fire('pointermove', x, y, 1);
          }
          const last = plan.at(-1)!;
          fire('pointerup', last[0], last[1], 0);
          await until(performance.now() + 200);
        }
        return {
          data: signaturePad.toData(),
          png: signaturePad.toDataURL('image/png'),
          svg: signaturePad.toDataURL('image/svg+xml'),
        };
      },
      { pad, strokes: plans(), pen: PEN },
    );
  } finally {
    await browser.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Median and p95 of 30 timed runs after 3 warm-ups, in ms. */
async function time(run: () => Promise<unknown>): Promise<{ medianMs: number; p95Ms: number }> {
  const runs: number[] = [];
  for (let index = 0; index < 33; index++) {
    const start = performance.now();
    await run();
    if (index >= 3) runs.push(performance.now() - start);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 100) / 100;
  return { medianMs: round(median(runs)), p95Ms: round(sorted[Math.ceil(0.95 * sorted.length) - 1]!) };
}

/** The agreement as its page builds it: the example clinic's values filled in (as bench/pdf-cases.ts does). */
const ui = translatorFor('en');
const chaperoneWorksheet = withClinicValues(
  chaperoneDefinition,
  (name) => formatClinicValue(exampleClinic, name, ui).text,
);

const pdfOptions = {
  clinicName: exampleClinic.clinic.name,
  pageSize: exampleClinic.pdf.pageSize,
  ui,
  createdOn: new Date(2026, 2, 14),
  clinic: pdfClinicOptions(exampleClinic, 'America/New_York'),
} as const;

/** The chaperone agreement with both signatures drawn as `signature`. */
const chaperonePdf = async (signature: string) =>
  (await generateWorksheetPdf(chaperoneWorksheet, typicalChaperoneAnswers(chaperoneWorksheet, signature), pdfOptions))
    .bytes;

/** A page the pad's size in points (1 pt per CSS px) with `operators`, rasterised to a grey raster of `scale` pixels per pt. */
async function rasterise(build: (doc: PDFDocument) => Promise<PDFOperator[]>, pad: Pad, scale: number, name: string) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([pad.width, pad.height]);
  page.pushOperators(...(await build(doc)));
  const file = join(TMP, `${name}.pdf`);
  writeFileSync(file, await doc.save());
  const [width, height] = [pad.width * scale, pad.height * scale];
  execFileSync('pdftoppm', [
    '-gray',
    '-scale-to-x',
    String(width),
    '-scale-to-y',
    String(height),
    '-singlefile',
    file,
    join(TMP, name),
  ]);
  const pgm = readFileSync(join(TMP, `${name}.pgm`));
  // P5 header: "P5\n<w> <h>\n255\n".
  let at = 0;
  for (let newlines = 0; newlines < 3; at++) if (pgm[at] === 0x0a) newlines++;
  return { width, height, grey: pgm.subarray(at) };
}

/** How closely a raster's ink matches the canvas's: ink is 1 − grey/255. */
function compare(canvas: Uint8Array, other: Uint8Array) {
  let [difference, ink, inkOther, both, either] = [0, 0, 0, 0, 0];
  for (let index = 0; index < canvas.length; index++) {
    const [a, b] = [1 - canvas[index]! / 255, 1 - other[index]! / 255];
    difference += Math.abs(a - b);
    ink += a;
    inkOther += b;
    if (a > 0.5 && b > 0.5) both++;
    if (a > 0.5 || b > 0.5) either++;
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { inkRatio: round(inkOther / ink), differenceOverInk: round(difference / ink), overlap: round(both / either) };
}

/** Share of inked pixels that are part-grey (10–90 % ink): how soft the edges are. */
function softness(grey: Uint8Array) {
  let [partial, inked] = [0, 0];
  for (const value of grey) {
    const ink = 1 - value / 255;
    if (ink > 0.1) inked++;
    if (ink > 0.1 && ink < 0.9) partial++;
  }
  return Math.round((partial / inked) * 1000) / 1000;
}

const penColour = rgb(11 / 255, 12 / 255, 12 / 255);

/** Strokes drawn other ways, to compare with the kit's (`strokeOperators`). */
function variant(
  data: { points: StrokePoint[] }[],
  width: (shape: ReturnType<typeof strokeShapes>[number]) => number,
  polyline: boolean,
): PDFOperator[] {
  const operators = [
    pushGraphicsState(),
    concatTransformationMatrix(1, 0, 0, -1, 0, 0),
    setStrokingColor(penColour),
    setLineCap(LineCapStyle.Round),
    setLineJoin(LineJoinStyle.Round),
  ];
  for (const { points } of data) {
    if (polyline) {
      operators.push(
        setLineWidth(3),
        moveTo(points[0]!.x, points[0]!.y),
        ...points.slice(1).map((p) => lineTo(p.x, p.y)),
        ...(points.length === 1 ? [lineTo(points[0]!.x, points[0]!.y)] : []),
        stroke(),
      );
      continue;
    }
    for (const shape of strokeShapes(points)) {
      operators.push(setLineWidth(width(shape)));
      if (shape.kind === 'curve')
        operators.push(
          moveTo(shape.start.x, shape.start.y),
          appendBezierCurve(
            shape.control1.x,
            shape.control1.y,
            shape.control2.x,
            shape.control2.y,
            shape.end.x,
            shape.end.y,
          ),
          stroke(),
        );
      else if (shape.kind === 'line')
        operators.push(moveTo(shape.start.x, shape.start.y), lineTo(shape.end.x, shape.end.y), stroke());
      else operators.push(moveTo(shape.at.x, shape.at.y), lineTo(shape.at.x, shape.at.y), stroke());
    }
  }
  operators.push(popGraphicsState());
  return operators;
}

/** The y flip of {@link variant} needs the page origin at the top: wrap in a translate. */
const atTop = (pad: Pad, operators: PDFOperator[]) => [
  pushGraphicsState(),
  concatTransformationMatrix(1, 0, 0, 1, 0, pad.height),
  ...operators,
  popGraphicsState(),
];

async function measure(pad: Pad) {
  const drawn = await draw(pad);
  const strokes = encodeStrokes({ width: pad.width, height: pad.height, strokes: drawn.data });
  const drawing = decodeStrokes(strokes)!;
  if (encodeStrokes({ ...drawing, strokes: drawing.strokes.map((points) => ({ points })) }) !== strokes)
    throw new Error('The strokes value does not round-trip.');
  const points = drawn.data.reduce((sum, group) => sum + group.points.length, 0);
  const bitmap = (await decodeSignature(drawn.png))!;
  const canvasGrey = Uint8Array.from({ length: bitmap.width * bitmap.height }, (_, index) => bitmap.rgb[index * 3]!);

  // Other encodings one might keep: the pad's own data as JSON (base64 in a data: URL), and its SVG.
  const json = `data:application/json;base64,${Buffer.from(JSON.stringify(drawn.data)).toString('base64')}`;

  const blank = (await chaperonePdf('')).length;
  const pdfBytes = {
    png: (await chaperonePdf(drawn.png)).length - blank,
    strokes: (await chaperonePdf(strokes)).length - blank,
  };

  const scale = pad.ratio;
  const faithful = {
    kept: compare(
      canvasGrey,
      (
        await rasterise(
          async () => strokeOperators(drawing, { x: 0, y: 0, width: pad.width, height: pad.height }),
          pad,
          scale,
          `${pad.ratio}x-kept`,
        )
      ).grey,
    ),
    svgWidth: compare(
      canvasGrey,
      (
        await rasterise(
          async () =>
            atTop(
              pad,
              variant(drawn.data, (s) => (s.kind === 'curve' ? s.endRadius * 2.25 : s.radius * 2), false),
            ),
          pad,
          scale,
          `${pad.ratio}x-svg`,
        )
      ).grey,
    ),
    fixedPolyline: compare(
      canvasGrey,
      (
        await rasterise(
          async () =>
            atTop(
              pad,
              variant(drawn.data, () => 3, true),
            ),
          pad,
          scale,
          `${pad.ratio}x-polyline`,
        )
      ).grey,
    ),
  };
  const imageOperators = async (doc: PDFDocument) => {
    const ref = await embedSignature(doc, bitmap);
    const name = doc.getPage(0).node.newXObject('Signature', ref);
    return [
      pushGraphicsState(),
      concatTransformationMatrix(pad.width, 0, 0, pad.height, 0, 0),
      drawObject(name),
      popGraphicsState(),
    ];
  };
  const zoom = scale * 4;
  const zoomedVector = await rasterise(
    async () => strokeOperators(drawing, { x: 0, y: 0, width: pad.width, height: pad.height }),
    pad,
    zoom,
    `${pad.ratio}x-zoom-vector`,
  );
  const zoomedImage = await rasterise(imageOperators, pad, zoom, `${pad.ratio}x-zoom-png`);
  const sharpness = {
    canvas: softness(canvasGrey),
    vectorAt4x: softness(zoomedVector.grey),
    pngAt4x: softness(zoomedImage.grey),
  };
  for (const name of [`${pad.ratio}x-zoom-vector`, `${pad.ratio}x-zoom-png`]) {
    execFileSync('pdftoppm', [
      '-gray',
      '-png',
      '-r',
      String(72 * zoom),
      '-x',
      String(Math.round(0.08 * pad.width * zoom)),
      '-y',
      String(Math.round(0.2 * pad.height * zoom)),
      '-W',
      '240',
      '-H',
      '160',
      '-singlefile',
      join(TMP, `${name}.pdf`),
      join(TMP, `${name}-crop`),
    ]);
  }

  const prepareAndDraw = {
    png: await time(async () => {
      const doc = await PDFDocument.create();
      const decoded = await decodeSignature(drawn.png);
      await embedSignature(doc, decoded!);
    }),
    strokes: await time(async () => {
      strokeOperators(decodeStrokes(strokes)!, { x: 0, y: 0, width: 228, height: 68 });
    }),
  };

  return {
    pad: pad.name,
    strokes: drawn.data.length,
    points,
    storedChars: {
      png: drawn.png.length,
      strokes: strokes.length,
      padDataAsJsonBase64: json.length,
      padSvg: drawn.svg.length,
    },
    pdfBytesAddedForTwoSignatures: pdfBytes,
    faithfulness: faithful,
    edgeSoftness: sharpness,
    prepareAndDrawOneSignature: prepareAndDraw,
    values: { png: drawn.png, strokes },
  };
}

/** The whole PDF through the bench's loop, both runtimes; only the chaperone cases (the one worksheet with signatures). */
async function wholePdf(signatures: { typical: string; atLimit: string }, label: string) {
  const { benchPdfInNode, benchPdfInChromium } = await runtimeImport('bench/lib/pdf-bench.mjs');
  const pick = (result: {
    runtime: string;
    cases: { id: string; medianMs: number; p95Ms: number; bytes: number }[];
  }) => ({
    runtime: result.runtime,
    cases: result.cases
      .filter((c) => c.id.startsWith('chaperone/'))
      .map(({ id, medianMs, p95Ms, bytes }) => ({ id, medianMs, p95Ms, bytes })),
  });
  return {
    format: label,
    node: pick(await benchPdfInNode(ROOT, join(TMP, label), signatures)),
    chromium: pick(await benchPdfInChromium(ROOT, join(TMP, label), signatures)),
  };
}

/**
 * The worst a strokes value may cost: the chaperone agreement at every limit with both signatures
 * at the format's limits (1,000 strokes, 10,000 points each), in Node.
 */
async function worstCase() {
  const field = signatureExamples.field('drawn');
  const drawing = signatureExamples.answers(field).atLimit.drawn as string;
  const answers = { ...answersAtLimit(chaperoneWorksheet), patientSignature: drawing, chaperoneSignature: drawing };
  let bytes = 0;
  const timing = await time(async () => {
    bytes = (await generateWorksheetPdf(chaperoneWorksheet, answers, pdfOptions)).bytes.length;
  });
  return { valueChars: drawing.length, ...timing, bytes };
}

const [desktop, phone] = [await measure(PADS[0]!), await measure(PADS[1]!)];
writeFileSync(join(TMP, 'drawings.json'), JSON.stringify({ desktop: desktop.values, phone: phone.values }));
const report = {
  machine: {
    load: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    node: process.versions.node,
  },
  drawings: [desktop, phone].map(({ values: _, ...rest }) => rest),
  strokesAtTheirLimitsInNode: await worstCase(),
  ...(process.env.KAP_SIGNATURE_BENCH_WHOLE === '0'
    ? {}
    : {
        wholePdf: [
          await wholePdf({ typical: desktop.values.png, atLimit: phone.values.png }, 'png'),
          await wholePdf({ typical: desktop.values.strokes, atLimit: phone.values.strokes }, 'strokes'),
        ],
      }),
};
console.log(JSON.stringify(report, null, 2));

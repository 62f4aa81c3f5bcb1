import { decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, PDFString, type PDFPage } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf, type GenerateWorksheetPdfOptions } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { answerSlots, emptyAnswers } from '../../../src/worksheets/answers';
import { kindExamples } from '../../../src/worksheets/kinds/examples-table';
import {
  decodeStrokes,
  encodeStrokes,
  MAX_PAD_SIDE,
  MAX_POINT_GAP_MS,
  MAX_STROKE_POINTS,
  MAX_STROKES,
  MAX_STROKES_VALUE_LENGTH,
  type StrokePoint,
} from '../../../src/worksheets/kinds/signature/strokes';
import { worksheetSchema } from '../../../src/worksheets/schema';
import type { SignatureField, WorksheetDefinition } from '../../../src/worksheets/types';
import { cardAnswers, cardWorksheet, clinicOptions, drawnSignature } from '../../fixtures/pdf/card-worksheet';
import { englishUi, pdfOptions } from '../../fixtures/pdf/options';
import {
  cleanWithMutool,
  pdfimagesList,
  qpdfCheck,
  removeTemporaries,
  rewriteWithQpdf,
} from '../../fixtures/pdf/pdf-tools';
import { drawnSignaturePng, pngDataUrl } from '../../fixtures/pdf/png';
import { drawnSignaturePoints, drawnSignatureStrokes } from '../../fixtures/pdf/signature-strokes';

afterAll(removeTemporaries);

const PREFIX = 'data:application/vnd.kap.strokes;v=1,';
const options = (overrides: Partial<GenerateWorksheetPdfOptions> = {}) =>
  pdfOptions({ clinic: clinicOptions(), ...overrides });
const examples = kindExamples.signature.answers(kindExamples.signature.field('example') as SignatureField);
const typical = examples.typical.example as string;
const atLimit = examples.atLimit.example as string;
/** Points as signature_pad's `toData()` gives them, for the encoder. */
const groups = (strokes: StrokePoint[][]) => strokes.map((points) => ({ points }));

/** The decoded content stream(s) of a page, as text. */
function pageContent(page: PDFPage): string {
  const contents = page.node.Contents();
  const streams =
    contents instanceof PDFArray ? contents.asArray().map((ref) => page.doc.context.lookup(ref)) : [contents];
  return streams
    .filter((stream): stream is PDFRawStream => stream instanceof PDFRawStream)
    .map((stream) => new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode()))
    .join('\n');
}

/** A stroke of `count` points. */
const points = (count: number) => `0,0${',1,1,16'.repeat(count - 1)}`;
/** Values no pad writes, each refused whole (never clamped into a drawing). */
const hostile: [string, unknown][] = [
  // 8,401 points (fewer than allowed), all within the margin, in more characters than allowed.
  ['longer than allowed', `${PREFIX}600x200;0,0${',12000,0,60000,-12000,0,60000'.repeat(4200)}`],
  ['more points than allowed, in one stroke', `${PREFIX}2000x2000;${points(MAX_STROKE_POINTS + 1)}`],
  [
    'more points than allowed, over several strokes',
    `${PREFIX}2000x2000;${points(MAX_STROKE_POINTS / 2)};${points(MAX_STROKE_POINTS / 2)};0,0`,
  ],
  ['more strokes than allowed', `${PREFIX}600x200${';1,1'.repeat(MAX_STROKES + 1)}`],
  ['no strokes', `${PREFIX}600x200`],
  ['an empty stroke', `${PREFIX}600x200;1,1;;2,2`],
  ['a trailing separator', `${PREFIX}600x200;1,1;`],
  ['no pad size', `${PREFIX}1,1`],
  ['a pad of no width', `${PREFIX}0x200;1,1`],
  ['a pad wider than allowed', `${PREFIX}${MAX_PAD_SIDE + 1}x200;1,1`],
  ['a pad size in capitals', `${PREFIX}600X200;1,1`],
  ['NaN', `${PREFIX}600x200;NaN,1`],
  ['Infinity', `${PREFIX}600x200;1,Infinity`],
  ['a number in exponent form', `${PREFIX}600x200;1e3,1`],
  ['a fraction', `${PREFIX}600x200;1.5,1`],
  ['a leading zero', `${PREFIX}600x200;01,1`],
  ['minus zero', `${PREFIX}600x200;-0,1`],
  ['a plus sign', `${PREFIX}600x200;+1,1`],
  ['a space', `${PREFIX}600x200;1, 1`],
  ['a number too long to be a coordinate', `${PREFIX}600x200;12345678,1`],
  ['Arabic-Indic digits', `${PREFIX}600x200;١,1`],
  ['a point missing its time', `${PREFIX}600x200;1,1,2,2`],
  ['a point far outside the pad', `${PREFIX}600x200;1,1,12100,0,16`],
  ['a first point far outside the pad', `${PREFIX}600x200;-6001,1`],
  ['a time going back', `${PREFIX}600x200;1,1,2,2,-16`],
  ['a pause longer than allowed', `${PREFIX}600x200;1,1,2,2,${MAX_POINT_GAP_MS + 1}`],
  ['a later version', 'data:application/vnd.kap.strokes;v=2,600x200;1,1'],
  ['base64 of strokes', `data:application/vnd.kap.strokes;base64,${btoa('600x200;1,1')}`],
  ['a script URL', 'javascript:alert(1)'],
  ['a number', 42],
  ['an array of points', [[{ x: 1, y: 1, time: 1 }]]],
  ['null', null],
];

describe('the strokes format', () => {
  it.each([
    ['a signature signed on a real pad', typical],
    ['the most strokes and points allowed', atLimit],
    ['the tests’ drawn signature', drawnSignature],
    ['a phone’s pad', drawnSignatureStrokes(343, 160)],
    ...examples.awkward
      .map((answers) => ['an awkward example', answers.example as string] as [string, string])
      .filter(([, value]) => value.startsWith(PREFIX)),
  ])('reads %s and writes it back byte for byte', (_, value) => {
    const drawing = decodeStrokes(value);

    expect(drawing).toBeDefined();
    expect(encodeStrokes({ ...drawing!, strokes: groups(drawing!.strokes) })).toBe(value);
  });

  it('keeps the pad’s points to a tenth of a pixel and their times to the millisecond', () => {
    const strokes = drawnSignaturePoints(600, 200);
    const drawing = decodeStrokes(encodeStrokes({ width: 600, height: 200, strokes: groups(strokes) }))!;

    expect(drawing.strokes.map((points) => points.length)).toEqual(strokes.map((points) => points.length));
    drawing.strokes.forEach((points, index) =>
      points.forEach((point, at) => {
        const original = strokes[index]![at]!;
        expect(Math.abs(point.x - original.x)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Math.abs(point.y - original.y)).toBeLessThanOrEqual(0.05 + 1e-9);
        // Times start at 1 ms (signature_pad reads a time of 0 as "now"), their gaps kept exactly.
        expect(point.time - points[0]!.time).toBe(original.time - strokes[index]![0]!.time);
      }),
    );
    expect(drawing.strokes.every((points) => points[0]!.time === 1)).toBe(true);
  });

  it('writes nothing for a pad without points', () => {
    expect(encodeStrokes({ width: 600, height: 200, strokes: [] })).toBe('');
    expect(encodeStrokes({ width: 600, height: 200, strokes: [{ points: [] }] })).toBe('');
    expect(encodeStrokes({ width: Number.NaN, height: 200, strokes: groups([[{ x: 1, y: 1, time: 1 }]]) })).toBe('');
  });

  it('moves a pen that left the pad back to one pad size outside it, and leaves out points that are not numbers', () => {
    const value = encodeStrokes({
      width: 100,
      height: 50,
      strokes: groups([
        [
          { x: 10, y: 10, time: 5 },
          { x: 5000, y: -900, time: 21 },
          { x: Number.NaN, y: 3, time: 30 },
          { x: 20, y: Number.POSITIVE_INFINITY, time: 31 },
        ],
      ]),
    });

    expect(decodeStrokes(value)!.strokes).toEqual([
      [
        { x: 10, y: 10, time: 1 },
        { x: 200, y: -50, time: 17 },
      ],
    ]);
  });

  it('cuts a long pause to a minute and a time going back to none', () => {
    const value = encodeStrokes({
      width: 100,
      height: 50,
      strokes: groups([
        [
          { x: 1, y: 1, time: 1000 },
          { x: 2, y: 1, time: 1000 + 10 * MAX_POINT_GAP_MS },
          { x: 3, y: 1, time: 5 },
        ],
      ]),
    });

    expect(decodeStrokes(value)!.strokes[0]!.map((point) => point.time)).toEqual([
      1,
      1 + MAX_POINT_GAP_MS,
      1 + MAX_POINT_GAP_MS,
    ]);
  });

  it.each(hostile)('is not read from a value that is %s', (_, value) => {
    expect(decodeStrokes(value)).toBeUndefined();
  });

  it('refuses the long value for its length alone', () => {
    const long = hostile[0]![1] as string;
    expect(long.length).toBeGreaterThan(MAX_STROKES_VALUE_LENGTH);
    expect(long.length).toBeLessThan(MAX_STROKES_VALUE_LENGTH * 1.2);
  });

  it('reads the most it allows: points, strokes, pad size, distance outside the pad, pause', () => {
    expect(decodeStrokes(`${PREFIX}2000x2000;${points(MAX_STROKE_POINTS)}`)?.strokes[0]).toHaveLength(
      MAX_STROKE_POINTS,
    );
    expect(decodeStrokes(`${PREFIX}600x200${';1,1'.repeat(MAX_STROKES)}`)?.strokes).toHaveLength(MAX_STROKES);
    expect(decodeStrokes(`${PREFIX}${MAX_PAD_SIDE}x${MAX_PAD_SIDE};1,1`)).toBeDefined();
    expect(decodeStrokes(`${PREFIX}600x200;-6000,4000,18000,-6000,${MAX_POINT_GAP_MS}`)?.strokes[0]).toEqual([
      { x: -600, y: 400, time: 1 },
      { x: 1200, y: -200, time: 1 + MAX_POINT_GAP_MS },
    ]);
    expect(atLimit.length).toBeLessThanOrEqual(MAX_STROKES_VALUE_LENGTH);
  });
});

/** One signature field alone, for the form's checks. */
const signatureOnly: WorksheetDefinition = {
  ...cardWorksheet,
  cards: undefined,
  sections: [
    { id: 'only', title: 'Only', fields: [{ id: 'drawn', kind: 'signature', label: 'Your drawn signature' }] },
  ],
};

describe('the form’s checks of a signature', () => {
  const check = async (value: unknown) => {
    const schema = worksheetSchema(signatureOnly, { country: 'US', today: '2026-01-01', ui: englishUi });
    const result = await schema.safeParseAsync({ ...emptyAnswers(signatureOnly), drawn: value });
    return result.error?.issues.map((issue) => issue.message) ?? [];
  };

  it.each([
    ['no drawing', ''],
    ['strokes', typical],
    ['the most strokes allowed', atLimit],
    ['an older answer’s PNG', pngDataUrl(drawnSignaturePng(90, 30))],
  ])('pass %s', async (_, value) => {
    expect(await check(value)).toEqual([]);
  });

  it.each(hostile.filter(([, value]) => typeof value === 'string'))(
    'ask for the drawing again when it is %s',
    async (_, value) => {
      expect(await check(value)).toEqual(['Draw your drawn signature again, or clear it']);
    },
  );
});

describe('a drawing kept as strokes, in the PDF', () => {
  it('is vector paths in the box — no image — clipped to the pad, and passes qpdf --check', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, cardAnswers(), options());
    const doc = await PDFDocument.load(pdf.bytes);
    const widget = doc.getForm().getTextField('patientSignature').acroField.getWidgets()[0]!;
    const page = doc.getPages().find((candidate) => candidate.ref === widget.P())!;
    const content = pageContent(page);
    const box = widget.getRectangle();

    expect(await pdfimagesList(pdf.bytes)).toEqual([]);
    // 600 × 200 pad pixels into the 228 × 68 inside of the box: 0.34 pt a pixel, centred, y flipped.
    const [scale, flipped, x, y] = /([-\d.]+) 0 0 ([-\d.]+) ([\d.]+) ([\d.]+) cm\s+0 0 600 200 re\s+W\s+n/
      .exec(content)!
      .slice(1)
      .map(Number) as number[];
    expect(scale).toBeCloseTo(0.34, 5);
    expect(flipped).toBeCloseTo(-0.34, 5);
    expect(x! + (600 * 0.34) / 2).toBeCloseTo(box.x + 120, 2);
    expect(y! - (200 * 0.34) / 2).toBeCloseTo(box.y + 40, 2);
    // One cubic per kept point but the first and last of each long stroke, then a line and a dot.
    const drawing = content.slice(content.indexOf('0 0 600 200 re'));
    const curves = drawing.slice(0, drawing.indexOf('\nQ')).match(/ c\n/g)?.length ?? 0;
    const longStrokes = drawnSignaturePoints().filter((points) => points.length > 2);
    expect(curves).toBe(longStrokes.reduce((sum, points) => sum + points.length - 2, 0));
    expect(content).toMatch(/1 J\s+1 j/);

    const check = await qpdfCheck(pdf.bytes);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    expect(check.stdout + check.stderr).not.toMatch(/WARNING/i);
  });

  it('reads back exactly, with nothing ignored, on Letter and A4 and at the limit', async () => {
    for (const [pageSize, signature] of [
      ['letter', drawnSignature],
      ['a4', drawnSignature],
      ['letter', atLimit],
    ] as const) {
      const answers = { ...cardAnswers(), chaperoneSignature: signature };
      const pdf = await generateWorksheetPdf(cardWorksheet, answers, options({ pageSize }));
      expect(await readWorksheetPdf(pdf.bytes, cardWorksheet)).toEqual({
        ok: true,
        answers,
        version: 2,
        ignored: [],
        found: expect.any(Array),
        unreadable: [],
      });
    }
  });

  it('keeps the value as a literal string, not UTF-16, and adds a fraction of what the pad’s PNG added', async () => {
    const size = async (patientSignature: string) =>
      (await generateWorksheetPdf(cardWorksheet, { ...cardAnswers(), patientSignature }, options())).bytes.length;
    const [blank, strokes, png] = [
      await size(''),
      await size(drawnSignature),
      await size(pngDataUrl(drawnSignaturePng())),
    ];
    const pdf = await generateWorksheetPdf(cardWorksheet, cardAnswers(), options());
    const field = (await PDFDocument.load(pdf.bytes)).getForm().getTextField('patientSignature');

    expect(field.acroField.dict.get(PDFName.of('V'))).toBeInstanceOf(PDFString);
    // The same line drawn: as strokes about 2 KB, as the pad's PNG about 15 KB (this test's PNG is a thin line; a pad's is larger).
    expect((strokes - blank) * 4).toBeLessThan(png - blank);
  });

  it('draws beside an older answer’s PNG, and both come back', async () => {
    const answers = { ...cardAnswers(), chaperoneSignature: pngDataUrl(drawnSignaturePng()) };
    const pdf = await generateWorksheetPdf(cardWorksheet, answers, options());

    expect(await pdfimagesList(pdf.bytes)).toEqual([expect.objectContaining({ width: 600, height: 200 })]);
    expect(await readWorksheetPdf(pdf.bytes, cardWorksheet)).toEqual({
      ok: true,
      answers,
      version: 2,
      ignored: [],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it.each(hostile)('is an empty box, and reads back as "", from a value that is %s', async (_, value) => {
    const pdf = await generateWorksheetPdf(
      cardWorksheet,
      { ...cardAnswers(), patientSignature: value } as never,
      options(),
    );
    const doc = await PDFDocument.load(pdf.bytes);

    // Round caps are what the strokes are drawn with, and nothing else on the page.
    expect(doc.getPages().map(pageContent).join('\n')).not.toMatch(/\b1 J\b/);
    const read = await readWorksheetPdf(pdf.bytes, cardWorksheet);
    expect(read.ok && read.answers.patientSignature).toBe('');
  });

  it('is left out, and named, when another program changed it into strokes that do not read', async () => {
    const pdf = await generateWorksheetPdf(cardWorksheet, cardAnswers(), options());
    const doc = await PDFDocument.load(pdf.bytes);
    doc
      .getForm()
      .getTextField('patientSignature')
      .acroField.dict.set(PDFName.of('V'), PDFString.of(`${PREFIX}600x200;NaN,1`));

    expect(await readWorksheetPdf(await doc.save(), cardWorksheet)).toEqual({
      ok: true,
      answers: { ...cardAnswers(), patientSignature: '' },
      version: 2,
      ignored: ['patientSignature'],
      found: expect.any(Array),
      unreadable: [],
    });
  });

  it.each([
    [
      'qpdf, with object streams taken apart',
      (bytes: Uint8Array) => rewriteWithQpdf(bytes, ['--object-streams=disable']),
    ],
    ['MuPDF’s clean', (bytes: Uint8Array) => cleanWithMutool(bytes, ['-gggg'])],
  ])('comes back exactly after the file is rewritten by %s', async (_, rewrite) => {
    const pdf = await generateWorksheetPdf(cardWorksheet, cardAnswers(), options());
    const read = await readWorksheetPdf(await rewrite(pdf.bytes), cardWorksheet);

    expect(read.ok && read.answers.patientSignature).toBe(drawnSignature);
  });
});

describe('a drawing an older version kept as a PNG', () => {
  it('resumes, and the next PDF draws it again as it was', async () => {
    const older = pngDataUrl(drawnSignaturePng(900, 240));
    const saved = await generateWorksheetPdf(cardWorksheet, { ...cardAnswers(), patientSignature: older }, options());
    const resumed = await readWorksheetPdf(saved.bytes, cardWorksheet);
    expect(resumed.ok && resumed.answers.patientSignature).toBe(older);

    const next = await generateWorksheetPdf(cardWorksheet, resumed.ok ? resumed.answers : {}, options());
    expect(await pdfimagesList(next.bytes)).toEqual([
      expect.objectContaining({ width: 900, height: 240, colour: 'gray' }),
    ]);
  });

  it('is still an answer every signature field holds, beside strokes', () => {
    const slots = answerSlots(cardWorksheet).filter((slot) => slot.kind === 'signature');
    for (const slot of slots)
      for (const value of [drawnSignature, pngDataUrl(drawnSignaturePng())]) expect(slot.answer.fit(value)).toBe(value);
  });
});

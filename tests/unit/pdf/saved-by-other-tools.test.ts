import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, type PDFRadioGroup } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf, type ReadResult } from '../../../src/pdf/read';
import { intentionWorksheet } from '../../../src/worksheets/intention/definition';
import type { WorksheetAnswers } from '../../../src/worksheets/types';
import { readBack, typicalIntentionAnswers } from '../../fixtures/pdf/answers';
import { pdfOptions } from '../../fixtures/pdf/options';
import {
  cleanWithMutool,
  distilWithGhostscript,
  editAsQdf,
  redrawWithMutool,
  removeTemporaries,
  rewriteWithQpdf,
} from '../../fixtures/pdf/pdf-tools';

/**
 * The kit's own PDF, saved again by the tools patients' readers are made of — qpdf, Ghostscript,
 * MuPDF — and edited by hand the way some readers write files, then resumed. Each copy either comes
 * back with exactly its answers, or is refused with the reason that tells the patient what
 * happened: resume never hands back a form of blanks as if all were well. The tools are required
 * (CI installs them, see .ci/run): a missing one fails these tests rather than skipping them.
 */

afterAll(removeTemporaries);

const answers: WorksheetAnswers = typicalIntentionAnswers(intentionWorksheet);
let kitPdf: Uint8Array;
beforeAll(async () => {
  kitPdf = (await generateWorksheetPdf(intentionWorksheet, answers, pdfOptions())).bytes;
});

const read = (bytes: Uint8Array) => readWorksheetPdf(bytes, intentionWorksheet);
const reasonOf = (result: ReadResult) => (result.ok ? 'ok' : result.reason);
/** The result of reading the kit's PDF untouched. */
const untouched = () => readBack(intentionWorksheet, answers);

describe('a worksheet PDF rewritten by another program', () => {
  it.each([
    ['qpdf --qdf', (bytes: Uint8Array) => rewriteWithQpdf(bytes, ['--qdf'])],
    ['qpdf --object-streams=disable', (bytes: Uint8Array) => rewriteWithQpdf(bytes, ['--object-streams=disable'])],
    ['qpdf --linearize', (bytes: Uint8Array) => rewriteWithQpdf(bytes, ['--linearize'])],
    ['qpdf --generate-appearances', (bytes: Uint8Array) => rewriteWithQpdf(bytes, ['--generate-appearances'])],
    ['mutool clean -gggg (garbage-collected, compacted)', (bytes: Uint8Array) => cleanWithMutool(bytes, ['-gggg'])],
    ['mutool clean -d (decompressed)', (bytes: Uint8Array) => cleanWithMutool(bytes, ['-d'])],
  ])('comes back exactly after %s', async (_, rewrite) => {
    expect(await read(await rewrite(kitPdf))).toEqual(untouched());
  });
});

describe('a worksheet PDF whose form is gone but whose marker is left', () => {
  it.each([
    ['Ghostscript pdfwrite (keeps Keywords, drops the form)', (bytes: Uint8Array) => distilWithGhostscript(bytes)],
    [
      'Ghostscript pdfwrite -dPreserveAnnots=false',
      (bytes: Uint8Array) => distilWithGhostscript(bytes, ['-dPreserveAnnots=false']),
    ],
    ['qpdf --flatten-annotations=all', (bytes: Uint8Array) => rewriteWithQpdf(bytes, ['--flatten-annotations=all'])],
    [
      'qpdf --generate-appearances --flatten-annotations=all',
      (bytes: Uint8Array) => rewriteWithQpdf(bytes, ['--generate-appearances', '--flatten-annotations=all']),
    ],
  ])('is refused as flattened after %s', async (_, flatten) => {
    expect(reasonOf(await read(await flatten(kitPdf)))).toBe('flattened');
  });

  it('is refused as flattened when only an XFA form is left', async () => {
    const doc = await PDFDocument.load(kitPdf);
    const acroForm = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict);
    acroForm.set(PDFName.of('Fields'), doc.context.obj([]));
    acroForm.set(
      PDFName.of('XFA'),
      doc.context.register(doc.context.flateStream('<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"/>')),
    );
    expect(reasonOf(await read(await doc.save()))).toBe('flattened');
  });

  it('is not from the kit when its pages were redrawn into a new PDF (mutool draw / convert: no marker left)', async () => {
    expect(reasonOf(await read(await redrawWithMutool(kitPdf, 'draw')))).toBe('not-from-kit');
    expect(reasonOf(await read(await redrawWithMutool(kitPdf, 'convert')))).toBe('not-from-kit');
  });

  it('still reads a blank worksheet as blank, not as flattened', async () => {
    const blank = (await generateWorksheetPdf(intentionWorksheet, {}, pdfOptions())).bytes;
    expect(reasonOf(await read(await distilWithGhostscript(blank)))).toBe('flattened');
    const result = await read(blank);
    expect(result.ok && result.found.length).toBeGreaterThan(0);
  });
});

describe('an encrypted worksheet PDF', () => {
  it.each([
    ['AES-256 (R6), no user password', ['--encrypt', '', 'owner', '256', '--']],
    ['AES-256 (R6), no password at all', ['--encrypt', '', '', '256', '--']],
    ['AES-256 (R5, Adobe extension), no user password', ['--encrypt', '', 'owner', '256', '--force-R5', '--']],
    ['AES-128 (R4), no password at all', ['--encrypt', '', '', '128', '--use-aes=y', '--']],
    ['RC4-128 (R3), no user password', ['--allow-weak-crypto', '--encrypt', '', 'owner', '128', '--use-aes=n', '--']],
    ['RC4-40 (R2), no user password', ['--allow-weak-crypto', '--encrypt', '', 'owner', '40', '--']],
  ])('that opens without a password is told apart: %s', async (_, encrypt) => {
    expect(reasonOf(await read(await rewriteWithQpdf(kitPdf, encrypt)))).toBe('encrypted-no-password');
  });

  it.each([
    ['AES-256 (R6)', ['--encrypt', 'user', 'owner', '256', '--']],
    ['AES-128 (R4)', ['--encrypt', 'user', 'owner', '128', '--use-aes=y', '--']],
    ['RC4-40 (R2)', ['--allow-weak-crypto', '--encrypt', 'user', 'owner', '40', '--']],
  ])('that needs a password is password protected: %s', async (_, encrypt) => {
    expect(reasonOf(await read(await rewriteWithQpdf(kitPdf, encrypt)))).toBe('encrypted');
  });
});

describe('a worksheet PDF edited by hand the way some programs write', () => {
  it('reads hex strings broken over lines, in field names, values and the document information', async () => {
    let broken = 0;
    const edited = await editAsQdf(kitPdf, (text) =>
      text.replace(/^(\s*\/(?:T|V|Keywords|KapPrepKit) )<([0-9a-fA-F]+)>$/gm, (_, key: string, digits: string) => {
        broken++;
        // Seven digits a line, so breaks fall inside bytes too; some upper case.
        return `${key}<${digits.replace(/.{7}/g, (run, at: number) => `${at % 2 ? run.toUpperCase() : run}\r\n\t `)}>`;
      }),
    );
    expect(broken).toBeGreaterThan(20);
    expect(await read(edited)).toEqual(untouched());
  });

  it('takes an odd final hex digit as followed by 0', async () => {
    const doc = await PDFDocument.load(kitPdf);
    doc.getForm().getTextField('yourName').acroField.dict.set(PDFName.of('V'), PDFHexString.of('feff0041 0042\n004'));
    const result = await read(await doc.save({ updateFieldAppearances: false }));
    expect(result).toEqual({ ...untouched(), answers: { ...answers, yourName: 'AB@' } });
  });

  it.each([
    ['64 KB of text', Buffer.from('Forwarded by a mail program. '.repeat(2300), 'latin1')],
    ['8 KB of zero bytes', Buffer.alloc(8192)],
  ])('accepts %s after the end of the file', async (_, trailing) => {
    const padded = new Uint8Array(Buffer.concat([kitPdf, trailing]));
    expect(await read(padded)).toEqual(untouched());
  });

  it('is damaged when a later update after the last %%EOF was cut short', async () => {
    const cut = new Uint8Array(
      Buffer.concat([kitPdf, Buffer.from('\n12 0 obj\n<< /FT /Tx /T (whyNow) /V (A later answer, cut sh', 'latin1')]),
    );
    expect(reasonOf(await read(cut))).toBe('damaged');
  });

  it('reports, and does not blank in silence, a text field that shows its answer but has no value', async () => {
    const doc = await PDFDocument.load(kitPdf);
    doc.getForm().getTextField('whyNow').acroField.dict.delete(PDFName.of('V'));
    const result = await read(await doc.save({ updateFieldAppearances: false }));
    const expected = untouched();
    expect(result).toEqual({
      ...expected,
      answers: { ...answers, whyNow: '' },
      found: expected.found.filter((key) => key !== 'whyNow'),
      unreadable: [{ key: 'whyNow', reason: 'appearance-only' }],
    });
  });

  it('reads a checkbox as it is shown: /AS wins over a /V a reader did not update', async () => {
    const doc = await PDFDocument.load(kitPdf);
    const form = doc.getForm();
    // Ticked on the page, /V says Off.
    form.getCheckBox('groundingOptions.music').acroField.dict.set(PDFName.of('V'), PDFName.of('Off'));
    // Not ticked in /V, but its widget shows the tick.
    const object = form.getCheckBox('groundingOptions.object').acroField;
    const [widget] = object.getWidgets();
    widget!.setAppearanceState(widget!.getOnValue()!);
    object.dict.set(PDFName.of('V'), PDFName.of('Off'));
    const result = await read(await doc.save({ updateFieldAppearances: false }));
    expect(result).toEqual({
      ...untouched(),
      answers: { ...answers, groundingOptions: ['slow-breathing', 'music', 'object'] },
    });
  });

  /** The kit's PDF with the `modality` radio group's widgets showing `shown` and its /V set to `value`. */
  async function radioShowing(shown: string[], value: string): Promise<Uint8Array> {
    const doc = await PDFDocument.load(kitPdf);
    const group = doc.getForm().getRadioGroup('modality') as PDFRadioGroup;
    const options = group.getOptions();
    const widgets = group.acroField.getWidgets();
    const onValue = (option: string) => widgets[options.indexOf(option)]!.getOnValue()!;
    widgets.forEach((widget, index) =>
      widget.setAppearanceState(shown.includes(options[index]!) ? onValue(options[index]!) : PDFName.of('Off')),
    );
    group.acroField.dict.set(PDFName.of('V'), value === 'Off' ? PDFName.of('Off') : onValue(value));
    return doc.save({ updateFieldAppearances: false });
  }

  it('reads a radio group as it is shown, and reports one showing two picks that /V cannot settle', async () => {
    expect(answers.modality).toBe('in-person');
    expect(await read(await radioShowing(['group'], 'in-person'))).toEqual({
      ...untouched(),
      answers: { ...answers, modality: 'group' },
    });
    expect(await read(await radioShowing(['group', 'in-person'], 'group'))).toEqual({
      ...untouched(),
      answers: { ...answers, modality: 'group' },
    });

    const conflicting = await read(await radioShowing(['group', 'in-person'], 'Off'));
    const expected = untouched();
    expect(conflicting).toEqual({
      ...expected,
      answers: { ...answers, modality: '' },
      found: expected.found.filter((key) => key !== 'modality'),
      unreadable: [{ key: 'modality', reason: 'conflicting' }],
    });
  });
});

describe('the marker alone', () => {
  it('is not enough to call a PDF flattened when fields of an older version are there', async () => {
    // Every field renamed as if a later version had replaced all the questions: still a form.
    const doc = await PDFDocument.load(kitPdf);
    const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
    for (const ref of fields.asArray()) {
      const field = doc.context.lookup(ref, PDFDict);
      const name = field.lookup(PDFName.of('T'));
      if (name instanceof PDFHexString && !name.decodeText().startsWith('_'))
        field.set(
          PDFName.of('T'),
          PDFHexString.fromText(`retired${name.decodeText().replace(/^./, (c) => c.toUpperCase())}`),
        );
    }
    const result = await read(await doc.save({ updateFieldAppearances: false }));
    expect(reasonOf(result)).toBe('ok');
    expect(result.ok && result.ignored.filter((name) => name.startsWith('retired')).length).toBeGreaterThan(20);
  });
});

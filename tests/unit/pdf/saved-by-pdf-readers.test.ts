import * as mupdf from 'mupdf';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { clinicValueTexts } from '../../../src/clinic/values';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import { worksheetDefinitions } from '../../../src/worksheets/definitions';
import { answerSlots, isShown, offeredOptions } from '../../../src/worksheets/answers';
import type { ChoiceField, WorksheetAnswers, WorksheetDefinition } from '../../../src/worksheets/types';
import { exampleClinic } from '../../fixtures/example-clinic';
import { readBack, typicalAnswers, typicalChaperoneAnswers, typicalIntentionAnswers } from '../../fixtures/pdf/answers';
import { clinicOptions, drawnSignature } from '../../fixtures/pdf/card-worksheet';
import { englishUi, pdfOptions } from '../../fixtures/pdf/options';
import { countingFontLoader } from '../../fixtures/pdf/pdf-tools';

/**
 * The kit's own PDF edited and saved by the PDF readers patients use that are built on libraries
 * we can run here: pdf.js (Firefox's built-in viewer: the form is filled through its annotation
 * storage and saved as an incremental update, as its Save/Download button does) and MuPDF's wasm
 * build (the engine of MuPDF-based readers: widgets set, toggled, updated, then saved
 * incrementally or rewritten in full). Each copy must come back with exactly its answers: the
 * original ones with the reader's edits, nothing unreadable, nothing ignored.
 */

const clinicTexts = clinicValueTexts(exampleClinic, englishUi);

/** One edit a patient makes in a reader: which field, and what the answers are after it. */
interface Edits {
  /** A one-line text answer (a field of its own, `key`) and its new value (not ASCII). */
  text: { key: string; value: string };
  /** A checkbox field (`key` or `group.option`) whose tick is flipped; none for a worksheet without checkboxes. */
  checkbox?: { field: string };
  /** A radio group and the option picked instead. */
  radio: { key: string; option: string };
  /** A multi-line answer and its new value, with non-ASCII text. */
  multiline: { key: string; value: string };
  /** A text answer the patient erases. */
  erase: { key: string };
  /** The answers after the three edits `text`, `checkbox` (if any), `radio`. */
  after: (answers: WorksheetAnswers) => WorksheetAnswers;
}

/**
 * A multi-line answer in several languages: accents in Latin-1, curly quotes and a dash (PDFDocEncoding
 * only), Greek and an emoji (UTF-16 only, the emoji as a surrogate pair), and letters whose UTF-16 bytes
 * are PDF string delimiters or line ends (č is 01 0D, Ċ 01 0A, ĩ 01 29, Ĩ 01 28, Ŝ 01 5C).
 */
const MULTILINE_TEXT =
  'Être plus doux avec moi-même.\nMañana, “one step” at a time — naïve café, λόγος 🙂.\nDvořák, Čapek, Ċ, Nguyễn Vĩnh, Ĩ, Ŝ.\nÀ bientôt.';

/** The worksheets the kit ships, clinic values filled in, with typical answers and the edits made in a reader. */
const cases: { definition: WorksheetDefinition; answers: WorksheetAnswers; edits: Edits }[] = worksheetDefinitions.map(
  (shipped) => {
    const definition = withClinicValues(shipped, (name) => clinicTexts[name]);
    if (definition.id === 'intention') {
      const answers = typicalIntentionAnswers(definition);
      return {
        definition,
        answers,
        edits: {
          text: { key: 'yourName', value: 'Zoë Núñez' },
          checkbox: { field: 'groundingOptions.object' },
          radio: { key: 'modality', option: 'group' },
          multiline: { key: 'intentions', value: MULTILINE_TEXT },
          erase: { key: 'fears' },
          after: (before) => ({
            ...before,
            yourName: 'Zoë Núñez',
            groundingOptions: ['slow-breathing', 'music', 'object'],
            modality: 'group',
          }),
        },
      };
    }
    if (definition.id === 'chaperone') {
      const answers = typicalChaperoneAnswers(definition, drawnSignature);
      return {
        definition,
        answers,
        edits: {
          text: { key: 'chaperoneName', value: 'Samantha “Sam” Lee' },
          checkbox: { field: 'agreeSober' },
          radio: { key: 'touch', option: 'none' },
          multiline: { key: 'ifDistressed', value: MULTILINE_TEXT },
          erase: { key: 'relationship' },
          after: (before) => ({ ...before, chaperoneName: 'Samantha “Sam” Lee', agreeSober: false, touch: 'none' }),
        },
      };
    }
    const answers = typicalAnswers(definition, drawnSignature);
    // Show a multi-line question, if one is shown only sometimes: answer what it depends on so it is.
    const multiline = answerSlots(definition).find((slot) => slot.kind === 'multiline');
    for (const condition of multiline?.conditions ?? []) answers[condition.field] = condition.equals[0]!;
    return { definition, answers, edits: derivedEdits(definition, answers) };
  },
);

/**
 * The same five edits for any other worksheet, found in its definition so a new worksheet is
 * tested without editing this file: the first one-line text answer shown, the first lone checkbox
 * (or option of a checkbox group) if it has any, a radio group that shows or hides nothing if there
 * is one, the first multi-line answer, and another text answer to erase.
 */
function derivedEdits(definition: WorksheetDefinition, answers: WorksheetAnswers): Edits {
  const shown = answerSlots(definition).filter((slot) => isShown(slot, answers) && !slot.otherOf);
  const missing = (what: string) =>
    new Error(`${definition.id}: no ${what} shown with its typical answers, for a reader to edit.`);
  const text = shown.find((slot) => slot.field.kind === 'text') ?? throwError(missing('one-line text answer'));
  const multiline = shown.find((slot) => slot.kind === 'multiline') ?? throwError(missing('multi-line answer'));
  const erase =
    shown.find((slot) => slot !== text && slot.kind === 'text' && answers[slot.key] !== '') ??
    throwError(missing('second text answer'));
  const controllers = new Set(
    answerSlots(definition).flatMap((slot) => slot.conditions.map((condition) => condition.field)),
  );
  const radios = shown.filter(
    (slot) => slot.field.kind === 'radio' && offeredOptions(slot.field as ChoiceField, answers[slot.key]).length > 1,
  );
  const radio = radios.find((slot) => !controllers.has(slot.key)) ?? radios[0] ?? throwError(missing('radio group'));
  const option = offeredOptions(radio.field as ChoiceField, answers[radio.key]).find(
    (candidate) => candidate.value !== answers[radio.key],
  )!.value;
  const lone = shown.find((slot) => slot.kind === 'checkbox');
  const group = shown.find((slot) => slot.kind === 'choices');
  const groupOption = group && offeredOptions(group.field as ChoiceField, answers[group.key])[0]!.value;
  const newText = 'Zoë Núñez';
  return {
    text: { key: text.key, value: newText },
    ...(lone || group ? { checkbox: { field: lone ? lone.key : `${group!.key}.${groupOption}` } } : {}),
    radio: { key: radio.key, option },
    multiline: { key: multiline.key, value: MULTILINE_TEXT },
    erase: { key: erase.key },
    after: (before) => {
      const after: WorksheetAnswers = { ...before, [text.key]: newText, [radio.key]: option };
      if (lone) after[lone.key] = before[lone.key] !== true;
      else if (group) {
        const picks = before[group!.key] as string[];
        after[group!.key] = picks.includes(groupOption!)
          ? picks.filter((pick) => pick !== groupOption)
          : offeredOptions(group!.field as ChoiceField, picks)
              .map((o) => o.value)
              .filter((value) => value === groupOption || picks.includes(value));
      }
      return after;
    },
  };
}

function throwError(error: Error): never {
  throw error;
}

const makePdf = async (definition: WorksheetDefinition, answers: WorksheetAnswers) =>
  (
    await generateWorksheetPdf(
      definition,
      answers,
      pdfOptions({
        clinicName: exampleClinic.clinic.name,
        loadUnicodeFont: countingFontLoader().load,
        clinic: clinicOptions(),
      }),
    )
  ).bytes;

// ---------------------------------------------------------------------------------------------
// pdf.js, as in Firefox
// ---------------------------------------------------------------------------------------------

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/** Firefox ships pdf.js with its standard fonts and CMaps; pdf.js in Node reads them by path (it needs the fonts to draw the fields it changes). */
const pdfJsFolder = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const standardFontDataUrl = `${join(pdfJsFolder, 'standard_fonts')}/`;
const cMapUrl = `${join(pdfJsFolder, 'cmaps')}/`;
let pdfjs: PdfJs;
beforeAll(async () => {
  pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // In Node pdf.js runs its worker on the main thread (a "fake worker"), imported from workerSrc.
  pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(
    createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs'),
  ).href;
});

/** A widget of the form as pdf.js lists it (`page.getAnnotations()`). */
interface PdfJsWidget {
  id: string;
  fieldName: string;
  checkBox?: boolean;
  radioButton?: boolean;
  /** A radio button's export value. */
  buttonValue?: string;
}

/**
 * Opens `bytes` in pdf.js, lets `edit` fill its annotation storage (given every widget), and
 * saves as Firefox does. pdf.js takes ownership of the bytes it is given, so it gets a copy.
 */
async function inPdfJs(
  bytes: Uint8Array,
  edit: (storage: { setValue: (id: string, value: object) => void }, widgets: PdfJsWidget[]) => void,
): Promise<Uint8Array> {
  const task = pdfjs.getDocument({ data: bytes.slice(), standardFontDataUrl, cMapUrl, cMapPacked: true, verbosity: 0 });
  const doc = await task.promise;
  try {
    const widgets: PdfJsWidget[] = [];
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      for (const annotation of await page.getAnnotations())
        if (annotation.subtype === 'Widget') widgets.push(annotation as PdfJsWidget);
    }
    edit(doc.annotationStorage, widgets);
    return await doc.saveDocument();
  } finally {
    await task.destroy();
  }
}

const only = <T>(found: T[], what: string): T => {
  if (found.length !== 1) throw new Error(`Expected one ${what}, found ${found.length}`);
  return found[0]!;
};

/**
 * The edits of `edits` made as a patient makes them in Firefox: text typed into the field, the
 * checkbox clicked, the radio button clicked (Firefox sets the clicked button on and every other
 * button of its group off, see pdf.js `RadioButtonWidgetElement`).
 */
function editInPdfJs(edits: Edits, answers: WorksheetAnswers, include: { multiline?: boolean } = {}) {
  return (storage: { setValue: (id: string, value: object) => void }, widgets: PdfJsWidget[]) => {
    const named = (name: string) => widgets.filter((widget) => widget.fieldName === name);
    const text = only(named(edits.text.key), `widget of ${edits.text.key}`);
    storage.setValue(text.id, { value: edits.text.value });

    if (edits.checkbox) {
      const { field } = edits.checkbox;
      const checkbox = only(named(field), `widget of ${field}`);
      expect(checkbox.checkBox).toBe(true);
      const ticked = field.includes('.')
        ? (answers[field.split('.')[0]!] as string[]).includes(field.split('.')[1]!)
        : answers[field] === true;
      storage.setValue(checkbox.id, { value: !ticked });
    }

    const radios = named(edits.radio.key);
    expect(radios.length).toBeGreaterThan(1);
    expect(radios.every((radio) => radio.radioButton)).toBe(true);
    const pick = only(
      radios.filter((radio) => radio.buttonValue === edits.radio.option),
      `radio button ${edits.radio.option}`,
    );
    for (const radio of radios) storage.setValue(radio.id, { value: radio === pick });

    if (include.multiline)
      storage.setValue(only(named(edits.multiline.key), `widget of ${edits.multiline.key}`).id, {
        value: edits.multiline.value,
      });
  };
}

describe.each(cases.map((entry) => [entry.definition.id, entry] as const))(
  'the %s worksheet saved by pdf.js (Firefox)',
  (_id, { definition, answers, edits }) => {
    let kitPdf: Uint8Array;
    beforeAll(async () => {
      kitPdf = await makePdf(definition, answers);
    });
    const read = (bytes: Uint8Array) => readWorksheetPdf(bytes, definition);

    it('comes back exactly when saved without changes', async () => {
      // pdf.js hands back the file as it was when nothing was changed (Firefox then downloads the original).
      const saved = await inPdfJs(kitPdf, () => {});
      expect(await read(saved)).toEqual(readBack(definition, answers));
    });

    it('comes back with a text answer, a checkbox and a radio button changed', async () => {
      const saved = await inPdfJs(kitPdf, editInPdfJs(edits, answers));
      expect(await read(saved)).toEqual(readBack(definition, edits.after(answers)));
    });

    it('comes back with a multi-line answer changed to non-ASCII text', async () => {
      const saved = await inPdfJs(kitPdf, editInPdfJs(edits, answers, { multiline: true }));
      expect(await read(saved)).toEqual(
        readBack(definition, { ...edits.after(answers), [edits.multiline.key]: edits.multiline.value }),
      );
    });

    it('comes back with an answer erased', async () => {
      expect(answers[edits.erase.key]).not.toBe('');
      const saved = await inPdfJs(kitPdf, (storage, widgets) => {
        storage.setValue(
          only(
            widgets.filter((widget) => widget.fieldName === edits.erase.key),
            `widget of ${edits.erase.key}`,
          ).id,
          { value: '' },
        );
      });
      expect(await read(saved)).toEqual(readBack(definition, { ...answers, [edits.erase.key]: '' }));
    });

    it('comes back after two sessions in Firefox: edited and saved, then opened, edited and saved again', async () => {
      const once = await inPdfJs(kitPdf, editInPdfJs(edits, answers));
      const twice = await inPdfJs(once, (storage, widgets) => {
        storage.setValue(
          only(
            widgets.filter((widget) => widget.fieldName === edits.multiline.key),
            'multi-line widget',
          ).id,
          { value: edits.multiline.value },
        );
      });
      expect(await read(twice)).toEqual(
        readBack(definition, { ...edits.after(answers), [edits.multiline.key]: edits.multiline.value }),
      );
    });
  },
);

// ---------------------------------------------------------------------------------------------
// MuPDF (the wasm build of the library MuPDF-based readers use)
// ---------------------------------------------------------------------------------------------

/** Every widget of every page, in page order. */
function muPdfWidgets(doc: mupdf.PDFDocument): mupdf.PDFWidget[] {
  const widgets: mupdf.PDFWidget[] = [];
  for (let index = 0; index < doc.countPages(); index++)
    widgets.push(...(doc.loadPage(index) as mupdf.PDFPage).getWidgets());
  return widgets;
}

/** The states a button widget shows when on: its normal appearances other than Off. */
function onStates(widget: mupdf.PDFWidget): string[] {
  const states: string[] = [];
  widget
    .getObject()
    .get('AP', 'N')
    .forEach((_, key) => {
      if (key !== 'Off') states.push(String(key));
    });
  return states;
}

/** What a radio button stands for: its on states, each looked up in the group's /Opt when it is an index into it (as the kit writes them). */
function exportValues(widget: mupdf.PDFWidget): string[] {
  const options = widget.getOptions(true);
  return onStates(widget).map((state) =>
    /^[0-9]+$/.test(state) && Number(state) < options.length ? options[Number(state)]! : state,
  );
}

/**
 * Opens `bytes` in MuPDF, makes the edits of `edits` through its widget API (text set, checkbox
 * toggled, radio button toggled on, each widget updated), and saves with `options`.
 */
function inMuPdf(
  bytes: Uint8Array,
  edits: Edits | undefined,
  options: string,
  include: { multiline?: boolean } = {},
): Uint8Array {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf').asPDF();
  if (!doc) throw new Error('MuPDF did not open the file as a PDF');
  try {
    if (edits) {
      const widgets = muPdfWidgets(doc);
      const named = (name: string) => widgets.filter((widget) => widget.getName() === name);

      const text = only(named(edits.text.key), `widget of ${edits.text.key}`);
      text.setTextValue(edits.text.value);
      text.update();

      if (edits.checkbox) {
        const checkbox = only(named(edits.checkbox.field), `widget of ${edits.checkbox.field}`);
        expect(checkbox.isCheckbox()).toBe(true);
        checkbox.toggle();
        checkbox.update();
      }

      const radios = named(edits.radio.key);
      expect(radios.length).toBeGreaterThan(1);
      const pick = only(
        radios.filter((radio) => exportValues(radio).includes(edits.radio.option)),
        `radio button ${edits.radio.option}`,
      );
      expect(pick.isRadioButton()).toBe(true);
      pick.toggle();
      for (const radio of radios) radio.update();

      if (include.multiline) {
        const multiline = only(named(edits.multiline.key), `widget of ${edits.multiline.key}`);
        multiline.setTextValue(edits.multiline.value);
        multiline.update();
      }
    }
    return doc.saveToBuffer(options).asUint8Array().slice();
  } finally {
    doc.destroy();
  }
}

describe.each(cases.map((entry) => [entry.definition.id, entry] as const))(
  'the %s worksheet saved by MuPDF (wasm)',
  (_id, { definition, answers, edits }) => {
    let kitPdf: Uint8Array;
    beforeAll(async () => {
      kitPdf = await makePdf(definition, answers);
    });
    const read = (bytes: Uint8Array) => readWorksheetPdf(bytes, definition);

    it.each([
      ['incremental', 'incremental'],
      ['a full rewrite, garbage-collected and compacted', 'garbage=compact'],
      ['a full rewrite, decompressed', 'decompress,garbage=yes'],
      ['a full rewrite, compressed with object streams', 'compress,garbage=deduplicate,objstms'],
      ['a full rewrite, cleaned and sanitized content streams', 'garbage=compact,clean,sanitize'],
      ['a full rewrite, pretty-printed ASCII', 'garbage=yes,pretty,ascii,decompress'],
      ['a full rewrite with every appearance regenerated', 'garbage=compact,appearance=all'],
    ])('comes back exactly when saved without changes: %s', async (_, options) => {
      expect(await read(inMuPdf(kitPdf, undefined, options))).toEqual(readBack(definition, answers));
    });

    it.each([
      ['incremental', 'incremental'],
      ['a full rewrite, garbage-collected and compacted', 'garbage=compact'],
      ['a full rewrite, compressed with object streams', 'compress,garbage=deduplicate,objstms'],
    ])('comes back with a text answer, a checkbox and a radio button changed: %s', async (_, options) => {
      expect(await read(inMuPdf(kitPdf, edits, options))).toEqual(readBack(definition, edits.after(answers)));
    });

    it.each([
      ['incremental', 'incremental'],
      ['a full rewrite', 'garbage=compact'],
    ])('comes back with a multi-line answer changed to non-ASCII text: %s', async (_, options) => {
      const saved = inMuPdf(kitPdf, edits, options, { multiline: true });
      expect(await read(saved)).toEqual(
        readBack(definition, { ...edits.after(answers), [edits.multiline.key]: edits.multiline.value }),
      );
    });

    it.each([
      ['incremental', 'incremental'],
      ['a full rewrite', 'garbage=compact'],
    ])('comes back with an answer erased: %s', async (_, options) => {
      expect(answers[edits.erase.key]).not.toBe('');
      const doc = mupdf.Document.openDocument(kitPdf, 'application/pdf').asPDF()!;
      try {
        const widget = only(
          muPdfWidgets(doc).filter((candidate) => candidate.getName() === edits.erase.key),
          `widget of ${edits.erase.key}`,
        );
        widget.setTextValue('');
        widget.update();
        expect(await read(doc.saveToBuffer(options).asUint8Array().slice())).toEqual(
          readBack(definition, { ...answers, [edits.erase.key]: '' }),
        );
      } finally {
        doc.destroy();
      }
    });

    it('is refused as flattened once MuPDF has baked the form into the pages', async () => {
      const doc = mupdf.Document.openDocument(kitPdf, 'application/pdf').asPDF()!;
      try {
        doc.bake();
        const result = await read(doc.saveToBuffer('garbage=compact').asUint8Array().slice());
        expect(result.ok ? 'ok' : result.reason).toBe('flattened');
      } finally {
        doc.destroy();
      }
    });

    it('is told apart as encrypted when MuPDF saves it with an owner password only', async () => {
      const saved = inMuPdf(kitPdf, undefined, 'garbage=compact,encrypt=aes-256,owner-password=owner');
      const result = await read(saved);
      expect(result.ok ? 'ok' : result.reason).toBe('encrypted-no-password');
    });

    it('comes back after an edit in MuPDF and another in Firefox', async () => {
      const muPdf = inMuPdf(kitPdf, edits, 'incremental');
      const thenFirefox = await inPdfJs(muPdf, (storage, widgets) => {
        storage.setValue(
          only(
            widgets.filter((widget) => widget.fieldName === edits.multiline.key),
            'multi-line widget',
          ).id,
          { value: edits.multiline.value },
        );
      });
      expect(await read(thenFirefox)).toEqual(
        readBack(definition, { ...edits.after(answers), [edits.multiline.key]: edits.multiline.value }),
      );
    });
  },
);

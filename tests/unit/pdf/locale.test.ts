import * as mupdf from 'mupdf';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { clinicValueTexts } from '../../../src/clinic/values';
import en from '../../../src/i18n/en/ui.json' with { type: 'json' };
import { translatorFor, type UiTranslator } from '../../../src/i18n/strings';
import { createTranslator } from '../../../src/i18n/translator';
import { generateWorksheetPdf } from '../../../src/pdf/generate';
import { readWorksheetPdf } from '../../../src/pdf/read';
import { answerSlots } from '../../../src/worksheets/answers';
import { withClinicValues } from '../../../src/worksheets/clinic-text';
import { worksheetDefinitions, worksheetFor } from '../../../src/worksheets/definitions';
import type { WorksheetDefinition } from '../../../src/worksheets/types';
import { exampleClinic } from '../../fixtures/example-clinic';
import { exampleAnswers } from '../../fixtures/pdf/answers';
import { clinicOptions } from '../../fixtures/pdf/card-worksheet';
import { pdfOptions } from '../../fixtures/pdf/options';
import { countingFontLoader } from '../../fixtures/pdf/pdf-tools';
import { repeatedWorksheet } from '../../fixtures/repeated-worksheet';

/**
 * The PDF in the page's language: the engine's own words, the document's language and title come
 * from the translator and the definition it is given, while the fields' names stay the same in
 * every language, so a PDF made on the Spanish page resumes into the English form and back.
 *
 * The Spanish strings are being written while this is: besides the shipped Spanish, a translator
 * whose words surely differ from English (`spanishWords`) shows that the words are the given ones.
 */

const english = translatorFor('en');
const spanish = translatorFor('es');

/** Spanish words for everything the engine adds, whatever src/i18n/es/ui.json holds today. */
const spanishWords: UiTranslator = createTranslator(
  {
    ...en,
    'form.optional': '(opcional)',
    'form.inEntry': '{entry} · {text}',
    'pdf.footer': 'Hecho en este dispositivo con KAP Prep Kit. No se subió nada de lo que escribiste.',
    'pdf.pageOf': 'Página {page} de {pages}',
    'pdf.dateFormat': 'Escribe la fecha como AAAA-MM-DD, por ejemplo, 2026-03-14.',
    'pdf.timeFormat': 'Escribe la hora como HH:MM en formato de 24 horas, por ejemplo, 14:30.',
    'pdf.continued': '{title} (continuación)',
    'pdf.producer': 'Motor de PDF de KAP Prep Kit (pdf-lib)',
  },
  'es',
);

/** The definition as its page builds it: clinic values filled in, in the translator's language. */
const built = (definition: WorksheetDefinition, ui: UiTranslator) => {
  const texts = clinicValueTexts(exampleClinic, ui);
  return withClinicValues(definition, (name) => texts[name]);
};

/** Every word a definition shows, marked as another language's: its ids, kinds and values stay. */
function relabelled(definition: WorksheetDefinition): WorksheetDefinition {
  const words = new Set([
    'title',
    'description',
    'intro',
    'label',
    'hint',
    'textLabel',
    'entryTitle',
    'addLabel',
    'removeLabel',
  ]);
  const walk = (value: unknown, key = ''): unknown => {
    if (typeof value === 'string') return words.has(key) ? `¿${value} (es)?` : value;
    if (Array.isArray(value)) return value.map((item) => walk(item));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([name, inner]) => [name, walk(inner, name)]));
    return value;
  };
  return walk(definition) as WorksheetDefinition;
}

/** The text of each page, as MuPDF reads it. */
function pageTexts(bytes: Uint8Array): string[] {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  return Array.from({ length: doc.countPages() }, (_, index) =>
    doc.loadPage(index).toStructuredText('preserve-whitespace').asText().replace(/\s+/g, ' '),
  );
}

const make = (definition: WorksheetDefinition, ui: UiTranslator, answers = exampleAnswers(definition, 'typical')) =>
  generateWorksheetPdf(
    definition,
    answers,
    pdfOptions({ ui, clinic: clinicOptions(), loadUnicodeFont: countingFontLoader().load }),
  );

describe('a PDF made on a Spanish page', () => {
  const intention = worksheetDefinitions.find((definition) => definition.id === 'intention')!;

  it.each([
    ['the shipped Spanish', spanish],
    ['words that differ from English', spanishWords],
  ] as const)('stores the page’s language as /Lang and the definition’s title (%s)', async (_words, ui) => {
    const definition = built(relabelled(intention), ui);
    const doc = await PDFDocument.load((await make(definition, ui)).bytes, { updateMetadata: false });
    // The translator's language: Spanish, formatted as the clinic's country writes it (es-US for the example clinic).
    expect(doc.catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe(ui.language);
    expect(ui.language).toMatch(/^es(-[A-Z]{2})?$/);
    expect(doc.getTitle()).toBe(definition.title);
    expect(doc.getProducer()).toBe(ui.t('pdf.producer'));
  });

  it('prints the footer, the page numbers, "(optional)", the formats and "continued" in the translator’s words', async () => {
    const definition = built(relabelled(intention), spanishWords);
    const pages = pageTexts((await make(definition, spanishWords, exampleAnswers(definition, 'atLimit'))).bytes);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain('Hecho en este dispositivo con KAP Prep Kit.');
      expect(page).toContain(`Página ${index + 1} de ${pages.length}`);
      expect(page).not.toContain(english.t('pdf.footer'));
    });
    expect(pages[1]).toContain(`${definition.title} (continuación)`);
    const optional = answerSlots(definition).find((slot) => !slot.field.required && !slot.otherOf)!;
    expect(pages.join(' ')).toContain(`${optional.field.label} (opcional)`);
    expect(pages.join(' ')).not.toContain(english.t('form.optional'));
  });

  it('writes the date and time formats under their questions in the translator’s words', async () => {
    const dosingDay = worksheetDefinitions.find((definition) => definition.id === 'dosing-day')!;
    const definition = built(relabelled(dosingDay), spanishWords);
    const text = pageTexts((await make(definition, spanishWords)).bytes).join(' ');
    expect(text).toContain('Escribe la fecha como AAAA-MM-DD, por ejemplo, 2026-03-14.');
    expect(text).toContain('Escribe la hora como HH:MM en formato de 24 horas, por ejemplo, 14:30.');
  });

  it('names a repeated entry’s questions for PDF readers with the translator’s words', async () => {
    const definition = relabelled(repeatedWorksheet);
    const doc = await PDFDocument.load((await make(definition, spanishWords, { day1: '2026-03-14' })).bytes);
    const name = doc.getForm().getField('day1').acroField.dict.get(PDFName.of('TU'));
    expect(name instanceof PDFHexString || name instanceof PDFString ? name.decodeText() : name).toBe(
      `¿Day (es)? 1 · ${definition.sections[1]!.fields[0]!.label}`,
    );
  });
});

/**
 * Resume reads a PDF by its fields' names, which never depend on the language: what the patient
 * wrote on a Spanish page comes back, every answer, into the English form, and the other way.
 */
describe.each(worksheetDefinitions.map((definition) => [definition.id, definition] as const))(
  'the %s worksheet across languages',
  (id, definition) => {
    const englishDefinition = built(definition, english);
    const spanishDefinitions = [
      ['the shipped Spanish definition', built(worksheetFor(id, 'es').definition, spanish), spanish],
      ['a definition in other words', built(relabelled(definition), spanishWords), spanishWords],
    ] as const;

    it.each(spanishDefinitions)(
      'made from %s, reads back into the English form with every answer',
      async (_which, spanishDefinition, ui) => {
        const answers = exampleAnswers(englishDefinition, 'typical');
        const pdf = await make(spanishDefinition, ui, answers);
        expect(await readWorksheetPdf(pdf.bytes, englishDefinition)).toEqual({
          ok: true,
          answers,
          version: definition.version,
          ignored: [],
          found: expect.any(Array),
          unreadable: [],
        });
      },
    );

    it.each(spanishDefinitions)(
      'made in English, reads back into %s with every answer',
      async (_which, spanishDefinition) => {
        const answers = exampleAnswers(englishDefinition, 'typical');
        const pdf = await make(englishDefinition, english, answers);
        expect(await readWorksheetPdf(pdf.bytes, spanishDefinition)).toMatchObject({
          ok: true,
          answers,
          ignored: [],
          unreadable: [],
        });
      },
    );
  },
);

import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import { answerSlots, isEmptyAnswer, isShown, type AnswerSlot } from '../worksheets/answers';
import { pdfOf } from '../worksheets/kinds/pdf-table';
import type { WorksheetAnswers, WorksheetDefinition } from '../worksheets/types';
import type { ClinicValueName } from '../clinic/values';
import type { UiTranslator } from '../i18n/strings';
import { defaultAppearance } from './answer-box';
import { embedLogo, loadLogo, type PdfLogo } from './brand-logo';
import { cardTexts, resolveCards, type CardClinicOptions } from './card-content';
import { DrawableText } from './drawable-text';
import { MARKER_INFO_KEY, MARKER_KEYWORD_PREFIX, markerValue } from './field-names';
import { embedWorksheetFonts } from './fonts';
import { fontSize, pageSizes } from './page-style';
import { pdfWording, type PdfWording } from './wording';
import { sectionTexts, WorksheetLayout, type SlotValue } from './worksheet-layout';

/**
 * Turns a worksheet definition and a patient's answers into a fillable PDF, entirely on the
 * device: no network except, from the site itself, the optional, lazy Unicode font and the
 * clinic's logo (fetched only when the PDF is made). The PDF keeps every answer in a form
 * field (AcroForm) with an appearance stream drawn here, so it prints in full and stays editable
 * in any reader, and `read.ts` can turn it back into answers.
 */

/** Options of {@link generateWorksheetPdf}. */
export interface GenerateWorksheetPdfOptions {
  /**
   * The clinic's name, printed at the top of the first page (and of the card page, and in the
   * running header), unless it is the site's name, which the brand band at the top of every page
   * already shows.
   */
  clinicName: string;
  /** `pdf.pageSize` from `clinic.config.ts`. */
  pageSize: 'letter' | 'a4';
  /**
   * The page's translator: the words the engine adds (footer, page numbers, "(optional)",
   * "continued", the date and time formats) are its strings, and its `language` (BCP 47, e.g. `es`)
   * is stored as the catalog's `/Lang` for screen readers. The definition comes already in that
   * language; the fields' names never depend on it, so a PDF made in one language resumes into
   * the form of any other.
   */
  ui: UiTranslator;
  /** When the PDF is made: its creation date and the date in its file name. */
  createdOn: Date;
  /**
   * Fetches the Unicode font (see `font-url.ts`). Called at most once, and only when some drawn
   * character is outside WinAnsi (so Helvetica cannot draw it).
   */
  loadUnicodeFont?: () => Promise<ArrayBuffer | Uint8Array>;
  /**
   * From the clinic's settings (`pdfClinicOptions` in clinic-options.ts makes it). For a definition
   * with cards (`definition.cards`): the text of every clinic value
   * (`formatClinicValue(config, name, ui).text`, for `{name}` placeholders), the longest session
   * (`protocol.sessionLengthHours.max`) and the look-in interval (`protocol.lookInIntervalMinutes`),
   * which set the rows of the card's log — required when the card has placeholders or a log. For
   * every worksheet: the brand's logo. Passed in so the engine never imports the config.
   */
  clinic?: {
    values: Partial<Record<ClinicValueName, string>>;
    sessionLengthHoursMax: number;
    lookInIntervalMinutes: number;
    /** For a card's `timeline` block: the clinic's settings and the device's time zone (see card-content.ts). */
    timeline?: CardClinicOptions['timeline'];
    /**
     * The clinic's PNG or JPEG logo (`brand.logoSrc`), drawn beside the site's name at the top of
     * every page. Fetched once, while the PDF is made; if it cannot be had, the PDF is made
     * without it (see brand-logo.ts). Left out, or for an SVG logo: the name alone.
     */
    logo?: PdfLogo;
  };
}

/** What {@link generateWorksheetPdf} makes. */
export interface GeneratedWorksheetPdf {
  bytes: Uint8Array;
  /** `<definition.fileName>-YYYY-MM-DD.pdf`, the date of `createdOn` on the device's calendar. */
  fileName: string;
  /**
   * Distinct characters (grapheme clusters, e.g. "日", "👍🏽") that no font we have can draw. They
   * are kept in the field values; the printed page shows "�" in their place. The UI should name
   * them before the download.
   */
  undrawable: string[];
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/**
 * The download's file name: `<fileName>-YYYY-MM-DD.pdf`. The date is the device's local date, which
 * is the day the patient sees on their calendar (UTC would name an evening PDF after tomorrow in
 * the Americas).
 */
export function worksheetPdfFileName(definition: Pick<WorksheetDefinition, 'fileName'>, createdOn: Date): string {
  const date = `${pad(createdOn.getFullYear(), 4)}-${pad(createdOn.getMonth() + 1)}-${pad(createdOn.getDate())}`;
  return `${definition.fileName}-${date}.pdf`;
}

/**
 * Each answer coerced to its slot's kind with the coercion the form uses (`normalizeAnswers`);
 * anything missing or of the wrong type is empty.
 */
function slotValues(slots: AnswerSlot[], answers: WorksheetAnswers): Map<string, SlotValue> {
  return new Map(
    slots.map((slot) => [
      slot.key,
      slot.answer.coerce(Object.hasOwn(answers, slot.key) ? answers[slot.key] : undefined),
    ]),
  );
}

/**
 * The answers of slots not shown (their `showWhen` does not hold) that are not empty: not printed,
 * but kept in the file so resume brings them back (see field-names.ts).
 */
function hiddenAnswers(slots: AnswerSlot[], values: ReadonlyMap<string, SlotValue>): Record<string, SlotValue> {
  const answers = Object.fromEntries(values);
  const hidden: Record<string, SlotValue> = {};
  for (const slot of slots) {
    const value = values.get(slot.key)!;
    if (!isShown(slot, answers) && !isEmptyAnswer(slot, value)) hidden[slot.key] = value;
  }
  return hidden;
}

/** Every piece of text the PDF draws, to decide whether Helvetica can draw all of it. */
function drawnTexts(
  definition: WorksheetDefinition,
  values: ReadonlyMap<string, SlotValue>,
  clinicName: string,
  wording: PdfWording,
): string[] {
  const texts = [
    clinicName,
    // The brand band's name, at the top of every page.
    wording.siteName,
    definition.title,
    definition.description,
    wording.footer,
    // Its words, whatever the numbers: digits are drawn by every font.
    wording.pageOf(1, 1),
    wording.continued(definition.title),
    wording.dateFormat,
    wording.timeFormat,
    wording.logContinues,
  ];
  // What each section draws, every entry of a repeated one included (see `sectionTexts`).
  for (const section of definition.sections) texts.push(...sectionTexts(section, values, wording));
  return texts;
}

/** A BCP 47 tag, loosely: letters, then subtags of letters and digits. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/**
 * Makes the fillable PDF of a worksheet.
 *
 * Layout: on every page, the brand band in the top margin (the clinic's logo and the site's name,
 * see brand-band.ts); on the first, the clinic name and title, then each section's heading and intro, then each question's label
 * ("(optional)" after optional ones) with one form field holding the answer — single-line text for
 * short text, dates and times; multiline text sized to the answer for long text; a checkbox for a
 * yes/no; a radio group for radio and select; a checkbox per option (and the "Other" text) for
 * checkbox groups; a bordered box with the drawing for a signature (its value kept in a hidden
 * field). Sections and fields whose `showWhen` does not hold are not drawn; their answers that are
 * not empty are kept in one hidden field, so resume is lossless (see field-names.ts). Retired
 * options are drawn only when picked. Every page has its number and the footer. Answers taller than a page continue in
 * `<key>__2`, … (see `field-names.ts`). A definition with cards gets one more page per card
 * (see `card-layout.ts`), whose fields mirror answers or are blank and are skipped by resume.
 *
 * Values are stored exactly as given, as UTF-16 text strings: no newline normalisation (CR, LF and
 * CRLF are kept as typed; the form's textarea already gives LF), no trimming, no cutting at
 * `maxLength` (a longer answer is the form's to flag, never the PDF's to lose), so `read.ts`
 * returns the same strings. Every field gets its appearance stream here, so `/NeedAppearances` is
 * not set: with it, readers would redraw every field on opening (Acrobat then asks to save a file
 * the patient did not change) and print whatever their own layout clips.
 *
 * @param definition the worksheet
 * @param answers the patient's answers, keyed like `emptyAnswers(definition)`; missing keys are blank
 * @throws when `pageSize` or the translator's `language` is not one the engine knows, or the card is wrong (a
 * placeholder that is not a clinic value, `clinic` missing when needed, a phone entry naming no
 * text answer, a bad log column): programming errors, never caused by answers
 */
export async function generateWorksheetPdf(
  definition: WorksheetDefinition,
  answers: WorksheetAnswers,
  options: GenerateWorksheetPdfOptions,
): Promise<GeneratedWorksheetPdf> {
  const pageSize = pageSizes[options.pageSize];
  if (!pageSize) throw new Error(`Unknown page size "${String(options.pageSize)}": use "letter" or "a4".`);
  const { language } = options.ui;
  if (!LANGUAGE_TAG.test(language)) throw new Error(`"${language}" is not a BCP 47 language tag such as "en".`);
  const wording = pdfWording(options.ui);

  const slots = answerSlots(definition);
  const values = slotValues(slots, answers);
  // Before anything else, so a card mistake fails fast.
  const cards = resolveCards(definition, slots, values, options.clinic, options.ui);
  // Fetched while the fields and fonts are prepared; it never rejects (no logo, a warning).
  const logo = loadLogo(options.clinic?.logo);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const marker = markerValue(definition);
  setDocumentInformation(doc, definition, options, wording, marker);
  const prepared = await prepareFields(doc, slots, values);

  const texts = drawnTexts(definition, values, options.clinicName, wording);
  for (const card of cards) texts.push(...cardTexts(card));
  const fonts = await embedWorksheetFonts(doc, texts, options.loadUnicodeFont);
  const drawable = new DrawableText(fonts.coverage);

  // The form's default resources and appearance: the font readers type with after an edit. A /DA
  // must name a font of the AcroForm's /DR (ISO 32000-1 §12.7.3.3); pdf-lib sets neither.
  const acroForm = doc.getForm().acroForm.dict;
  acroForm.set(PDFName.of('DR'), doc.context.obj({ Font: { [fonts.body.name]: fonts.body.ref } }));
  acroForm.set(PDFName.of('DA'), PDFString.of(defaultAppearance(fonts.body, fontSize.answer)));

  const layout = new WorksheetLayout(doc, fonts, drawable, pageSize, definition, options.clinicName, wording);
  layout.drawHeader();
  layout.drawSections(slots, values, prepared);
  for (const card of cards) layout.drawCard(card);
  layout.drawFooters();
  layout.drawBrandBands(await embedLogo(doc, await logo));
  layout.addMarkerField(marker);
  layout.addHiddenAnswersField(hiddenAnswers(slots, values));

  const bytes = await doc.save({
    useObjectStreams: true,
    // Every field already has its appearance; pdf-lib's pass would redo them with Helvetica (and
    // throw on non-WinAnsi text) using its slow layout.
    updateFieldAppearances: false,
    // pdf-lib yields to the event loop every 50 objects by default; a browser clamps nested
    // timeouts to ≥ 4 ms, which would cost more than the whole save. The save is short enough.
    objectsPerTick: Number.POSITIVE_INFINITY,
  });
  return { bytes, fileName: worksheetPdfFileName(definition, options.createdOn), undrawable: [...drawable.undrawable] };
}

/**
 * Runs each kind's `prepare` (a drawn signature's strokes are read, an older answer's PNG decoded and embedded) before anything is drawn.
 * A value the PDF cannot carry (a drawing that does not decode) becomes the kind's empty value in
 * `values`: an empty box on paper, and empty on resume — a bad value never stops the download.
 * @returns what each field's kind made, by answer key
 */
async function prepareFields(
  doc: PDFDocument,
  slots: AnswerSlot[],
  values: Map<string, SlotValue>,
): Promise<Map<string, unknown>> {
  const prepared = new Map<string, unknown>();
  for (const slot of slots) {
    const prepare = slot.otherOf ? undefined : pdfOf(slot.field).prepare;
    if (!prepare) continue;
    const made = await prepare(values.get(slot.key)!, doc);
    values.set(slot.key, made.value);
    if (made.prepared !== undefined) prepared.set(slot.key, made.prepared);
  }
  return prepared;
}

/**
 * The document information: title and subject (the definition's, in its language), language,
 * Creator (the site's name: the brand, where the patient made the PDF), Producer (the kit's PDF
 * engine, the software that wrote the file, whatever the brand), dates and the kit's marker.
 *
 * No Author, on purpose: the author of a filled-in worksheet is the patient, and the engine does
 * not copy their name (or anything else they typed) into metadata, which file managers, search
 * indexes and upload forms show and keep apart from the page. Nor is it the clinic, which did not
 * write the answers.
 */
function setDocumentInformation(
  doc: PDFDocument,
  definition: WorksheetDefinition,
  options: GenerateWorksheetPdfOptions,
  wording: PdfWording,
  marker: string,
): void {
  doc.setTitle(definition.title, { showInWindowTitleBar: true });
  doc.setSubject(definition.description);
  doc.setLanguage(options.ui.language);
  doc.setCreator(wording.creator);
  doc.setProducer(wording.producer);
  doc.setKeywords([`${MARKER_KEYWORD_PREFIX}${marker}`]);
  doc.setCreationDate(options.createdOn);
  doc.setModificationDate(options.createdOn);
  const info = doc.context.lookup(doc.context.trailerInfo.Info);
  if (info instanceof PDFDict) info.set(PDFName.of(MARKER_INFO_KEY), PDFHexString.fromText(marker));
}

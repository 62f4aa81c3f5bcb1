import type { UiTranslator } from '../i18n/strings';

/**
 * The words the PDF engine adds around a worksheet's own text, in the page's language. They live
 * with every other UI string in `src/i18n/<locale>/ui.json` (keys `pdf.*`), so a translation
 * covers the PDF too; the engine is handed the page's translator (`GenerateWorksheetPdfOptions.ui`)
 * and never imports any language's strings itself.
 * @param ui the page's translator
 */
export const pdfWording = (ui: UiTranslator) => ({
  /** After the label of a field that is not required. Never an asterisk for required ones. */
  optional: ui.t('form.optional'),
  /** Footer on every page: where the file came from and that nothing left the device. */
  footer: ui.t('pdf.footer'),
  /** Page number in the footer. */
  pageOf: (page: number, pages: number) => ui.t('pdf.pageOf', { page, pages }),
  /** Under the label of a date field: the format resume reads back. */
  dateFormat: ui.t('pdf.dateFormat'),
  /** Under the label of a time field. */
  timeFormat: ui.t('pdf.timeFormat'),
  /** Running header of every page after the first, and above the rest of an answer continued on a new page. */
  continued: (title: string) => ui.t('pdf.continued', { title }),
  /** A question of a repeated section's entry, as readers name its field: "Entry 2: How did you sleep?". */
  inEntry: (entry: string, label: string) => ui.t('form.inEntry', { entry, text: label }),
  /** Accessible name of the 2nd, 3rd… piece of an answer continued over pages. */
  continuedField: (part: number) => ui.t('pdf.continuedField', { part }),
  /**
   * The site's name: the clinic's `brand.name`, else the kit's (the translator's `site.name` is
   * already the brand's). At the top of every page (`brand-band.ts`) and the document's Creator.
   */
  siteName: ui.t('site.name'),
  /** Creator of the document information: the site the patient made the PDF on (the brand). */
  creator: ui.t('site.name'),
  /** Producer: the software that wrote the file, the kit's PDF engine whatever the brand. */
  producer: ui.t('pdf.producer'),
  /**
   * Under a card's log grid when the clinic's session has more look-ins than rows fit on the card
   * page (see `card-layout.ts`).
   */
  logContinues: ui.t('pdf.logContinues'),
});

/** The PDF engine's own words in one language: what {@link pdfWording} gives. */
export type PdfWording = ReturnType<typeof pdfWording>;

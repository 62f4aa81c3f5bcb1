import { t } from '../i18n/t';

/**
 * The words the PDF engine adds around a worksheet's own text. They live with every other UI
 * string in `src/i18n/en.json` (keys `pdf.*`), so a translation covers the PDF too.
 */
export const pdfWording = {
  /** After the label of a field that is not required. Never an asterisk for required ones. */
  optional: t('form.optional'),
  /** Footer on every page: where the file came from and that nothing left the device. */
  footer: t('pdf.footer'),
  /** Page number in the footer. */
  pageOf: (page: number, pages: number) => t('pdf.pageOf', { page, pages }),
  /** Under the label of a date field: the format resume reads back. */
  dateFormat: t('pdf.dateFormat'),
  /** Under the label of a time field. */
  timeFormat: t('pdf.timeFormat'),
  /** Running header of every page after the first, and above the rest of an answer continued on a new page. */
  continued: (title: string) => t('pdf.continued', { title }),
  /** Accessible name of the 2nd, 3rd… piece of an answer continued over pages. */
  continuedField: (part: number) => t('pdf.continuedField', { part }),
  /** Creator and Producer of the document information. */
  creator: t('site.name'),
  producer: t('pdf.producer'),
  /**
   * Under a card's log grid when the clinic's session has more look-ins than rows fit on the card
   * page (see `card-layout.ts`).
   */
  logContinues: t('pdf.logContinues'),
} as const;

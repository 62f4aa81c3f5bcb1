import { grayscale, PageSizes } from 'pdf-lib';

/**
 * Geometry and typography of a worksheet PDF, in PDF points (1/72 inch). Sizes are for reading on
 * paper: 11 pt answers and labels, hints no smaller than 9.5 pt, and greys dark enough to print.
 */

/** Page sizes a clinic can choose (`clinic.config.ts` → `pdf.pageSize`). */
export const pageSizes = {
  /** US Letter, 8.5 × 11 in. */
  letter: PageSizes.Letter as [number, number],
  /** ISO A4, 210 × 297 mm. */
  a4: PageSizes.A4 as [number, number],
} as const;

/** Margins: ¾ inch, inside every printer's unprintable border. */
export const margin = { top: 54, bottom: 54, side: 54 } as const;

/** Baseline of the footer line, inside the bottom margin. */
export const footerBaseline = 28;

/**
 * The brand band at the top of every page: the clinic's logo and the site's name, inside the top
 * margin as the footer is inside the bottom one, so it takes no room from the content and every
 * page breaks where it did without it (see `brand-band.ts`). In points.
 */
export const brandBand = {
  /** From the page's top edge to the top of the band: ¼ inch, inside every printer's printable area. */
  top: 18,
  /** The logo's height, and the band's: it ends 8 pt above the content (`margin.top`). */
  height: 28,
  /**
   * The widest the logo is drawn. A wider one (a long wordmark) is scaled down to this width,
   * keeping its shape, so the name always has more than half of the line beside it.
   */
  logoMaxWidth: 144,
  /** Between the logo and the name. */
  gap: 8,
  /** The name's text sizes, tried largest first until it fits two lines (two lines at 10 pt are 26 pt). */
  nameSizes: [10, 9, 8],
} as const;

/** Font sizes. */
export const fontSize = {
  clinic: 10,
  title: 20,
  description: 10.5,
  runningHeader: 9,
  heading: 14,
  intro: 10.5,
  label: 11,
  hint: 9.5,
  option: 11,
  answer: 11,
  footer: 8.5,
} as const;

/** Line height as a multiple of the font size, for drawn (non-field) text. */
export const leading = 1.3;

/** Vertical space, in points. */
export const space = {
  afterTitle: 14,
  beforeHeading: 16,
  afterHeading: 6,
  afterIntro: 8,
  afterLabel: 4,
  afterField: 14,
  betweenOptions: 5,
  beforeOtherText: 6,
} as const;

/** Colours: near-black text, a dark grey that still prints clearly, and a mid-grey for borders. */
export const colour = {
  text: grayscale(0.1),
  muted: grayscale(0.32),
  border: grayscale(0.45),
} as const;

/** Checkboxes and radio buttons: a square this many points wide, and the gap before its label. */
export const toggle = { size: 12, gap: 8 } as const;

/** Width of date and time boxes: room for "2026-03-14" with space to spare when written by hand. */
export const shortBoxWidth = 160;

/** Width and height of a drawn signature's box: room to sign by hand when it is empty. */
export const signatureBox = { width: 240, height: 80, padding: 6 } as const;

/**
 * A card page (one of `definition.cards`): one page a chaperone keeps in view, so the numbers are large
 * and everything else is compact. Sizes in points.
 */
export const card = {
  fontSize: {
    title: 20,
    intro: 10.5,
    blockTitle: 12,
    item: 10,
    phoneLabel: 12,
    /** Phone numbers: large enough to read across a room, in a dim one. */
    phone: 22,
    /** The least a phone number is shrunk to so that it fits one line, before it wraps instead. */
    phoneSmallest: 12,
    logHeader: 9.5,
  },
  space: {
    afterHeader: 6,
    beforeBlock: 12,
    afterBlockTitle: 3,
    betweenItems: 2,
    betweenPhones: 4,
    /** Gap between the two columns of side-by-side lists or log grids. */
    columnGap: 18,
    /** Gap between a phone's (or other answer's) label and its box under it. */
    afterAnswerLabel: 1,
  },
  /** Indent of list and step text after its bullet or number. */
  bulletIndent: 14,
  markerGap: 5,
  /**
   * Log rows: a comfortable handwriting height, and the least a row shrinks to (≈ 5.3 mm, about
   * narrow-ruled paper) before rows are left off. See `card-layout.ts`.
   */
  logRow: { preferred: 20, comfortable: 18, minimum: 15 },
  /** Space between a log cell's edge and typed text. */
  logCellPadding: 2,
  /** Largest text size typed into a log cell. */
  logCellText: 10,
  /** Width of the grid lines. */
  logLine: 0.75,
} as const;

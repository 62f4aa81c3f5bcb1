import {
  beginText,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
  type Color,
  type PDFDocument,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
import type { DrawableText } from './drawable-text';
import type { DrawingFont } from './fonts';
import { LineBreaker } from './line-breaking';
import { leading, margin } from './page-style';

/**
 * The baseline of a line of drawn text whose slot (`size × leading` tall) starts at `top`: the
 * text is centred in the slot, its ascender about 0.8 em below the top of the text.
 */
export function baselineInSlot(top: number, size: number): number {
  return top - (size * leading - size) / 2 - size * 0.8;
}

/** How a run of page text is drawn. */
export interface TextStyle {
  font: DrawingFont;
  size: number;
  color: Color;
}

/**
 * Top-to-bottom flow of content over as many pages as it needs. Keeps a cursor (`y`, the top of
 * the free space on the current page) and starts a new page when something does not fit.
 */
export class PageFlow {
  /** Every page so far, in order. */
  readonly pages: PDFPage[] = [];
  private current!: PDFPage;
  /** Top of the free space on the current page, in points from the bottom edge. */
  y = 0;
  private runningHeaderHeight = 0;
  private readonly breakers = new Map<string, LineBreaker>();
  private readonly fontKeys = new Map<PDFPage, Map<DrawingFont, PDFName>>();

  /**
   * @param onNewPage draws what every page after the first starts with (a running header); the
   * height it takes is kept free on every later page
   */
  constructor(
    private readonly doc: PDFDocument,
    private readonly size: [number, number],
    private readonly drawable: DrawableText,
    private readonly onNewPage: (flow: PageFlow) => void,
  ) {
    this.newPage();
  }

  /** The page being filled. */
  get page(): PDFPage {
    return this.current;
  }

  /** Left edge of the content. */
  get left(): number {
    return margin.side;
  }

  /** Width of the content. */
  get width(): number {
    return this.size[0] - 2 * margin.side;
  }

  /** Height left on the current page. */
  get remaining(): number {
    return this.y - margin.bottom;
  }

  /** Height of the content area of a page that has only its running header. */
  get freshPageHeight(): number {
    return this.size[1] - margin.top - margin.bottom - this.runningHeaderHeight;
  }

  /** Whether nothing has been drawn below the running header of the current page. */
  private get atTopOfPage(): boolean {
    return this.y >= this.size[1] - margin.top - this.runningHeaderHeight;
  }

  /**
   * Starts a new page and puts the cursor at the top of its content area.
   * @param options.runningHeader `false` for a page that is not a continuation (the card page)
   */
  newPage(options: { runningHeader?: boolean } = {}): void {
    this.current = this.doc.addPage(this.size);
    this.pages.push(this.current);
    this.y = this.size[1] - margin.top;
    if (options.runningHeader === false) {
      this.runningHeaderHeight = 0;
    } else if (this.pages.length > 1) {
      const before = this.y;
      this.onNewPage(this);
      this.runningHeaderHeight = before - this.y;
    }
  }

  /** Makes sure `height` fits below the cursor, starting a new page if it does not (and can help). */
  ensure(height: number): void {
    if (height > this.remaining && !this.atTopOfPage) this.newPage();
  }

  /** Moves the cursor down. */
  advance(height: number): void {
    this.y -= height;
  }

  /** The line breaker for a font and size: shared so each word is measured once per document. */
  breaker(font: DrawingFont, size: number): LineBreaker {
    const key = `${font.name}@${size}`;
    let breaker = this.breakers.get(key);
    if (!breaker) {
      breaker = new LineBreaker(this.drawable, (text) => font.widthOf(text, size));
      this.breakers.set(key, breaker);
    }
    return breaker;
  }

  /** Height of `text` drawn `width` points wide. */
  measureText(text: string, font: DrawingFont, size: number, width = this.width): number {
    return this.breaker(font, size).lines(text, width).length * size * leading;
  }

  /**
   * Draws wrapped text at the cursor, moving to a new page between lines when needed.
   * @param options.indent from the left edge of the content
   */
  drawText(text: string, options: TextStyle & { indent?: number }): void {
    const { font, size, indent = 0 } = options;
    const width = this.width - indent;
    const lineHeight = size * leading;
    for (const line of this.breaker(font, size).lines(text, width)) {
      this.ensure(lineHeight);
      this.drawLine(this.current, line.text, this.left + indent, baselineInSlot(this.y, size), options);
      this.advance(lineHeight);
    }
  }

  /** Draws one line of already-drawable text at a baseline, on any page. */
  drawLine(page: PDFPage, text: string, x: number, baseline: number, style: TextStyle): void {
    if (text === '') return;
    page.pushOperators(
      pushGraphicsState(),
      beginText(),
      setFillingColor(style.color),
      setFontAndSize(this.fontKey(page, style.font), style.size),
      setTextMatrix(1, 0, 0, 1, x, baseline),
      showText(style.font.encode(text)),
      endText(),
      popGraphicsState(),
    );
  }

  /** The page's resource name for a font, added on first use. */
  private fontKey(page: PDFPage, font: DrawingFont): PDFName {
    let keys = this.fontKeys.get(page);
    if (!keys) {
      keys = new Map();
      this.fontKeys.set(page, keys);
    }
    let key = keys.get(font);
    if (!key) {
      key = page.node.newFontDictionary(font.name, font.ref);
      keys.set(font, key);
    }
    return key;
  }
}

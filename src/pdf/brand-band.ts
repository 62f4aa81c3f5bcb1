import type { PDFImage, PDFPage } from 'pdf-lib';
import type { DrawingFont } from './fonts';
import { baselineInSlot, type PageFlow } from './page-flow';
import { brandBand, colour, leading, margin } from './page-style';

/**
 * The brand band at the top of every page: the clinic's logo, if it has a PNG or JPEG one (see
 * `brand-logo.ts`), then the site's name beside it, both centred on the band's middle line. It
 * sits in the top margin (`brandBand` in page-style.ts), so pages break exactly where they would
 * without it, the card page keeps all of its room, and nothing the read-back uses moves or changes
 * (no field is added, renamed or resized).
 */

/** Whether two names are the same to a reader: case, surrounding and repeated spaces aside. */
export function sameName(a: string, b: string): boolean {
  const plain = (name: string) => name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
  return plain(a) === plain(b);
}

/** The logo's drawn size: {@link brandBand}`.height` tall, or less when that would be too wide. */
export function logoBox(image: Pick<PDFImage, 'width' | 'height'>): { width: number; height: number } {
  const scale = Math.min(brandBand.height / image.height, brandBand.logoMaxWidth / image.width);
  return { width: image.width * scale, height: image.height * scale };
}

/** The band of one document, laid out once (every page has the same size) and drawn on each page. */
export class BrandBand {
  private readonly logoSize: { width: number; height: number } | undefined;
  private readonly nameLeft: number;
  private readonly nameSize: number;
  private readonly nameLines: string[];

  /**
   * @param font the heading font: the name is drawn bold where Helvetica draws it
   * @param name the site's name (`pdfWording(ui).siteName`), already in `drawnTexts` so the fonts cover it
   * @param logo the embedded logo, or undefined for the name alone
   */
  constructor(
    private readonly flow: PageFlow,
    private readonly font: DrawingFont,
    name: string,
    private readonly logo: PDFImage | undefined,
  ) {
    this.logoSize = logo ? logoBox(logo) : undefined;
    const indent = this.logoSize ? this.logoSize.width + brandBand.gap : 0;
    this.nameLeft = margin.side + indent;
    // The largest size at which the name fits two lines beside the logo. A 60-character name (the
    // longest `brand.name` allows) fits at 10 pt beside the widest logo on A4; the smaller sizes
    // are for the widest letters, and past 8 pt the third line on is left off rather than drawn
    // over the content.
    const width = flow.width - indent;
    const fits = (size: number) => flow.breaker(font, size).lines(name, width);
    const sizes = brandBand.nameSizes;
    const size = sizes.find((candidate) => fits(candidate).length <= 2) ?? sizes[sizes.length - 1]!;
    this.nameSize = size;
    this.nameLines = fits(size)
      .slice(0, 2)
      .map((line) => line.text);
  }

  /** Draws the band at the top of `page`. */
  draw(page: PDFPage): void {
    const middle = page.getHeight() - brandBand.top - brandBand.height / 2;
    if (this.logo && this.logoSize) {
      const { width, height } = this.logoSize;
      page.drawImage(this.logo, { x: margin.side, y: middle - height / 2, width, height });
    }
    const lineHeight = this.nameSize * leading;
    const top = middle + (this.nameLines.length * lineHeight) / 2;
    const style = { font: this.font, size: this.nameSize, color: colour.text };
    this.nameLines.forEach((line, index) =>
      this.flow.drawLine(page, line, this.nameLeft, baselineInSlot(top - index * lineHeight, this.nameSize), style),
    );
  }
}

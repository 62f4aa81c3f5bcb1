import type { PDFDocument, PDFForm, PDFImage } from 'pdf-lib';
import { entriesPrinted, isSectionShown, isShown, sectionEntries, type AnswerSlot } from '../worksheets/answers';
import type { FieldDrawing } from '../worksheets/kinds/kind-pdf';
import { pdfOf } from '../worksheets/kinds/pdf-table';
import type { AnswerValue, WorksheetDefinition, WorksheetField, WorksheetSection } from '../worksheets/types';
import {
  addTextWidget,
  answerMetrics,
  createTextField,
  defaultAppearance,
  setTextAppearance,
  type AnswerMetrics,
} from './answer-box';
import { BrandBand, sameName } from './brand-band';
import type { CardContent } from './card-content';
import { CardLayout } from './card-layout';
import type { DrawableText } from './drawable-text';
import { FieldCanvas, printedLabel } from './field-canvas';
import { HIDDEN_ANSWERS_FIELD, MARKER_FIELD } from './field-names';
import type { DrawingFont, WorksheetFonts } from './fonts';
import { PageFlow } from './page-flow';
import { colour, fontSize, footerBaseline, margin, space } from './page-style';
import type { PdfWording } from './wording';

export { printedLabel } from './field-canvas';

/**
 * Draws a worksheet — header, sections, questions and one form field per answer — onto pages, in
 * reading order, which is also the order of the fields (and so the Tab order in readers).
 */

/** An answer as the layout uses it: already coerced to its slot's kind. */
export type SlotValue = AnswerValue;

/**
 * An entry's heading in a repeated section ("Entry 2"): in the heading font, between a section's
 * heading and a question's label in size, with room above it to set each entry apart.
 */
const entryTitle = { size: 12, before: 10, after: 4 } as const;

/**
 * Every piece of text a section can draw — its heading and intro, each entry's heading, each
 * question's label and hint, and what each kind draws besides (`kinds/<kind>/pdf.ts` `texts`:
 * options, typed answers) — for every entry of a repeated section, so the fonts chosen can draw
 * whatever is printed.
 * @param wording the PDF's words ("(optional)" is printed after labels)
 */
export function sectionTexts(
  section: WorksheetSection,
  values: ReadonlyMap<string, SlotValue>,
  wording: PdfWording,
): string[] {
  const texts = [section.title, section.intro ?? ''];
  for (const entry of sectionEntries(section)) {
    texts.push(entry.title ?? '');
    for (const field of entry.fields)
      texts.push(printedLabel(field, wording), field.label, field.hint ?? '', ...pdfOf(field).texts(field, values));
  }
  return texts;
}

/** Lays out one worksheet. */
export class WorksheetLayout {
  private readonly flow: PageFlow;
  private readonly form: PDFForm;
  private readonly metrics: AnswerMetrics;
  private readonly canvas: FieldCanvas;
  /**
   * The clinic's name as the first page, the running headers and the card page print it: empty
   * when it is the site's name, which the brand band at the top of every page already shows.
   */
  private readonly clinicLine: string;

  constructor(
    doc: PDFDocument,
    private readonly fonts: WorksheetFonts,
    drawable: DrawableText,
    pageSize: [number, number],
    private readonly definition: WorksheetDefinition,
    clinicName: string,
    /** The words the engine adds, in the PDF's language. */
    private readonly wording: PdfWording,
  ) {
    this.clinicLine = sameName(clinicName, wording.siteName) ? '' : clinicName;
    this.form = doc.getForm();
    this.metrics = answerMetrics(fonts.body);
    this.flow = new PageFlow(doc, pageSize, drawable, (flow) => {
      flow.drawText(this.runningHeader(), { font: fonts.body, size: fontSize.runningHeader, color: colour.muted });
      flow.advance(space.afterTitle);
    });
    this.canvas = new FieldCanvas(this.flow, this.form, fonts, this.metrics, wording);
  }

  /** Text of the small header on every page after the first, under the brand band. */
  runningHeader(): string {
    const continued = this.wording.continued(this.definition.title);
    return this.clinicLine ? `${this.clinicLine} · ${continued}` : continued;
  }

  private get body(): DrawingFont {
    return this.fonts.body;
  }

  /** Clinic name (unless the brand band shows it), title and description at the top of the first page. */
  drawHeader(): void {
    const { flow } = this;
    if (this.clinicLine)
      flow.drawText(this.clinicLine, { font: this.body, size: fontSize.clinic, color: colour.muted });
    flow.drawText(this.definition.title, { font: this.fonts.heading, size: fontSize.title, color: colour.text });
    flow.advance(2);
    flow.drawText(this.definition.description, { font: this.body, size: fontSize.description, color: colour.muted });
    flow.advance(space.afterTitle);
  }

  /**
   * Every section shown, with its questions shown and their fields, each drawn by its kind
   * (`kinds/<kind>/pdf.ts`): a section or field whose `showWhen` does not hold for these answers
   * is not drawn (see `isShown`). A repeated section prints each entry in use under its heading, then
   * one blank entry while it holds another (`entriesPrinted`).
   * @param prepared what each kind's `prepare` made, by answer key (an embedded drawing, say)
   */
  drawSections(
    slots: AnswerSlot[],
    values: ReadonlyMap<string, SlotValue>,
    prepared: ReadonlyMap<string, unknown> = new Map(),
  ): void {
    const slotByKey = new Map(slots.map((slot) => [slot.key, slot]));
    const answers = Object.fromEntries(values);
    const drawing = (field: WorksheetField): FieldDrawing<WorksheetField> => {
      const slot = slotByKey.get(field.id)!;
      return {
        field,
        name: slot.entry ? this.wording.inEntry(slot.entry.title, field.label) : field.label,
        value: values.get(field.id) ?? slot.answer.empty,
        values,
        prepared: prepared.get(field.id),
        canvas: this.canvas,
      };
    };
    const keepHeight = (field: WorksheetField | undefined) => (field ? pdfOf(field).keepHeight(drawing(field)) : 0);
    for (const section of this.definition.sections) {
      if (!isSectionShown(section, answers)) continue;
      const entries = sectionEntries(section)
        .slice(0, entriesPrinted(section, answers))
        .map(({ title, fields }) => ({
          title,
          fields: fields.filter((field) => isShown(slotByKey.get(field.id)!, answers)),
        }));
      const first = entries[0]!;
      const introHeight = section.intro
        ? this.flow.measureText(section.intro, this.body, fontSize.intro) + space.afterIntro
        : 0;
      // Keep the heading (and intro) with the start of the first question, and its entry's heading.
      this.flow.ensure(
        space.beforeHeading +
          this.flow.measureText(section.title, this.fonts.heading, fontSize.heading) +
          space.afterHeading +
          introHeight +
          this.entryTitleHeight(first.title) +
          keepHeight(first.fields[0]),
      );
      this.flow.advance(space.beforeHeading);
      this.flow.drawText(section.title, { font: this.fonts.heading, size: fontSize.heading, color: colour.text });
      this.flow.advance(space.afterHeading);
      if (section.intro) {
        this.flow.drawText(section.intro, { font: this.body, size: fontSize.intro, color: colour.muted });
        this.flow.advance(space.afterIntro);
      }
      entries.forEach(({ title, fields }, index) => {
        if (title !== undefined) {
          // An entry's heading stays with its first question.
          if (index > 0) this.flow.ensure(this.entryTitleHeight(title) + keepHeight(fields[0]));
          this.flow.advance(entryTitle.before);
          this.flow.drawText(title, { font: this.fonts.heading, size: entryTitle.size, color: colour.text });
          this.flow.advance(entryTitle.after);
        }
        for (const field of fields) {
          pdfOf(field).draw(drawing(field));
          this.flow.advance(space.afterField);
        }
      });
    }
  }

  /** The height of an entry's heading with the space around it; 0 for a section asked once. */
  private entryTitleHeight(title: string | undefined): number {
    return title === undefined
      ? 0
      : entryTitle.before + this.flow.measureText(title, this.fonts.heading, entryTitle.size) + entryTitle.after;
  }

  /** One card page (of `definition.cards`), after every question; see card-layout.ts. */
  drawCard(card: CardContent): void {
    new CardLayout(this.flow, this.form, this.fonts, this.clinicLine, this.wording).draw(card);
  }

  /**
   * The brand band — the clinic's logo and the site's name — at the top of every page, card pages
   * included; called once all pages exist (see brand-band.ts).
   * @param logo the logo, embedded once; every page draws it. Undefined: the name alone.
   */
  drawBrandBands(logo: PDFImage | undefined): void {
    const band = new BrandBand(this.flow, this.fonts.heading, this.wording.siteName, logo);
    for (const page of this.flow.pages) band.draw(page);
  }

  /** Footer and page number on every page; called once all pages exist. */
  drawFooters(): void {
    const pages = this.flow.pages;
    const { side } = margin;
    pages.forEach((page, index) => {
      const size = fontSize.footer;
      const style = { font: this.body, size, color: colour.muted };
      const breaker = this.flow.breaker(this.body, size);
      const [footer] = breaker.lines(this.wording.footer, Number.POSITIVE_INFINITY);
      const [number] = breaker.lines(this.wording.pageOf(index + 1, pages.length), Number.POSITIVE_INFINITY);
      this.flow.drawLine(page, footer!.text, side, footerBaseline, style);
      this.flow.drawLine(page, number!.text, page.getWidth() - side - number!.width, footerBaseline, style);
    });
  }

  /**
   * The hidden, read-only field keeping the answers of fields not shown, as JSON (see
   * field-names.ts), on the first page; nothing when there are none.
   */
  addHiddenAnswersField(hidden: Readonly<Record<string, SlotValue>>): void {
    if (Object.keys(hidden).length === 0) return;
    const field = createTextField(this.form, HIDDEN_ANSWERS_FIELD);
    addTextWidget(field, this.flow.pages[0]!, { x: 0, y: 0, width: 0, height: 0 }, { hidden: true });
    field.acroField.setDefaultAppearance(defaultAppearance(this.body, this.metrics.size));
    field.setText(JSON.stringify(hidden));
    field.enableReadOnly();
    setTextAppearance(field, this.body, []);
  }

  /**
   * The hidden, read-only marker field on the first page: which worksheet and version this is
   * (see field-names.ts). It has an (empty) appearance like every other field.
   */
  addMarkerField(marker: string): void {
    const field = createTextField(this.form, MARKER_FIELD);
    addTextWidget(field, this.flow.pages[0]!, { x: 0, y: 0, width: 0, height: 0 }, { hidden: true });
    field.acroField.setDefaultAppearance(defaultAppearance(this.body, this.metrics.size));
    field.setText(marker);
    field.enableReadOnly();
    setTextAppearance(field, this.body, []);
  }
}

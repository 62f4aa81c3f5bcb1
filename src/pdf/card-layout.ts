import {
  beginMarkedContent,
  endMarkedContent,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setLineWidth,
  setStrokingColor,
  stroke,
  type Color,
  type PDFForm,
  type PDFPage,
} from 'pdf-lib';
import {
  addTextWidget,
  answerAppearance,
  answerMetrics,
  boxHeight,
  createTextField,
  defaultAppearance,
  innerWidth,
  setAccessibleName,
  setTextAppearance,
} from './answer-box';
import { BULLET, type CardBlockContent, type CardContent, type CardLogColumn, type CardPhone } from './card-content';
import { logFieldName } from './field-names';
import type { DrawingFont, WorksheetFonts } from './fonts';
import { hasLineBreak } from './line-breaking';
import { baselineInSlot, type PageFlow } from './page-flow';
import { card as style, colour, fontSize, leading } from './page-style';
import type { PdfWording } from './wording';

/**
 * Draws one of a worksheet's cards (`definition.cards`) on ONE page of its own after the questions: the
 * clinic's name, the card's title and intro, then each block in order — phone numbers in large
 * type, two to a row, and other text answers in ordinary type (fillable copies of the answers),
 * bulleted lists, numbered steps, a dosing-day timeline as a two-column table (time, what to do;
 * printed text), and a log grid of fillable cells with one row per look-in.
 *
 * Fitting the page: everything but the log has a fixed height (a timeline's too: its rows are
 * the clinic's entries, about eight, each a line or two), and the log's rows share what is
 * left. The first arrangement that gives rows of at least `logRow.comfortable` (18 pt) wins, in
 * this order:
 * 1. one column, one log grid;
 * 2. one column, the log's rows split between two grids side by side (rows 1…⌈N/2⌉ on the left);
 * 3. consecutive lists, steps and answers side by side in two balanced columns (reading order
 *    kept: left column, then right; split between blocks unless splitting a block inside saves
 *    more than about a line), one log grid;
 * 4. both.
 * If none does, the arrangement with the tallest rows is used if they are at least
 * `logRow.minimum` (15 pt); otherwise rows are 15 pt, as many as fit are drawn, and a line under
 * the log says to carry on on the back of the page.
 *
 * The limit depends on the card's text. With the chaperone card (`tests/fixtures/pdf/card-worksheet.ts`,
 * the same blocks as the chaperone definition) and typical answers, every row fits up to 16 rows
 * on US Letter (a 3¾-hour session at 15 minutes) and 22 on A4 (5¼ hours); beyond that, 14 and 20
 * rows are drawn with the line under them. The clinic's example, 3 hours at 15 minutes, gives 13
 * rows, and still fits with every answer at its limit. Rows are numbered in reading order: down
 * the left grid, then down the right.
 *
 * A card whose text alone is taller than a page (a definition problem) still prints in full: it
 * continues on further pages, with the log at 20 pt rows, capped at one page of them.
 */

/** Something drawn on the card, laid out for a width: its height and how to draw it below `top`. */
interface Piece {
  height: number;
  /** Keep on the same page (or column) as the next piece (titles). */
  keepWithNext?: boolean;
  /** Empty space: dropped at the top or foot of a column. */
  isGap?: boolean;
  draw(page: PDFPage, x: number, top: number): void;
}

/** How the card is arranged: lists side by side or not, and how many log grids side by side. */
interface Arrangement {
  textColumns: 1 | 2;
  logGrids: 1 | 2;
}

/** How each log is drawn: the row height and, when not all fit, how many rows. */
interface LogPlan {
  rowHeight: number;
  /** Rows drawn per log block (in block order); the block's own count when absent. */
  rows?: number[];
  /** Whether to print the "carry on on the back" line under capped logs. */
  capped: boolean;
}

const gap = (height: number): Piece => ({ height, isGap: true, draw: () => undefined });
const sum = (pieces: readonly Piece[]) => pieces.reduce((total, piece) => total + piece.height, 0);
/** A block drawn as it is: everything but the log, whose rows share the room left. */
type FixedBlock = Exclude<CardBlockContent, { kind: 'log' }>;

/**
 * The timeline table: padding above, below and left of a cell's text, the gap between the time and
 * what to do, and the most of the width the time column takes (a time on another day, "9:30 PM on
 * Friday, June 12", wraps in it rather than squeezing what to do).
 */
const timelineTable = { cellPadding: 3, columnGap: 10, timeShareMax: 0.36 } as const;

/** Blocks that may go side by side in two columns: lists, steps and text answers. */
const isText = (block: CardBlockContent) => block.kind === 'list' || block.kind === 'steps' || block.kind === 'answers';
const floorTo = (value: number, step: number) => Math.floor(value / step) * step;

/**
 * How much taller (in points, about a line) two columns split between blocks may be than ones
 * split inside a block, and still be preferred: a list read whole is easier to follow.
 */
const SPLIT_BLOCK_SLACK = 12;

/** Lays out and draws one card. */
export class CardLayout {
  constructor(
    private readonly flow: PageFlow,
    private readonly form: PDFForm,
    private readonly fonts: WorksheetFonts,
    /** Printed above the card's title; empty (no line) when the brand band already shows it. */
    private readonly clinicName: string,
    /** The words the engine adds (the line under a log that runs out), in the PDF's language. */
    private readonly wording: PdfWording,
  ) {}

  private get body(): DrawingFont {
    return this.fonts.body;
  }

  /** Starts the card's page and draws the card on it. */
  draw(card: CardContent): void {
    const { flow } = this;
    flow.newPage({ runningHeader: false });
    const width = flow.width;
    const available = flow.remaining;
    const logs = card.blocks.filter((block) => block.kind === 'log');
    const hasRun = card.blocks.some(
      (block, index) => isText(block) && card.blocks[index + 1] !== undefined && isText(card.blocks[index + 1]!),
    );
    const arrangements: Arrangement[] = (
      [
        { textColumns: 1, logGrids: 1 },
        { textColumns: 1, logGrids: 2 },
        { textColumns: 2, logGrids: 1 },
        { textColumns: 2, logGrids: 2 },
      ] as const
    ).filter(
      (arrangement) => (arrangement.textColumns === 1 || hasRun) && (arrangement.logGrids === 1 || logs.length > 0),
    );

    // Height of everything but the log rows, and the rows it leaves room for.
    const candidates = arrangements.map((arrangement) => {
      const fixed = sum(this.pieces(card, width, arrangement, { rowHeight: 0, capped: false }));
      const gridRows = logs.reduce((total, log) => total + Math.ceil(log.rows / arrangement.logGrids), 0);
      // A little slack keeps rounding from pushing the last row past the margin.
      const rowHeight =
        gridRows === 0
          ? fixed <= available
            ? Number.POSITIVE_INFINITY
            : -1
          : floorTo((available - fixed - 0.05) / gridRows, 0.01);
      return { arrangement, fixed, rowHeight };
    });

    const comfortable = candidates.find((candidate) => candidate.rowHeight >= style.logRow.comfortable);
    const best = candidates.reduce((a, b) => (b.rowHeight > a.rowHeight ? b : a));
    if (comfortable || best.rowHeight >= style.logRow.minimum) {
      const chosen = comfortable ?? best;
      this.place(
        this.pieces(card, width, chosen.arrangement, {
          rowHeight: Math.min(style.logRow.preferred, chosen.rowHeight),
          capped: false,
        }),
        false,
      );
      return;
    }

    // Not every row fits even at the minimum height: draw as many as do, each capped log with a
    // line under it saying to carry on on the back (room for that line is kept for every log).
    const grids = best.arrangement.logGrids;
    const note = this.continuesNote(width).height;
    let capacity = Math.floor((available - best.fixed - logs.length * note - 0.05) / style.logRow.minimum);
    if (logs.length > 0 && capacity >= logs.length) {
      // Logs take rows in order, each leaving at least one grid row for every log after it.
      const rows = logs.map((log, index) => {
        const gridRows = Math.min(Math.ceil(log.rows / grids), capacity - (logs.length - index - 1));
        capacity -= gridRows;
        return Math.min(log.rows, gridRows * grids);
      });
      this.place(
        this.pieces(card, width, best.arrangement, { rowHeight: style.logRow.minimum, rows, capped: true }),
        false,
      );
      return;
    }

    // The card's text alone does not fit a page: let it run over, one column, 20 pt rows, at most
    // a page of them.
    const pageRows = Math.max(1, Math.floor((flow.freshPageHeight - 60) / style.logRow.preferred));
    const rows = logs.map((log) => Math.min(log.rows, pageRows));
    this.place(
      this.pieces(
        card,
        width,
        { textColumns: 1, logGrids: 1 },
        { rowHeight: style.logRow.preferred, rows, capped: false },
      ),
      true,
    );
  }

  /** Draws pieces down the page; with `paginate`, starting a new page when one does not fit. */
  private place(pieces: readonly Piece[], paginate: boolean): void {
    const { flow } = this;
    pieces.forEach((piece, index) => {
      if (paginate) flow.ensure(piece.height + (piece.keepWithNext ? (pieces[index + 1]?.height ?? 0) : 0));
      piece.draw(flow.page, flow.left, flow.y);
      flow.advance(piece.height);
    });
  }

  /** The whole card as pieces, top to bottom, for one arrangement. */
  private pieces(card: CardContent, width: number, arrangement: Arrangement, plan: LogPlan): Piece[] {
    const pieces: Piece[] = [
      this.textPiece(this.clinicName, this.body, fontSize.clinic, colour.muted, width, true),
      this.textPiece(card.title, this.fonts.heading, style.fontSize.title, colour.text, width, true),
    ];
    if (card.intro) pieces.push(this.textPiece(card.intro, this.body, style.fontSize.intro, colour.muted, width));
    pieces.push(gap(style.space.afterHeader));

    let logIndex = 0;
    for (let index = 0; index < card.blocks.length; index++) {
      const block = card.blocks[index]!;
      // A run of lists and steps goes side by side when the arrangement says so.
      if (arrangement.textColumns === 2 && isText(block) && card.blocks[index + 1] && isText(card.blocks[index + 1]!)) {
        let end = index;
        while (card.blocks[end + 1] && isText(card.blocks[end + 1]!)) end++;
        pieces.push(gap(style.space.beforeBlock), this.sideBySide(card.blocks.slice(index, end + 1), width));
        index = end;
        continue;
      }
      pieces.push(gap(style.space.beforeBlock));
      if (block.kind === 'log') {
        const rows = plan.rows?.[logIndex] ?? block.rows;
        logIndex += 1;
        pieces.push(...this.logPieces(block, rows, width, arrangement.logGrids, plan.rowHeight));
        if (plan.capped && rows < block.rows) pieces.push(this.continuesNote(width));
      } else if (block.kind === 'timeline') {
        pieces.push(...this.timelinePieces(block, width));
      } else {
        pieces.push(...this.blockPieces(block, width));
      }
    }
    return pieces;
  }

  /** The line under a log that could not hold every look-in. */
  private continuesNote(width: number): Piece {
    return this.textPiece(this.wording.logContinues, this.body, fontSize.hint, colour.muted, width);
  }

  /** Wrapped text, drawn from the top of its piece. */
  private textPiece(
    text: string,
    font: DrawingFont,
    size: number,
    color: Color,
    width: number,
    keepWithNext = false,
  ): Piece {
    const lines = this.flow.breaker(font, size).lines(text, width);
    const lineHeight = size * leading;
    return {
      height: text === '' ? 0 : lines.length * lineHeight,
      keepWithNext,
      draw: (page, x, top) => {
        lines.forEach((line, index) =>
          this.flow.drawLine(page, line.text, x, baselineInSlot(top - index * lineHeight, size), { font, size, color }),
        );
      },
    };
  }

  /** A block's title with the space under it. */
  private titlePiece(title: string, width: number): Piece {
    const text = this.textPiece(title, this.fonts.heading, style.fontSize.blockTitle, colour.text, width, true);
    return { ...text, height: text.height + style.space.afterBlockTitle };
  }

  /** A phone, answers, list or steps block. */
  private blockPieces(block: Exclude<FixedBlock, { kind: 'timeline' }>, width: number): Piece[] {
    const pieces = [this.titlePiece(block.title, width)];
    if (block.kind === 'phones') {
      // Two numbers to a row, each under its label: half the height of one a line.
      const columnWidth = (width - style.space.columnGap) / 2;
      for (let index = 0; index < block.entries.length; index += 2) {
        if (index > 0) pieces.push(gap(style.space.betweenPhones));
        const row = block.entries.slice(index, index + 2).map((entry) =>
          this.answerPiece(entry, columnWidth, {
            label: style.fontSize.phoneLabel,
            value: style.fontSize.phone,
            smallest: style.fontSize.phoneSmallest,
          }),
        );
        pieces.push({
          height: Math.max(...row.map((piece) => piece.height)),
          draw: (page, x, top) =>
            row.forEach((piece, column) => piece.draw(page, x + column * (columnWidth + style.space.columnGap), top)),
        });
      }
      return pieces;
    }
    if (block.kind === 'answers') {
      block.entries.forEach((entry, index) => {
        if (index > 0) pieces.push(gap(style.space.betweenItems));
        pieces.push(this.answerPiece(entry, width, { label: style.fontSize.item, value: style.fontSize.item }));
      });
      return pieces;
    }
    const size = style.fontSize.item;
    const breaker = this.flow.breaker(this.body, size);
    const markers = block.items.map(
      (_, index) => breaker.lines(block.kind === 'list' ? BULLET : `${index + 1}.`, Number.POSITIVE_INFINITY)[0]!,
    );
    const indent =
      block.kind === 'list'
        ? style.bulletIndent
        : Math.max(...markers.map((marker) => marker.width), 0) + style.markerGap;
    block.items.forEach((item, index) => {
      if (index > 0) pieces.push(gap(style.space.betweenItems));
      const text = this.textPiece(item, this.body, size, colour.text, width - indent);
      const marker = markers[index]!;
      pieces.push({
        height: text.height,
        draw: (page, x, top) => {
          // Numbers are right-aligned before the text; bullets sit at the left edge.
          const markerX = block.kind === 'list' ? x : x + indent - style.markerGap - marker.width;
          this.flow.drawLine(page, marker.text, markerX, baselineInSlot(top, size), {
            font: this.body,
            size,
            color: colour.text,
          });
          text.draw(page, x + indent, top);
        },
      });
    });
    return pieces;
  }

  /**
   * Text blocks in two columns, split where the taller column is shortest: between blocks, or —
   * when that makes the columns more than {@link SPLIT_BLOCK_SLACK} points shorter — between two
   * items of a block (never right after a title), the rest of it at the top of the right column.
   */
  private sideBySide(blocks: readonly CardBlockContent[], width: number): Piece {
    const columnWidth = (width - style.space.columnGap) / 2;
    const laidOut = blocks.map((block) =>
      this.blockPieces(block as Exclude<FixedBlock, { kind: 'timeline' }>, columnWidth),
    );
    const pieces = laidOut.flatMap((block, index) => (index > 0 ? [gap(style.space.beforeBlock), ...block] : block));
    // Where each block starts in `pieces` (its title), so splits between blocks can be preferred.
    const blockStarts = new Set<number>();
    laidOut.reduce(
      (start, block, index) => (blockStarts.add(start), start + block.length + (index + 1 < laidOut.length ? 1 : 0)),
      0,
    );
    const trimmed = (from: number, to: number) => {
      while (from < to && pieces[from]!.isGap) from++;
      while (to > from && pieces[to - 1]!.isGap) to--;
      return pieces.slice(from, to);
    };
    let byBlock = { split: pieces.length, height: Number.POSITIVE_INFINITY };
    let byItem = byBlock;
    for (let split = 1; split < pieces.length; split++) {
      const left = trimmed(0, split);
      if (pieces[split]!.isGap || left.length === 0 || left.at(-1)!.keepWithNext) continue;
      const height = Math.max(sum(left), sum(trimmed(split, pieces.length)));
      if (blockStarts.has(split) && height < byBlock.height) byBlock = { split, height };
      if (height < byItem.height) byItem = { split, height };
    }
    const best = byBlock.height - byItem.height > SPLIT_BLOCK_SLACK ? byItem : byBlock;
    const left = trimmed(0, best.split);
    const right = trimmed(best.split, pieces.length);
    return {
      height: Math.max(sum(left), sum(right)),
      draw: (page, x, top) => {
        for (const [column, columnX] of [
          [left, x],
          [right, x + columnWidth + style.space.columnGap],
        ] as const) {
          let y = top;
          for (const piece of column) {
            piece.draw(page, columnX, y);
            y -= piece.height;
          }
        }
      },
    };
  }

  /**
   * A timeline: its title, the column headings, then one row per entry — the time in bold on the
   * left, what to do on the right with its note (if any) under it in muted type — with a rule
   * under the headings and between rows. The time column is as wide as the widest time on one
   * line, up to {@link timelineTable}'s share of the width. Each row is its own piece, so a card
   * that runs over a page breaks between rows. With no rows (no date or start time yet), the
   * block's `empty` line instead.
   */
  private timelinePieces(block: Extract<CardBlockContent, { kind: 'timeline' }>, width: number): Piece[] {
    const title = this.titlePiece(block.title, width);
    if (block.rows.length === 0)
      return [title, this.textPiece(block.empty, this.body, style.fontSize.item, colour.muted, width)];
    const size = style.fontSize.item;
    const pad = timelineTable.cellPadding;
    const bold = this.fonts.heading;
    const widest = Math.max(
      ...[block.headings.time, ...block.rows.map((row) => row.time)].map(
        (text) => this.flow.breaker(bold, size).lines(text, Number.POSITIVE_INFINITY)[0]?.width ?? 0,
      ),
    );
    const gapped = pad + timelineTable.columnGap;
    const timeWidth = Math.min(widest + gapped, width * timelineTable.timeShareMax);
    const whatWidth = width - timeWidth;
    const rule = (page: PDFPage, x: number, y: number) =>
      page.pushOperators(
        pushGraphicsState(),
        setStrokingColor(colour.border),
        setLineWidth(style.logLine),
        moveTo(x, y),
        lineTo(x + width, y),
        stroke(),
        popGraphicsState(),
      );
    /** A row of two cells, `rule` drawn along its top edge or not. */
    const row = (time: Piece, what: Piece[], ruleAbove: boolean): Piece => {
      const whatHeight = sum(what);
      return {
        height: Math.max(time.height, whatHeight) + 2 * pad,
        draw: (page, x, top) => {
          if (ruleAbove) rule(page, x, top);
          time.draw(page, x + pad, top - pad);
          let y = top - pad;
          for (const piece of what) {
            piece.draw(page, x + timeWidth + pad, y);
            y -= piece.height;
          }
        },
      };
    };
    // The time cell's text ends a gap before the "what" column; that column's text ends a padding before the edge.
    const timeText = Math.max(1, timeWidth - gapped);
    const whatText = Math.max(1, whatWidth - 2 * pad);
    const header = row(
      this.textPiece(block.headings.time, bold, style.fontSize.logHeader, colour.text, timeText),
      [this.textPiece(block.headings.what, bold, style.fontSize.logHeader, colour.text, whatText)],
      false,
    );
    const rows = block.rows.map((entry) =>
      row(
        this.textPiece(entry.time, bold, size, colour.text, timeText),
        [
          this.textPiece(entry.what, this.body, size, colour.text, whatText),
          ...(entry.note ? [this.textPiece(entry.note, this.body, size, colour.muted, whatText)] : []),
        ],
        true,
      ),
    );
    return [title, { ...header, keepWithNext: true }, ...rows];
  }

  /**
   * A phone number (in large type) or another text answer: its label, and under it a fillable
   * field (`card<AnswerKey>`) holding the answer exactly, `width` wide. A phone number too wide
   * for one line is set smaller, down to `smallest`; an answer still too wide wraps (the field
   * becomes multiline) rather than being cut off on paper.
   */
  private answerPiece(
    entry: CardPhone,
    width: number,
    sizes: { label: number; value: number; smallest?: number },
  ): Piece {
    const fieldWidth = width;
    // The largest size, down to `smallest`, at which the answer fits on one line; else it wraps at that.
    let metrics = answerMetrics(this.body, sizes.value);
    let lines = this.flow.breaker(this.body, metrics.size).lines(entry.value, innerWidth(metrics, fieldWidth));
    for (
      let size = sizes.value - 1;
      lines.length > 1 && sizes.smallest !== undefined && size >= sizes.smallest;
      size--
    ) {
      metrics = answerMetrics(this.body, size);
      lines = this.flow.breaker(this.body, size).lines(entry.value, innerWidth(metrics, fieldWidth));
    }
    const singleLine = lines.length <= 1 && !hasLineBreak(entry.value);
    const fieldHeight = boxHeight(metrics, Math.max(1, lines.length));
    const label = this.textPiece(entry.label, this.fonts.heading, sizes.label, colour.text, width);
    const height = label.height + style.space.afterAnswerLabel + fieldHeight;
    return {
      height,
      draw: (page, x, top) => {
        label.draw(page, x, top);
        const rect = { x, y: top - height, width: fieldWidth, height: fieldHeight };
        const field = createTextField(this.form, entry.fieldName);
        if (!singleLine) field.enableMultiline();
        addTextWidget(field, page, rect);
        field.acroField.setDefaultAppearance(defaultAppearance(this.body, metrics.size));
        if (entry.value !== '') field.setText(entry.value);
        setTextAppearance(field, this.body, answerAppearance(lines, this.body, metrics, rect, singleLine));
        setAccessibleName(field, entry.label);
      },
    };
  }

  /**
   * A log: its title, then `rows` rows of fillable cells (`log<row><Column>`) under the column
   * labels — in one grid, or in two side by side (rows 1…⌈rows/2⌉ on the left) for `grids` 2.
   * Widths are the columns' weights shared out; the page draws the grid's lines, the cells are
   * borderless fields inside them. In one grid each row is its own piece, so a card that runs
   * over a page can break between rows.
   */
  private logPieces(
    block: Extract<CardBlockContent, { kind: 'log' }>,
    rows: number,
    width: number,
    grids: 1 | 2,
    rowHeight: number,
  ): Piece[] {
    const gridWidth = grids === 1 ? width : (width - style.space.columnGap) / 2;
    const total = block.columns.reduce((weight, column) => weight + column.weight, 0);
    const widths = block.columns.map((column) => (gridWidth * column.weight) / total);
    const header = this.logHeader(block.columns, widths);
    const title = this.titlePiece(block.title, width);
    if (grids === 1) {
      const rowPieces = Array.from({ length: rows }, (_, index): Piece => ({
        height: rowHeight,
        draw: (page, x, top) => this.logRow(page, block, widths, index + 1, x, top, rowHeight),
      }));
      return [title, { ...header, keepWithNext: true }, ...rowPieces];
    }
    const leftRows = Math.ceil(rows / 2);
    return [
      title,
      {
        height: header.height + leftRows * rowHeight,
        draw: (page, x, top) => {
          for (let grid = 0; grid < 2; grid++) {
            const gridX = x + grid * (gridWidth + style.space.columnGap);
            const first = grid === 0 ? 1 : leftRows + 1;
            const last = grid === 0 ? leftRows : rows;
            if (first > last) continue;
            header.draw(page, gridX, top);
            for (let row = first; row <= last; row++)
              this.logRow(page, block, widths, row, gridX, top - header.height - (row - first) * rowHeight, rowHeight);
          }
        },
      },
    ];
  }

  /** The column labels over a log grid, each wrapped in its column. */
  private logHeader(columns: readonly CardLogColumn[], widths: readonly number[]): Piece {
    const size = style.fontSize.logHeader;
    const pad = style.logCellPadding;
    const labels = columns.map((column, index) =>
      this.textPiece(column.label, this.fonts.heading, size, colour.text, Math.max(1, widths[index]! - 2 * pad)),
    );
    return {
      height: Math.max(...labels.map((label) => label.height)) + pad,
      draw: (page, x, top) => {
        let cellX = x;
        labels.forEach((label, index) => {
          label.draw(page, cellX + pad, top);
          cellX += widths[index]!;
        });
      },
    };
  }

  /** One row of a log grid: each cell's lines, then its empty, borderless text field. */
  private logRow(
    page: PDFPage,
    block: Extract<CardBlockContent, { kind: 'log' }>,
    widths: readonly number[],
    row: number,
    x: number,
    top: number,
    height: number,
  ): void {
    const size = this.cellTextSize(height);
    let cellX = x;
    block.columns.forEach((column, index) => {
      const rect = { x: cellX, y: top - height, width: widths[index]!, height };
      page.pushOperators(
        pushGraphicsState(),
        setStrokingColor(colour.border),
        setLineWidth(style.logLine),
        rectangle(rect.x, rect.y, rect.width, rect.height),
        stroke(),
        popGraphicsState(),
      );
      const field = createTextField(this.form, logFieldName(row, column.id));
      addTextWidget(field, page, rect, { border: false });
      field.acroField.setDefaultAppearance(defaultAppearance(this.body, size));
      setTextAppearance(field, this.body, [beginMarkedContent('Tx'), endMarkedContent()]);
      setAccessibleName(field, `${block.title} ${row} ${column.label}`);
      cellX += rect.width;
    });
  }

  /** Text size typed into a log cell: up to 10 pt, small enough that a reader need not scroll. */
  private cellTextSize(rowHeight: number): number {
    const perPoint = Math.max(1.2, this.body.heightAtSize(1));
    return Math.max(4, floorTo(Math.min(style.logCellText, (rowHeight - 2 * style.logCellPadding) / perPoint), 0.5));
  }
}

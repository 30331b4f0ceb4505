/**
 * The page the county report is written on: US Letter, DejaVu Sans embedded (every character a
 * county's names may hold), headings that are never left alone at the foot of a page, and a
 * footer on every page saying whose report it is and "Page x of y". The same small engine will
 * serve later one-pagers (a family's plan, "Linkages at a glance").
 */
import PDFDocument from 'pdfkit';

export interface ReportFonts {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}

export interface ReportDetails {
  /** The document's title, as a PDF reader's window shows it. */
  readonly title: string;
  /** e.g. "Sonoma County · SFY 2025-26", left of the page number in every footer. */
  readonly footer: string;
  /** Written into the file as its creation date, so the same figures give the same bytes. */
  readonly createdAt: Date;
}

export const INK = '#1a1a1a';
export const MUTED = '#4d4d4d';
export const ACCENT = '#1d3a5f';
export const RULE = '#b3b3b3';

const MARGIN = 54;
const FOOTER_GAP = 22;
/** A heading needs this much room under it (its first lines), or it starts the next page. */
const KEEP_WITH_NEXT = 90;

type Weight = 'regular' | 'bold';

export class ReportDocument {
  readonly pdf: PDFKit.PDFDocument;
  readonly left = MARGIN;
  readonly width: number;
  private readonly chunks: Uint8Array[] = [];
  private readonly done: Promise<void>;

  constructor(
    fonts: ReportFonts,
    private readonly details: ReportDetails,
  ) {
    this.pdf = new PDFDocument({
      size: 'LETTER',
      margins: { top: MARGIN, bottom: MARGIN + FOOTER_GAP, left: MARGIN, right: MARGIN },
      bufferPages: true,
      // No standard font is ever loaded: the embedded font is the default from the start.
      font: null as unknown as string,
      lang: 'en-US',
      displayTitle: true,
      info: {
        Title: details.title,
        Creator: 'Linkages Workbench',
        CreationDate: details.createdAt,
      },
    });
    this.pdf.registerFont('regular', Buffer.from(fonts.regular));
    this.pdf.registerFont('bold', Buffer.from(fonts.bold));
    this.pdf.on('data', (chunk: Uint8Array) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.pdf.on('end', resolve);
      this.pdf.on('error', reject);
    });
    this.use('regular', 10);
    this.width = this.pdf.page.width - MARGIN * 2;
  }

  /** Where the next line goes, and the lowest it may go on this page. */
  get y(): number {
    return this.pdf.y;
  }
  set y(value: number) {
    this.pdf.y = value;
  }
  get bottom(): number {
    return this.pdf.page.height - this.pdf.page.margins.bottom;
  }
  get pageSpace(): number {
    return this.bottom - this.pdf.page.margins.top;
  }
  spaceLeft(): number {
    return this.bottom - this.pdf.y;
  }

  /** Sets the type for what is written next; returns the page to write it on. */
  use(weight: Weight, size: number, color = INK): PDFKit.PDFDocument {
    return this.pdf.font(weight).fontSize(size).fillColor(color);
  }

  newPage(): void {
    this.pdf.addPage();
    this.pdf.x = this.left;
  }

  /** Starts a new page unless `height` still fits on this one. */
  keep(height: number): void {
    if (height > this.spaceLeft()) this.newPage();
  }

  gap(points: number): void {
    this.pdf.y += points;
  }

  /** A section: its heading on a new page, in the reader's bookmarks. */
  section(title: string): void {
    this.newPage();
    this.pdf.outline.addItem(title);
    this.use('bold', 18, ACCENT).text(title, this.left, this.y, { width: this.width });
    this.gap(6);
  }

  /** A heading kept on one page with the first `keepWith` points of what follows it. */
  subheading(text: string, keepWith = KEEP_WITH_NEXT): void {
    this.gap(10);
    this.use('bold', 12.5);
    this.keep(this.pdf.heightOfString(text, { width: this.width }) + 4 + keepWith);
    this.use('bold', 12.5, ACCENT).text(text, this.left, this.y, { width: this.width });
    this.gap(4);
  }

  /** A section's plain-language sentence, larger than the text around it. */
  headline(text: string): void {
    this.paragraph(text, { weight: 'bold', size: 11.5 });
  }

  paragraph(
    text: string,
    {
      weight = 'regular',
      size = 10,
      color = INK,
    }: { weight?: Weight; size?: number; color?: string } = {},
  ): void {
    this.use(weight, size, color);
    this.keep(this.pdf.heightOfString(text, { width: this.width }));
    this.pdf.text(text, this.left, this.y, { width: this.width });
    this.gap(5);
  }

  /** The finished file: every page footed, then the bytes. */
  async bytes(): Promise<Uint8Array> {
    const { start, count } = this.pdf.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.pdf.switchToPage(index);
      this.footer(index - start + 1, count);
    }
    this.pdf.end();
    await this.done;
    return Buffer.concat(this.chunks);
  }

  private footer(page: number, pages: number): void {
    const { margins } = this.pdf.page;
    const saved = margins.bottom;
    // Text below the bottom margin would open a new page: the margin steps aside for the footer.
    margins.bottom = 0;
    const y = this.pdf.page.height - MARGIN - 10;
    this.pdf
      .moveTo(this.left, y - 6)
      .lineTo(this.left + this.width, y - 6)
      .lineWidth(0.5)
      .strokeColor(RULE)
      .stroke();
    this.use('regular', 8.5, MUTED);
    this.pdf.text(this.details.footer, this.left, y, { width: this.width, lineBreak: false });
    this.pdf.text(`Page ${page} of ${pages}`, this.left, y, {
      width: this.width,
      align: 'right',
      lineBreak: false,
    });
    margins.bottom = saved;
  }
}

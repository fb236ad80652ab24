/**
 * Text drawn top-down on A4 pages, tagged for screen readers (certificate-pdf.ts): the catalog says
 * /MarkInfo /Marked true and has a StructTreeRoot with a Document element whose H1, H2 and P elements
 * point at marked-content ids around every text run (decoration is marked /Artifact); each page has
 * /StructParents and /Tabs /S, and the parent tree maps them back. A text in several fonts (a name in
 * Latin and Arabic, certificate-font.ts) is drawn part after part on each line.
 */
import {
  beginMarkedContent,
  endMarkedContent,
  PDFArray,
  PDFDocument,
  PDFFont,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFPage,
  PDFString,
  rgb,
  type PDFRef,
} from 'pdf-lib';
import { fontRuns, type Face } from './certificate-font.ts';
import { printable, printableIn } from './printable.ts';

export const A4 = { width: 595.28, height: 841.89 };
export const MARGIN = 56;

export type Tag = 'H1' | 'H2' | 'P';

/** Draws text top-down on A4 pages, each run in marked content with its structure element. */
export class TaggedWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly pages: { page: PDFPage; elements: PDFRef[] }[] = [];
  private readonly elements: PDFRef[] = [];
  private readonly documentRef: PDFRef;
  private readonly doc: PDFDocument;
  /** The embedded fonts: text in them prints as typed, a letter they lack as `?`; by their characters. */
  private readonly wide: Map<PDFFont, Set<number>>;

  constructor(doc: PDFDocument, wide: PDFFont[] = []) {
    this.doc = doc;
    this.wide = new Map(wide.map((font) => [font, new Set(font.getCharacterSet())]));
    this.documentRef = doc.context.nextRef();
    this.newPage();
  }

  private newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.page.node.set(PDFName.of('StructParents'), PDFNumber.of(this.pages.length));
    this.page.node.set(PDFName.of('Tabs'), PDFName.of('S'));
    this.pages.push({ page: this.page, elements: [] });
    this.y = A4.height - MARGIN;
  }

  /** The text as `font` prints it. */
  private shown(text: string, font: PDFFont): string {
    const characters = this.wide.get(font);
    return characters ? printableIn(text, characters) : printable(text);
  }

  /** The text in parts of one font each: a Script's font where the face has it (certificate-font.ts). */
  private parts(text: string, face: Face): { text: string; font: PDFFont }[] {
    const parts: { text: string; font: PDFFont }[] = [];
    for (const run of fontRuns(text)) {
      const font = (run.script && face.scripts[run.script]) || face.base;
      const last = parts.at(-1);
      if (last?.font === font) last.text += run.text;
      else parts.push({ text: run.text, font });
    }
    return parts.map((part) => ({ ...part, text: this.shown(part.text, part.font) }));
  }

  text(
    tag: Tag,
    text: string,
    font: PDFFont | Face,
    size: number,
    color: ReturnType<typeof rgb>,
    after: number,
  ) {
    const face = font instanceof PDFFont ? { base: font, scripts: {} } : font;
    // One font for the whole text (most texts), or parts in several (certificate-font.ts).
    const parts = this.parts(text, face);
    const single = parts.length === 1 ? parts[0]!.font : undefined;
    const lineHeight = size * 1.3;
    const width = (line: string) =>
      this.parts(line, face).reduce((sum, part) => sum + part.font.widthOfTextAtSize(part.text, size), 0);
    const lines = single
      ? wrap(this.shown(text, single), (line) => single.widthOfTextAtSize(line, size), A4.width - 2 * MARGIN)
      : wrap(text, width, A4.width - 2 * MARGIN);
    if (this.y - lineHeight * lines.length < MARGIN) this.newPage();
    const current = this.pages[this.pages.length - 1];
    const mcid = current.elements.length;
    const { context } = this.doc;
    // pdf-lib's operator type leaves out dictionaries, but it writes any PDF object; BDC needs one.
    const properties = context.obj({ MCID: mcid }) as unknown as PDFArray;
    this.page.pushOperators(
      PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of(tag), properties]),
    );
    this.y -= size;
    // A space at each line end, so text extraction and screen readers do not glue the words of two lines.
    if (single)
      this.page.drawText(lines.join(' \n'), { x: MARGIN, y: this.y, size, font: single, color, lineHeight });
    else
      lines.forEach((line, i) => {
        // Each part in its own font, one after the other on the line.
        let x = MARGIN;
        for (const part of this.parts(i < lines.length - 1 ? `${line} ` : line, face)) {
          this.page.drawText(part.text, { x, y: this.y - i * lineHeight, size, font: part.font, color });
          x += part.font.widthOfTextAtSize(part.text, size);
        }
      });
    this.page.pushOperators(endMarkedContent());
    this.y -= lineHeight * (lines.length - 1) + (lineHeight - size) + after;
    const element = context.register(
      context.obj({ Type: 'StructElem', S: tag, P: this.documentRef, Pg: this.page.ref, K: mcid }),
    );
    current.elements.push(element);
    this.elements.push(element);
  }

  rule() {
    this.page.pushOperators(beginMarkedContent('Artifact'));
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4.width - MARGIN, y: this.y },
      thickness: 1.5,
      color: rgb(0.75, 0.2, 0.2),
    });
    this.page.pushOperators(endMarkedContent());
    this.space(18);
  }

  space(points: number) {
    this.y -= points;
  }

  /** Writes the structure tree and marks the document as tagged. */
  finish() {
    const { context, catalog } = this.doc;
    const rootRef = context.nextRef();
    const parentTree = context.obj({ Nums: this.pages.flatMap(({ elements }, i) => [i, elements]) });
    context.assign(
      this.documentRef,
      context.obj({
        Type: 'StructElem',
        S: 'Document',
        P: rootRef,
        K: this.elements,
        Lang: PDFString.of('nl-NL'),
      }),
    );
    context.assign(
      rootRef,
      context.obj({
        Type: 'StructTreeRoot',
        K: this.documentRef,
        ParentTree: context.register(parentTree),
        ParentTreeNextKey: this.pages.length,
      }),
    );
    catalog.set(PDFName.of('StructTreeRoot'), rootRef);
    catalog.set(PDFName.of('MarkInfo'), context.obj({ Marked: true }));
  }
}

/** Lines at most `max` points wide by `width`, broken at spaces; a word longer than a line is broken where it must. */
function wrap(text: string, width: (line: string) => number, max: number): string[] {
  // A line's width is its words' widths and the spaces between, each word measured once: laying out
  // a whole line again for every word added is slow with an embedded font (fontkit).
  const space = width(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  for (const word of text.split(/\s+/)) {
    const wordWidth = width(word);
    const candidate = line === '' ? wordWidth : lineWidth + space + wordWidth;
    if (candidate <= max) {
      line = line === '' ? word : `${line} ${word}`;
      lineWidth = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (width(line) > max) {
      let cut = line.length - 1;
      while (cut > 1 && width(line.slice(0, cut)) > max) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
    lineWidth = width(line);
  }
  lines.push(line);
  return lines;
}

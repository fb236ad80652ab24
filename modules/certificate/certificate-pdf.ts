/**
 * The certificate as a PDF, and the record read back out of one: all PDF code in one file.
 *
 * makeCertificatePdf draws an A4 "Bewijs van deelname" in Dutch with real text (Helvetica, WinAnsi:
 * ë, é, ï and the other Dutch letters; a name, organisation or registration number outside WinAnsi in
 * Noto Sans, a subset embedded when the caller gives the font: WideFonts), tagged for screen readers:
 * the catalog says /MarkInfo /Marked true and has a StructTreeRoot with a Document element whose H1,
 * H2 and P elements point at marked-content ids around every text run (decoration is marked /Artifact);
 * each page has
 * /StructParents and /Tabs /S, and the parent tree maps them back. Title (shown in the window), author,
 * subject, keywords, language nl-NL and dates are set. The record is attached as
 * `bewijs-van-deelname.json` (application/json, AFRelationship Data).
 *
 * readCertificatePdf parses a PDF with pdf-lib's parser and finds that attachment in the
 * EmbeddedFiles name tree, decoding nothing without a bound: object and cross-reference streams
 * together at most MAX_INFLATED_BYTES (2 MB), the attachment at most MAX_RECORD_BYTES (1 MB), the
 * content of the first pages at most MAX_PAGE_CONTENT_BYTES (512 KB), so a small file that inflates to
 * gigabytes is refused after a few megabytes. It also reads the name and the verification code printed
 * on the page (certificate-pdf-text.ts), which verification compares with the attached record.
 */
import {
  AFRelationship,
  decodePDFRawStream,
  endMarkedContent,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObject,
  PDFOperator,
  PDFOperatorNames,
  PDFPage,
  PDFParser,
  PDFRawStream,
  PDFString,
  rgb,
  StandardFonts,
  beginMarkedContent,
  type PDFFont,
  type PDFRef,
} from 'pdf-lib';
import {
  printable,
  printableIn,
  printedCertificate,
  WIN_ANSI,
  type PrintedCertificate,
} from './certificate-pdf-text.ts';
import { MAX_RECORD_BYTES, certificateJson, type Certificate } from './certificate-record.ts';
import {
  formatEdition,
  formatLongDate,
  formatMeasured,
  formatMinutes,
  formatScore,
  type CertificateSummary,
} from './certificate-summary.ts';
import { siteAddress, verifyAddress } from './site-address.ts';
import { CHECKED, NOT_PROVEN } from './verdict-text.ts';

/** The name of the attached record inside the PDF. */
export const ATTACHMENT_NAME = 'bewijs-van-deelname.json';
/**
 * Decoded bytes of object and cross-reference streams a certificate PDF may need, all together. Those
 * streams hold dictionaries only (never fonts or images), a few kilobytes for one page, even after a
 * PDF tool re-saved the file; pdf-lib inflates in JavaScript, so a lower bound refuses a bomb sooner.
 */
export const MAX_INFLATED_BYTES = 2 * 1024 * 1024;

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 56;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.32, 0.34, 0.38);

type Tag = 'H1' | 'H2' | 'P';

/**
 * What an accreditation register asks, one line each: provider (with the site's address), module
 * and its edition (the short content version), the measured time beside the estimate, the tries, and
 * the score. The verification code and where to verify follow.
 */
export function registerLines(
  summary: Pick<CertificateSummary, 'module' | 'contentVersion' | 'measured' | 'studyMinutes' | 'score'>,
  site?: string,
): string[] {
  return [
    `Aanbieder: Werken met de meldcode, open e-learning (${siteAddress(site)}).`,
    `Module: ${summary.module}, versie ${formatEdition(summary.contentVersion)}.`,
    ...timeLines(summary),
    `Score: ${formatScore(summary.score)}.`,
  ];
}

/** Where and how to verify the certificate, and what a check proves and what not (verdict-text.ts). */
export function checkLines(site?: string): string[] {
  return [
    `Controleer dit bewijs op ${verifyAddress(site)}, of met npm run verify. Er wordt niets verstuurd. De gegevens zitten als bestand in deze PDF (${ATTACHMENT_NAME}); de controle rekent de score opnieuw uit en toont dezelfde verificatiecode.`,
    `Klopt de controle? Dan betekent dat: ${CHECKED}. ${NOT_PROVEN}`,
  ];
}

/**
 * The measured time, with the course's estimate beside it, and the tries: what the learner did, not
 * what the course expects. A certificate without measured time says so.
 */
export function timeLines(summary: Pick<CertificateSummary, 'measured' | 'studyMinutes'>): string[] {
  const estimate = `geschatte studietijd van de module: ${formatMinutes(summary.studyMinutes)}`;
  const { measured } = summary;
  if (measured === null) return [`Gemeten leertijd: niet gemeten (${estimate}).`];
  const time = formatMeasured(measured);
  const lines = [`Gemeten leertijd: ${time} (${estimate}).`];
  if (measured.unmeasured > 0)
    lines.push(
      `Van ${measured.unmeasured === 1 ? '1 onderdeel' : `${measured.unmeasured} onderdelen`} is de tijd niet gemeten: gedaan voordat de e-learning tijd mat.`,
    );
  const attempts = measured.caseAttempts === 1 ? '1 poging' : `${measured.caseAttempts} pogingen`;
  const tries = measured.questionTries === 1 ? '1 keer' : `${measured.questionTries} keer`;
  lines.push(`Casussen: ${attempts}. Kennisvragen: ${tries} een antwoord gecontroleerd.`);
  return lines;
}

/**
 * Noto Sans (TTF bytes), embedded as a subset for a name, organisation or registration number with a
 * letter outside WinAnsi (wideFontsNeeded): Latin with every accent, Greek and Cyrillic. The caller
 * loads them (the browser fetches them only then); without them such a text prints as WinAnsi
 * (printable), as certificates did before.
 */
export interface WideFonts {
  regular?: Uint8Array;
  bold?: Uint8Array;
}

/** Where the certificate says it can be verified: the site's address, set at build (site-address.ts). */
export interface CertificatePdfOptions {
  /** The site's public address; default DEFAULT_SITE. */
  site?: string;
  /** Noto Sans for the learner's details when WinAnsi cannot print them (wideFontsNeeded). */
  fonts?: WideFonts;
}

/** Whether a text has a letter that Helvetica in WinAnsi cannot print as typed. */
export function needsWideFont(text: string | undefined): boolean {
  return text !== undefined && [...text.normalize('NFC')].some((char) => !WIN_ANSI.has(char.codePointAt(0)!));
}

/**
 * Which Noto Sans weights the PDF of this summary needs: bold for the name, regular for the
 * organisation and the registration number, each only when WinAnsi cannot print it. Everything else
 * on the certificate is Dutch text and prints in Helvetica.
 */
export function wideFontsNeeded(
  summary: Pick<CertificateSummary, 'name' | 'organisation' | 'registration'>,
): { bold: boolean; regular: boolean } {
  return {
    bold: needsWideFont(summary.name),
    regular: needsWideFont(summary.organisation) || needsWideFont(summary.registration),
  };
}

/**
 * The certificate as A4 PDF bytes, with the record attached; deterministic for the same input. It
 * states what an accreditation register asks (provider, module edition, measured study time, score,
 * verification code, where to verify) and what a check of it does and does not prove. The name comes
 * right after the heading and the code reads "Verificatiecode: …": verification reads both back
 * (certificate-pdf-text.ts), also from certificates issued before this layout.
 */
export async function makeCertificatePdf(
  record: Certificate,
  summary: CertificateSummary,
  options: CertificatePdfOptions = {},
): Promise<Uint8Array> {
  const issued = new Date(record.issuedAt);
  const site = siteAddress(options.site);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const needed = wideFontsNeeded(summary);
  const who = [summary.organisation, summary.registration && `Registratienummer: ${summary.registration}`];
  const wideBold = needed.bold ? await embedWide(doc, options.fonts?.bold, summary.name) : undefined;
  const wideRegular = needed.regular
    ? await embedWide(doc, options.fonts?.regular, who.filter(Boolean).join(' '))
    : undefined;
  const writer = new TaggedWriter(doc, [wideBold, wideRegular]);

  writer.text('P', 'Werken met de meldcode — e-learning', regular, 10, MUTED, 18);
  writer.text('H1', 'Bewijs van deelname', bold, 28, INK, 14);
  writer.rule();
  writer.text('P', summary.name, wideBold ?? bold, 20, INK, 4);
  for (const line of who) if (line) writer.text('P', line, wideRegular ?? regular, 11, MUTED, 2);
  writer.space(12);
  writer.text(
    'P',
    `Dit bewijs is gemaakt op ${formatLongDate(summary.date)}. Volgens dit bewijs is de module ${summary.module} van de e-learning Werken met de meldcode afgerond: alle lessen gelezen, alle ${summary.questions} kennisvragen goed beantwoord en elke casus gehaald.`,
    regular,
    12,
    INK,
    14,
  );
  writer.text('H2', 'Gegevens van de scholing', bold, 14, INK, 6);
  for (const line of registerLines(summary, site)) writer.text('P', line, regular, 11, INK, 2);
  writer.text('P', `Verificatiecode: ${summary.code}`, bold, 12, INK, 2);
  writer.text('P', `Nummer van het bewijs: ${summary.id}`, regular, 10, MUTED, 16);
  writer.text('H2', 'Uitslag per casus', bold, 14, INK, 6);
  for (const c of summary.score.cases)
    writer.text(
      'P',
      `${c.title} (versie ${c.version}): ${formatScore(c)}; grens ${c.passPercentage}%.`,
      regular,
      11,
      INK,
      3,
    );
  writer.space(13);
  writer.text('H2', 'Dit bewijs controleren', bold, 14, INK, 6);
  for (const line of checkLines(site)) writer.text('P', line, regular, 10, INK, 4);
  writer.finish();

  doc.setTitle(`Bewijs van deelname — ${summary.module} — ${summary.name}`, { showInWindowTitleBar: true });
  doc.setLanguage('nl-NL');
  doc.setAuthor('Werken met de meldcode');
  doc.setSubject(`Bewijs van deelname aan de module ${summary.module} van Werken met de meldcode`);
  doc.setKeywords(['meldcode', 'bewijs van deelname', summary.module, summary.code]);
  doc.setCreator('Werken met de meldcode');
  doc.setProducer('Werken met de meldcode (pdf-lib)');
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);
  await doc.attach(new TextEncoder().encode(certificateJson(record)), ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: 'Het bewijs van deelname als gegevens, om te controleren',
    creationDate: issued,
    modificationDate: issued,
    afRelationship: AFRelationship.Data,
  });
  return doc.save({ useObjectStreams: false });
}

/** fontkit, loaded the first time a certificate needs Noto Sans: most names never do. */
let fontkit: Promise<Parameters<PDFDocument['registerFontkit']>[0]> | undefined;

/**
 * Noto Sans embedded as a subset of the glyphs of `text` (pdf-lib writes a ToUnicode CMap, which
 * certificate-pdf-text.ts reads back), or undefined without font bytes, or fontkit, or a font in them.
 * The subset's name tag comes from the text, so the same certificate gives the same bytes.
 */
async function embedWide(doc: PDFDocument, bytes: Uint8Array | undefined, text: string) {
  if (!bytes) return undefined;
  let hash = 0;
  for (const char of text) hash = (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++, hash = Math.floor(hash / 26)) tag += String.fromCharCode(65 + (hash % 26));
  try {
    fontkit ??= import('@pdf-lib/fontkit').then((module) => module.default);
    doc.registerFontkit(await fontkit);
    return await doc.embedFont(bytes, { subset: true, customName: `${tag}+NotoSans` });
  } catch {
    // fontkit could not be loaded (offline before it ever was) or the bytes are no font: the text
    // prints in WinAnsi, as without the font.
    fontkit = undefined;
    return undefined;
  }
}

/** Draws text top-down on A4 pages, each run in marked content with its structure element. */
class TaggedWriter {
  private page!: PDFPage;
  private y = 0;
  private readonly pages: { page: PDFPage; elements: PDFRef[] }[] = [];
  private readonly elements: PDFRef[] = [];
  private readonly documentRef: PDFRef;
  private readonly doc: PDFDocument;
  /** The embedded Noto Sans fonts: text in them prints as typed, a letter they lack as `?`. */
  private readonly wide: Set<PDFFont>;

  constructor(doc: PDFDocument, wide: (PDFFont | undefined)[] = []) {
    this.doc = doc;
    this.wide = new Set(wide.filter((font) => font !== undefined));
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

  text(tag: Tag, text: string, font: PDFFont, size: number, color: ReturnType<typeof rgb>, after: number) {
    const lineHeight = size * 1.3;
    const shown = this.wide.has(font) ? printableIn(text, new Set(font.getCharacterSet())) : printable(text);
    const lines = wrap(shown, font, size, A4.width - 2 * MARGIN);
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
    this.page.drawText(lines.join(' \n'), { x: MARGIN, y: this.y, size, font, color, lineHeight });
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

/** Lines of at most `width` points, broken at spaces; a word longer than a line is broken where it must. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  lines.push(line);
  return lines;
}

/** The record's JSON text out of a PDF with the name and code printed on it (certificate-pdf-text.ts), or why there is none. */
export type PdfRecordResult =
  | { ok: true; text: string; printed: PrintedCertificate }
  | { ok: false; code: 'pdf-beschadigd' | 'pdf-zonder-bewijs' | 'te-veel-uitgepakt'; message: string };

const MESSAGES = {
  'pdf-beschadigd': 'De PDF is beschadigd of onvolledig en kan niet worden gelezen.',
  'pdf-zonder-bewijs': `Deze PDF bevat geen bewijs van deelname: het bijgevoegde bestand ${ATTACHMENT_NAME} ontbreekt. Alleen een PDF van Werken met de meldcode kan worden gecontroleerd.`,
  'te-veel-uitgepakt':
    'Deze PDF pakt uit tot veel meer gegevens dan een bewijs van deelname heeft; hij is niet verder gelezen.',
} as const;

class TooMuchData extends Error {}

/** pdf-lib's parser, but object and cross-reference streams are decoded within a shared budget. */
class BoundedParser extends PDFParser {
  private budget = MAX_INFLATED_BYTES;
  /** Set when the budget ran out: pdf-lib may catch our error and throw one of its own. */
  exceeded = false;

  override parseObject(): PDFObject {
    const object = super.parseObject();
    if (!(object instanceof PDFRawStream)) return object;
    const type = object.dict.lookup(PDFName.of('Type'));
    if (type !== PDFName.of('ObjStm') && type !== PDFName.of('XRef')) return object;
    // Decoded here within the budget, and handed on undecoded, so pdf-lib never inflates it without a bound.
    let bytes: Uint8Array;
    try {
      bytes = decodeBounded(object, this.budget);
    } catch (error) {
      this.exceeded ||= error instanceof TooMuchData;
      throw error;
    }
    this.budget -= bytes.length;
    const dict = object.dict.clone();
    dict.delete(PDFName.of('Filter'));
    dict.delete(PDFName.of('DecodeParms'));
    return PDFRawStream.of(dict, bytes);
  }
}

/** Reads the attached record of a certificate PDF; never throws, never inflates without a bound. */
export async function readCertificatePdf(bytes: Uint8Array): Promise<PdfRecordResult> {
  const fail = (code: keyof typeof MESSAGES) => ({ ok: false, code, message: MESSAGES[code] }) as const;
  const parser = new BoundedParser(bytes, Infinity, true, true);
  try {
    const context = await parser.parseDocument();
    const catalog = context.lookup(context.trailerInfo.Root);
    if (!(catalog instanceof PDFDict)) return fail('pdf-beschadigd');
    const names = catalog.lookup(PDFName.of('Names'));
    const tree = names instanceof PDFDict ? names.lookup(PDFName.of('EmbeddedFiles')) : undefined;
    const spec = tree instanceof PDFDict ? findInNameTree(tree, ATTACHMENT_NAME) : undefined;
    const ef = spec instanceof PDFDict ? spec.lookup(PDFName.of('EF')) : undefined;
    const stream = ef instanceof PDFDict ? ef.lookup(PDFName.of('F')) : undefined;
    if (!(stream instanceof PDFRawStream)) return fail('pdf-zonder-bewijs');
    const record = decodeBounded(stream, MAX_RECORD_BYTES);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(record);
    return { ok: true, text, printed: readPrinted(context) };
  } catch (error) {
    return fail(error instanceof TooMuchData || parser.exceeded ? 'te-veel-uitgepakt' : 'pdf-beschadigd');
  }
}

/** The name and code printed on the PDF; none when its page content cannot be decoded (too much of it is a bomb). */
function readPrinted(context: Parameters<typeof printedCertificate>[0]): PrintedCertificate {
  try {
    return printedCertificate(context, decodeBounded);
  } catch (error) {
    if (error instanceof TooMuchData) throw error;
    return {};
  }
}

/** The value for `key` in a PDF name tree, looking at no more than 10,000 entries, 32 levels deep. */
function findInNameTree(root: PDFDict, key: string): PDFObject | undefined {
  let budget = 10_000;
  const visit = (node: PDFDict, depth: number): PDFObject | undefined => {
    if (depth > 32 || --budget < 0) return undefined;
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray)
      for (let i = 0; i + 1 < names.size() && --budget >= 0; i += 2) {
        const name = names.lookup(i);
        if ((name instanceof PDFString || name instanceof PDFHexString) && name.decodeText() === key)
          return names.lookup(i + 1);
      }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray)
      for (let i = 0; i < kids.size(); i++) {
        const kid = kids.lookup(i);
        const found = kid instanceof PDFDict ? visit(kid, depth + 1) : undefined;
        if (found) return found;
      }
    return undefined;
  };
  return visit(root, 0);
}

/** A stream's decoded bytes, read in chunks; more than `limit` bytes throws TooMuchData. */
function decodeBounded(stream: PDFRawStream, limit: number): Uint8Array {
  const decoder = decodePDFRawStream(stream);
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    // Small reads: pdf-lib keeps the whole output and grows it to fit, so a large read allocates for nothing.
    const chunk = decoder.getBytes(8 * 1024);
    if (chunk.length === 0) break;
    length += chunk.length;
    if (length > limit) throw new TooMuchData();
    chunks.push(new Uint8Array(chunk));
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

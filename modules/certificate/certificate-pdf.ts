/**
 * The certificate as a PDF, and the record read back out of one: all PDF code in one file.
 *
 * makeCertificatePdf draws an A4 "Bewijs van deelname" in Dutch with real text (Helvetica, WinAnsi:
 * ë, é, ï and the other Dutch letters; the learner's details in other scripts in embedded subsets of
 * Noto Sans when the caller gives the fonts: certificate-font.ts), tagged for screen readers
 * (tagged-writer.ts). Title (shown in the window), author,
 * subject, keywords, language nl-NL and dates are set. The record is attached as
 * `bewijs-van-deelname.json` (application/json, AFRelationship Data).
 *
 * readCertificatePdf parses a PDF with pdf-lib's parser and finds that attachment in the
 * EmbeddedFiles name tree, decoding nothing without a bound (bounded-decode.ts): object and cross-reference streams
 * together at most MAX_INFLATED_BYTES (256 KB), the attachment at most MAX_RECORD_BYTES (1 MB), the
 * content of the first pages at most MAX_PAGE_CONTENT_BYTES (512 KB), so a small file that inflates to
 * gigabytes is refused after a few megabytes. It also reads the name and the verification code printed
 * on the page (certificate-pdf-text.ts), which verification compares with the attached record.
 */
import {
  AFRelationship,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFObject,
  PDFParser,
  PDFRawStream,
  PDFString,
  rgb,
  StandardFonts,
} from 'pdf-lib';
import { decodeBounded, TooMuchData } from './bounded-decode.ts';
import { printedCertificate, type PrintedCertificate } from './certificate-pdf-text.ts';
import { MAX_RECORD_BYTES, certificateJson, type Certificate } from './certificate-record.ts';
import {
  formatEdition,
  formatLongDate,
  formatMeasured,
  formatMinutes,
  formatScore,
  type CertificateSummary,
} from './certificate-summary.ts';
import { embedDocumentFonts, embedLearnerFonts, learnerTexts, type WideFonts } from './certificate-font.ts';
import { describeDocument } from './pdf-archival.ts';
import { siteAddress, verifyAddress } from './site-address.ts';
import { TaggedWriter } from './tagged-writer.ts';
import { CHECKED, NOT_PROVEN } from './verdict-text.ts';

/** The name of the attached record inside the PDF. */
export const ATTACHMENT_NAME = 'bewijs-van-deelname.json';
/**
 * Decoded bytes of object and cross-reference streams a certificate PDF may need, all together. Those
 * streams hold dictionaries only (never fonts or images), a few kilobytes for one page, even after a
 * PDF tool re-saved the file; pdf-lib inflates in JavaScript, so a lower bound refuses a bomb sooner.
 */
export const MAX_INFLATED_BYTES = 256 * 1024;

const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.32, 0.34, 0.38);

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

/** Where the certificate says it can be verified: the site's address, set at build (site-address.ts). */
export interface CertificatePdfOptions {
  /** The site's public address; default DEFAULT_SITE. */
  site?: string;
  /**
   * Fonts (certificate-font.ts): with Noto Sans regular and bold all text prints in them and the PDF
   * is PDF/A-3b (pdf-archival.ts); without, in Helvetica, and it claims no PDF/A.
   */
  fonts?: WideFonts;
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
  // Noto Sans for all text when the caller gives it: then every font is embedded and the PDF is PDF/A-3b.
  const archival = await embedDocumentFonts(doc, options.fonts, record.id);
  const regular = archival?.regular ?? (await doc.embedFont(StandardFonts.Helvetica));
  const bold = archival?.bold ?? (await doc.embedFont(StandardFonts.HelveticaBold));
  const { regular: _regular, bold: _bold, ...scriptFonts } = options.fonts ?? {};
  const learner = await embedLearnerFonts(doc, summary, archival ? scriptFonts : (options.fonts ?? {}), {
    regular,
    bold,
  });
  const writer = new TaggedWriter(doc, [...(archival ? [regular, bold] : []), ...learner.embedded]);

  writer.text('P', 'Werken met de meldcode — e-learning', regular, 10, MUTED, 18);
  writer.text('H1', 'Bewijs van deelname', bold, 28, INK, 14);
  writer.rule();
  writer.text('P', summary.name, learner.name, 20, INK, 4);
  for (const line of learnerTexts(summary).details) writer.text('P', line, learner.details, 11, MUTED, 2);
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

  describeDocument(
    doc,
    {
      title: `Bewijs van deelname — ${summary.module} — ${summary.name}`,
      language: 'nl-NL',
      author: 'Werken met de meldcode',
      subject: `Bewijs van deelname aan de module ${summary.module} van Werken met de meldcode`,
      keywords: ['meldcode', 'bewijs van deelname', summary.module, summary.code],
      creator: 'Werken met de meldcode',
      producer: 'Werken met de meldcode (pdf-lib)',
      date: issued,
      id: record.integrity.replace(/^sha256:/, '').slice(0, 32),
    },
    archival !== undefined,
  );
  await doc.attach(new TextEncoder().encode(certificateJson(record)), ATTACHMENT_NAME, {
    mimeType: 'application/json',
    description: 'Het bewijs van deelname als gegevens, om te controleren',
    creationDate: issued,
    modificationDate: issued,
    afRelationship: AFRelationship.Data,
  });
  return doc.save({ useObjectStreams: false });
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
